package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.document.BodyLines;

/**
 * A rule's position constraint: anywhere in the body, or only among the first or last N non-blank body
 * lines (a breadcrumb belongs at the top, a site name at the bottom; the same words mid-article are prose).
 */
record LineScope(Where where, int lines) {
    enum Where { ANYWHERE, HEAD, TAIL }

    static final LineScope ANYWHERE = new LineScope(Where.ANYWHERE, 0);

    /** The first line in scope. */
    int from(BodyLines body) {
        if (where != Where.TAIL) {
            return body.first();
        }
        int seen = 0;
        for (int line = body.end() - 1; line >= body.first(); line--) {
            if (!body.isBlank(line) && ++seen == lines) {
                return line;
            }
        }
        return body.first();
    }

    /** One past the last line in scope. */
    int to(BodyLines body) {
        if (where != Where.HEAD) {
            return body.end();
        }
        int seen = 0;
        for (int line = body.first(); line < body.end(); line++) {
            if (!body.isBlank(line) && ++seen == lines) {
                return line + 1;
            }
        }
        return body.end();
    }
}
