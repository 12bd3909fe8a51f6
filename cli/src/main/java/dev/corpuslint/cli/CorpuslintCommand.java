package dev.corpuslint.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@TopCommand
@Command(
        name = "corpuslint",
        mixinStandardHelpOptions = true,
        versionProvider = CorpuslintCommand.Version.class,
        description = "Lints and fixes text corpora: scraped articles in Markdown, HTML or plain text.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no findings",
            "1:findings (check), or findings left after fixing (fix)",
            "2:usage, configuration or I/O error"
        })
public class CorpuslintCommand implements Runnable {
    /**
     * The subcommands, in the order help lists them. They are added by {@link CommandLineFactory} rather than
     * named in the annotation, so that a run builds the model of the one it needs (see there).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, FixCommand.class, LearnCommand.class,
            ConfigCommand.class, ReportCommand.class, LspCommand.class, RulesCommand.class, ExplainCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: check, fix, learn, config, report, lsp, rules or explain");
    }

    /** This build's version and build time: what cached results must have been computed by. */
    static String build() {
        String override = System.getProperty("corpuslint.build");
        if (override != null) {
            return override; // tests stand in for another build this way
        }
        Properties properties = new Properties();
        try (InputStream in = CorpuslintCommand.class.getResourceAsStream("/corpuslint-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown") + "@" + properties.getProperty("build", "unknown");
    }

    /** This build's version, as `--version` prints it without the name. */
    static String version() {
        try {
            return new Version().getVersion()[0].substring("corpuslint ".length());
        } catch (IOException e) {
            return "unknown";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = CorpuslintCommand.class.getResourceAsStream("/corpuslint-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"corpuslint " + properties.getProperty("version", "unknown")};
        }
    }
}
