package dev.corpuslint.cli;

import java.io.PrintWriter;

/**
 * A progress line on standard error for long runs on a terminal: files done, files per second and the
 * time left. Drawn at most ten times a second and cleared before other output, so findings printed to the
 * same terminal stay whole.
 */
final class ProgressBar {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final String label;
    private final int total;
    private final long started = System.nanoTime();
    private int done;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    /** Erases the line, if drawn, so something else can be printed. */
    void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    void advance() {
        done++;
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS || done == total) {
            lastDraw = now;
            err.print("\r\033[K" + line(done, total, (now - started) / 1e9));
            err.flush();
            drawn = true;
        }
    }

    String line(int done, int total, double seconds) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double rate = seconds > 0 ? done / seconds : 0;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        return label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " files, "
                + Math.round(rate) + " files/s, ETA " + eta / 60 + ":" + String.format("%02d", eta % 60);
    }
}
