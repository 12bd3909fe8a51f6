package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAndConfigTest {
    @TempDir
    Path dir;

    @Test
    void theReportIsOneSelfContainedPageWithEverySection() throws Exception {
        Path html = dir.resolve("report.html");
        Cli.Result r = Cli.run("report", Cli.ROOT.resolve("examples/corpus").toString(), "--html", html.toString());
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(html);
        for (String section : List.of("id=\"families\"", "id=\"fixable\"", "id=\"rules\"", "id=\"sources\"", "id=\"histogram\"",
                "id=\"learned\"", "id=\"files\"", "<svg", "新浪财经", "扫码订阅《中国信息安全》")) {
            assertTrue(page.contains(section), "report lacks " + section);
        }
        for (String external : List.of("<script", "<link", "<img", "src=", "url(", "@import")) {
            assertTrue(!page.contains(external), "nothing is loaded from elsewhere: " + external);
        }
        assertTrue(page.contains("href=\"") && page.contains("000_fa597fd7d97116e6.txt\""), "files are linked");
    }

    /**
     * The report reads each file's source from its front matter after the corpus is learned, so the results it
     * holds meanwhile keep their texts (a check's drop them where it can): plain Markdown files, the kind held
     * without their text, still come out under their source.
     */
    @Test
    void theReportFindsTheSourcesOfFilesHeldWhileLearning() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        for (int i = 0; i < 4; i++) {
            Files.writeString(corpus.resolve("a" + i + ".md"), "---\ntitle: 第" + i + "篇\ndate: 2024-01-0" + (i + 1)
                    + "\nsource: 甲站\n---\n\n第" + i + "篇文章的正文，内容各不相同。\n\n本站所有文章均为原创，欢迎分享到朋友圈\n");
        }
        Path html = dir.resolve("report.html");
        Cli.Result r = Cli.run("report", corpus.toString(), "--html", html.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(html).contains("甲站"), "the source is in the report");
    }

    /** Rendered in headless Chromium (installed by scripts/install-test-tools): the page draws its charts. */
    @Test
    void theReportRendersInABrowser() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assertTrue(Files.isExecutable(chromium), "Chromium is missing: run scripts/install-test-tools (run-tests does)");
        Path html = dir.resolve("report.html");
        assertEquals(0, Cli.run("report", Cli.ROOT.resolve("examples/corpus").toString(), "--html", html.toString()).exit());
        Path shot = Path.of("target/report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("chromium"), "--window-size=1100,1300", "--screenshot=" + shot, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(1100, image.getWidth());
        // The boilerplate bar (#e15759) is drawn: the charts are SVG the browser rendered, not missing assets.
        boolean red = false;
        for (int x = 0; x < image.getWidth() && !red; x += 2) {
            for (int y = 0; y < image.getHeight() && !red; y += 2) {
                red = (image.getRGB(x, y) & 0xFFFFFF) == 0xE15759;
            }
        }
        assertTrue(red, "no boilerplate bar in the screenshot " + shot);
    }

    @Test
    void configShowPrintsTheResolvedConfiguration() throws Exception {
        Files.createDirectories(dir.resolve("wechat"));
        Files.writeString(dir.resolve("base.yaml"), "severity: {EN009: error}\n");
        Files.writeString(dir.resolve(".corpuslint.yaml"), "extends: base.yaml\nignore: [FM013]\nper-file-ignores:\n  'wechat/**': [BP]\n");
        Cli.Result r = Cli.run("config", "--show", dir.resolve("wechat/a.md").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("ignore: ['FM013']"), r.out());
        assertTrue(r.out().contains("severity: {'EN009': error}"), r.out());
        assertTrue(r.out().contains("ignored-for-this-file: ['BP']"), r.out());
        assertTrue(r.out().contains("  EN009: {name: half-width-punctuation-in-cjk, severity: error}"), r.out());
        assertTrue(!r.out().contains("  BP001:") && !r.out().contains("  FM013:"), r.out());
        assertTrue(r.out().contains("base.yaml"), r.out());
    }
}
