package dev.corpuslint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A writer of UTF-8 to a byte stream that also takes text already encoded, written through as it is. A
 * corpus report is tens of megabytes: encoding it on the thread that writes the report in order took most
 * of that thread's time, so the reporters encode each file's lines on the worker that checked the file.
 */
final class Utf8Writer extends PrintWriter {
    private final OutputStream stream;

    Utf8Writer(OutputStream stream, boolean autoFlush) {
        super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), autoFlush);
        this.stream = stream;
    }

    /** Writes {@code utf8} after everything printed before it, and flushes. Errors set {@link #checkError}, as printing's do. */
    void writeUtf8(byte[] utf8) {
        flush();
        try {
            stream.write(utf8);
            stream.flush();
        } catch (IOException e) {
            setError();
        }
    }
}
