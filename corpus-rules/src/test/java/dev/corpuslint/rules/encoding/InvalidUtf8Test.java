package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidUtf8Test {
    private final InvalidUtf8 rule = new InvalidUtf8();

    @Test
    void reportsTruncatedSequenceWhereItIs() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("新闻报道：今天的天气很好，我们去公园散步。".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xE9, (byte) 0x97});
        bytes.writeBytes("然后回家。".getBytes(StandardCharsets.UTF_8));
        List<Diagnostic> found = Lint.runBytes(rule, bytes.toByteArray());
        assertEquals(1, found.size());
        assertEquals(21, found.get(0).range().start());
        assertNull(found.get(0).fix());
    }

    @Test
    void acceptsValidUtf8() {
        assertEquals(List.of(), Lint.runBytes(rule, "𠀀 新闻".getBytes(StandardCharsets.UTF_8)));
    }
}
