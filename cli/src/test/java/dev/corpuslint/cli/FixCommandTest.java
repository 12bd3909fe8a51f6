package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
    @TempDir
    Path dir;

    private Path copyExamples() throws IOException {
        // The seeds and their learned-boilerplate index (.corpuslint/boilerplate.tsv).
        TestFiles.copyTree(Cli.ROOT.resolve("examples/corpus"), dir);
        return dir;
    }

    @Test
    void unsafeFixRemovesEveryFixableFindingKeepsArticleTextAndIsIdempotent() throws Exception {
        copyExamples();
        List<String> paragraphs = articleParagraphs(dir);
        Cli.Result first = Cli.run("fix", "--unsafe-fixes", dir.toString());
        assertTrue(first.out().contains("Fixed "), first.out());

        Cli.Result check = Cli.run("check", "--format", "json", dir.toString());
        for (JsonNode finding : new ObjectMapper().readTree(check.out())) {
            assertTrue(finding.get("fix").isNull(), "a fixable finding is left: " + finding);
        }
        byte[][] before = contents(dir);
        Cli.Result second = Cli.run("fix", "--unsafe-fixes", dir.toString());
        assertTrue(second.out().contains("Fixed 0 findings in 0 files"), second.out());
        assertArrayEquals(before, contents(dir));

        String after = normalise(String.join("\n", readAll(dir)));
        for (String paragraph : paragraphs) {
            assertTrue(after.contains(normalise(paragraph)), "article paragraph lost: " + paragraph);
        }
        // ... and the seeds' boilerplate is gone: site chrome, notices, promos, credits and template markup.
        for (String boilerplate : List.of("责任编辑", "校对", "appendQr_wrap", "article_adlist", "正文下iframe", "<style>",
                "1619064840000", "dfp-ad", "utm_campaign", "cover_image", "扫码订阅", "征订热线", "邮发代号", "点击下图",
                "欢迎关注", "杂志倾力推荐", "企业成长计划", "预览时标签不可点", "轻点两下取消赞", "當前位置", "版權聲明", "免責聲明", "重慶手機臺\n")) {
            assertFalse(after.contains(boilerplate), "boilerplate left: " + boilerplate);
        }
    }

    @Test
    void safeFixesLeaveUnsafeOnesForReview() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "\n---\ntitle: t\n---\n<p>正文。</p>\n<p class=\"article-editor\">责任编辑：张玫 </p>\n");
        Cli.Result r = Cli.run("fix", file.toString());
        assertEquals(1, r.exit(), "the unsafe finding remains");
        assertEquals("---\ntitle: t\n---\n<p>正文。</p>\n<p class=\"article-editor\">责任编辑：张玫 </p>\n", Files.readString(file));
        assertTrue(r.out().contains("BP002"), r.out());
        assertTrue(r.out().contains("1 fixable with `corpuslint fix --unsafe-fixes`"), r.out());
    }

    @Test
    void diffPrintsTheChangeAndWritesNothing() throws Exception {
        Path file = dir.resolve("a.md");
        String text = "\n---\ntitle: t\n---\n正文。\n";
        Files.writeString(file, text);
        Cli.Result r = Cli.run("fix", "--diff", file.toString());
        assertEquals(1, r.exit());
        assertEquals(text, Files.readString(file));
        assertTrue(r.out().startsWith("--- a/" + file + "\n+++ b/" + file + "\n@@ -1,4 +1,3 @@\n-\n ---\n"), r.out());
        assertTrue(r.err().contains("Would fix 1 finding in 1 file."), r.err());
    }

    @Test
    void keepsPermissionsAndBytesOutsideTheFix() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "\uFEFF---\ntitle: t\n---\n正文\u00A0不变。\r\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Cli.run("fix", file.toString());
        assertEquals("---\ntitle: t\n---\n正文\u00A0不变。\n", Files.readString(file));
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), permissions);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void bytesOutsideTheFixedSpansStayAsTheyWere() throws Exception {
        // CRLF line endings (EN004 ignored), a no-break space and a tab survive a fix elsewhere on the line.
        Files.writeString(dir.resolve(".corpuslint.yaml"), "ignore: [EN004]\n");
        Path file = dir.resolve("a.md");
        String before = "---\r\ntitle: t\r\n---\r\n正文\u00A0保留\t制表 \r\n第二行\r\n"; // one space: not a Markdown hard break
        Files.write(file, before.getBytes(StandardCharsets.UTF_8));
        Cli.run("fix", "--no-cache", file.toString());
        assertEquals(before.replace("制表 \r\n", "制表\r\n"), Files.readString(file));
    }

    @Test
    void neverWritesAFileWithInvalidUtf8() throws Exception {
        Path file = dir.resolve("a.md");
        byte[] good = "\n---\ntitle: t\n---\n新闻报道今天的天气很好我们去公园散步然后回家吃饭\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        Files.write(file, bytes);
        Cli.Result r = Cli.run("fix", file.toString());
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertTrue(r.err().contains("not fixed: the file has invalid UTF-8 bytes"), r.err());
    }

    @Test
    void transcodesALegacyFileOnlyWithUnsafeFixes() throws Exception {
        Path file = dir.resolve("a.txt");
        String text = "---\ntitle: 国家网信办组织召开专题会议\n---\n会议指出，在党中央坚强领导下，按照国家打击治理跨境赌博工作统一部署。\n";
        byte[] gbk = text.getBytes("GBK");
        Files.write(file, gbk);
        Cli.run("fix", file.toString());
        assertArrayEquals(gbk, Files.readAllBytes(file));
        Cli.run("fix", "--unsafe-fixes", file.toString());
        assertEquals(text, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void fixesStandardInputToStandardOutput() {
        String fixed = "---\ntitle: t\ndate: 2024-07-03\nurl: https://a.b/c\n---\n";
        Cli.Result r = Cli.runWithStdin("\n" + fixed, "fix", "-", "--stdin-filename", "x.md");
        assertEquals(0, r.exit(), r.err());
        assertEquals(fixed, r.out());
        assertTrue(r.err().contains("Fixed 1 finding in 1 file"), r.err());
    }

    /**
     * What a reader sees, less the changes fixes make on purpose: tags, leaked pinyin and whitespace
     * removed, punctuation width folded.
     */
    private static String normalise(String text) {
        String visible = text.replaceAll("<[^>]+>", "")
                .replaceAll("(?<=\\p{IsHan})\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\\)", "")
                .replaceAll("[\\s\\u3000]+", "");
        StringBuilder out = new StringBuilder(visible.length());
        for (char c : visible.toCharArray()) {
            int half = "，；：？！".indexOf(c);
            out.append(half >= 0 ? ",;:?!".charAt(half) : c);
        }
        return out.toString();
    }

    /** Lines of article prose in the seeds: long runs of CJK text that are not boilerplate. */
    private static List<String> articleParagraphs(Path dir) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (String text : readAll(dir)) {
            for (String line : text.split("\n")) {
                String stripped = line.replaceAll("<[^>]+>", "").strip();
                // 【版權聲明】 and 【免責聲明】 are long but are the site's notices, which the fix must remove.
                if (stripped.codePoints().filter(Character::isIdeographic).count() >= 30 && !line.contains("<!--")
                        && !stripped.startsWith("【")) {
                    paragraphs.add(stripped);
                }
            }
        }
        assertTrue(paragraphs.size() >= 20, "found only " + paragraphs.size() + " paragraphs");
        return paragraphs;
    }

    private static List<String> readAll(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        return texts;
    }

    private static byte[][] contents(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            byte[][] out = new byte[sorted.size()][];
            for (int i = 0; i < sorted.size(); i++) {
                out[i] = Files.readAllBytes(sorted.get(i));
            }
            return out;
        }
    }
}
