package dev.corpuslint.lsp;

import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.model.TextRange;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.Range;

/**
 * How positions count characters on the wire: UTF-16 code units (the LSP default), UTF-8 bytes or UTF-32
 * code points. The core works in UTF-16 string offsets; this converts at the edge, per line, so a CJK
 * character counts 1, 3 or 1 and 𠀀 (outside the BMP) counts 2, 4 or 1.
 */
enum PositionEncoding {
    UTF8(PositionEncodingKind.UTF8),
    UTF16(PositionEncodingKind.UTF16),
    UTF32(PositionEncodingKind.UTF32);

    final String kind;

    PositionEncoding(String kind) {
        this.kind = kind;
    }

    /** The client's first preference we support (clients list them best first); UTF-16 when it offers none. */
    static PositionEncoding negotiate(List<String> offered) {
        if (offered != null) {
            for (String kind : offered) {
                for (PositionEncoding e : values()) {
                    if (e.kind.equals(kind)) {
                        return e;
                    }
                }
            }
        }
        return UTF16;
    }

    Position position(LineIndex lines, int offset) {
        int line = lines.lineOf(offset);
        int column = switch (this) {
            case UTF8 -> lines.utf8Column(offset);
            case UTF16 -> lines.utf16Column(offset);
            case UTF32 -> lines.codePointColumn(offset);
        };
        return new Position(line, column);
    }

    Range range(LineIndex lines, TextRange range) {
        return new Range(position(lines, range.start()), position(lines, range.end()));
    }

    /** The offset of a position; a line past the end is the end of the text, a column past the line its end. */
    int offset(LineIndex lines, Position position, int textLength) {
        if (position.getLine() >= lines.lineCount()) {
            return textLength;
        }
        int line = Math.max(0, position.getLine());
        int column = Math.max(0, position.getCharacter());
        int offset = switch (this) {
            case UTF8 -> lines.offsetOfUtf8Column(line, column);
            case UTF16 -> lines.offsetOfUtf16Column(line, column);
            case UTF32 -> lines.offsetOfCodePointColumn(line, column);
        };
        return Math.min(offset, lines.lineEnd(line));
    }

    TextRange textRange(LineIndex lines, Range range, int textLength) {
        int start = offset(lines, range.getStart(), textLength);
        int end = offset(lines, range.getEnd(), textLength);
        return new TextRange(Math.min(start, end), Math.max(start, end));
    }
}
