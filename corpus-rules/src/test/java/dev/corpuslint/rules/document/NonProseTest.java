package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.model.TextRange;
import org.junit.jupiter.api.Test;

class NonProseTest {
    /**
     * `www.` and `WWW.` are searched for separately, each only once passed: every address of a body that
     * mixes both spellings is still covered, and only the addresses.
     */
    @Test
    void coversEveryWwwAddressInEitherCase() {
        String text = "见 WWW.A.CN，又见 www.b.cn。再见 WWW.C.CN 与 www.d.cn 和 www.e.cn，末尾 WWW.F.CN";
        NonProse nonProse = NonProse.scan(text, new TextRange(0, text.length()), BodyKind.PLAIN);
        StringBuilder covered = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            covered.append(nonProse.covers(i) ? text.charAt(i) : '_');
        }
        assertEquals("__WWW.A.CN____www.b.cn____WWW.C.CN___www.d.cn___www.e.cn____WWW.F.CN", covered.toString());
    }
}
