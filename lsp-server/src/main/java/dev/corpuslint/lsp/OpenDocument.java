package dev.corpuslint.lsp;

import dev.corpuslint.rules.document.CorpusDocument;
import java.nio.file.Path;

/**
 * A document the client has open: its text and version as the client last sent them, and the file's bytes
 * as last read from disk (on open and save), so byte-level defects (BOM, invalid UTF-8, legacy charsets),
 * which the editor's decoded text no longer shows, are still reported while the buffer matches the file.
 */
final class OpenDocument {
    final String uri;
    final Path path;
    volatile int version;
    volatile String text;
    volatile byte[] diskBytes;
    volatile String diskText;

    OpenDocument(String uri, Path path, int version, String text) {
        this.uri = uri;
        this.path = path;
        this.version = version;
        this.text = text;
    }

    /** The document to lint: from the disk bytes while the buffer holds what they decode to, else the buffer. */
    CorpusDocument toCorpusDocument(String text) {
        String name = path != null ? path.toString() : uri;
        byte[] bytes = diskBytes;
        if (bytes != null && text.equals(diskText)) {
            return CorpusDocument.fromBytes(name, bytes);
        }
        return CorpusDocument.fromText(name, text);
    }
}
