package dev.corpuslint.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The language server over standard input and output. Standard output is the protocol and nothing else:
 * the real stream is kept for JSON-RPC and System.out is pointed at standard error before anything runs,
 * so a stray print (from us or a library) can never corrupt a message.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(System.in, System.out));
    }

    /** Serves until the client disconnects or sends exit; returns the process exit code (0 after shutdown). */
    public static int run(InputStream in, OutputStream protocolOut) throws InterruptedException {
        PrintStream protocol = protocolOut instanceof PrintStream ps ? ps : new PrintStream(protocolOut, true);
        System.setOut(System.err);
        CorpuslintServer[] holder = new CorpuslintServer[1];
        Object done = new Object();
        CorpuslintServer server = new CorpuslintServer(() -> {
            synchronized (done) {
                done.notifyAll();
            }
        });
        holder[0] = server;
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, protocol);
        server.connect(launcher.getRemoteProxy());
        var listening = launcher.startListening();
        Thread waiter = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException e) {
                // the stream closed or broke: end as after exit
            }
            synchronized (done) {
                done.notifyAll();
            }
        }, "corpuslint-lsp-wait");
        waiter.setDaemon(true);
        waiter.start();
        synchronized (done) {
            done.wait();
        }
        return holder[0].isShutdown() ? 0 : 1;
    }
}
