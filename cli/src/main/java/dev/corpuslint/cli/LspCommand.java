package dev.corpuslint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the corpuslint language server over standard input and output (for editors).")
public class LspCommand implements Callable<Integer> {
    /** Hands the raw standard streams to the server: picocli's writers must not touch standard output. */
    @Override
    public Integer call() throws InterruptedException {
        return dev.corpuslint.lsp.Main.run(System.in, System.out);
    }
}
