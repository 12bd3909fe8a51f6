package dev.corpuslint.rules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFrontMatterSchema() throws Exception {
        CorpusConfig config = ConfigLoader.parse("c.yaml", """
                front-matter:
                  required: [title]
                  recommended: ["url|source"]
                  types: {title: string, tags: list}
                  allow-unknown-keys: false
                  known-keys: [layout]
                  time-zone: Asia/Shanghai
                """, Optional.empty());
        FrontMatterSchema schema = config.frontMatter();
        assertEquals(List.of("title"), schema.required());
        assertEquals("list", schema.types().get("tags"));
        assertEquals(false, schema.allowUnknownKeys());
        assertEquals(Optional.of(ZoneId.of("Asia/Shanghai")), schema.timeZone());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "front-matter:\\n  requird: [title] => c.yaml:2:3: unknown key `requird` in `front-matter`",
        "frontmatter: {} => c.yaml:1:1: unknown key `frontmatter` in the configuration",
        "front-matter:\\n  required: title => c.yaml:2:13: `required` must be a list",
        "front-matter:\\n  types: {title: text} => c.yaml:2:18: unknown type `text` for `title`",
        "front-matter:\\n  time-zone: Mars/Olympus => c.yaml:2:14: unknown time zone `Mars/Olympus`",
        "front-matter:\\n  allow-unknown-keys: maybe => c.yaml:2:23: `allow-unknown-keys` must be true or false",
        "front-matter: [a => c.yaml:1:17: invalid YAML",
    })
    void reportsFileLineColumnAndKey(String yaml, String expected) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("c.yaml", yaml.replace("\\n", "\n"), Optional.empty()));
        assertEquals(true, e.getMessage().startsWith(expected), e.getMessage());
    }

    @Test
    void theNearestFileWinsAndDefaultsApplyWithoutOne() throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/.corpuslint.yaml"), "front-matter:\n  required: [title]\n");
        ConfigLoader loader = new ConfigLoader();
        assertEquals(List.of("title"), loader.forFile(dir.resolve("a/b/post.md")).frontMatter().required());
        assertSame(loader.forFile(dir.resolve("a/b/post.md")), loader.forFile(dir.resolve("a/other.md")));
        Files.writeString(dir.resolve("a/b/.corpuslint.yaml"), "front-matter:\n  required: []\n");
        assertEquals(List.of(), new ConfigLoader().forFile(dir.resolve("a/b/post.md")).frontMatter().required());
    }

    @Test
    void userPacksAreReadBesideTheConfigurationAndMayNotLeaveIt() throws Exception {
        Files.createDirectories(dir.resolve("corpus/packs"));
        Files.writeString(dir.resolve("corpus/packs/mine.yaml"), """
                pack: mine
                rules:
                  - {code: BP901, name: my-slogan, summary: s, message: m, kind: phrase, phrases: [本站口号], safety: unsafe}
                """);
        Files.writeString(dir.resolve("corpus/.corpuslint.yaml"), "packs: [packs/mine.yaml]\nlearning: {min-documents: 3, min-share: 0.5}\n");
        CorpusConfig config = new ConfigLoader().forFile(dir.resolve("corpus/a.md"));
        assertEquals("BP901", config.packs().get(0).rules().get(0).metadata().code());
        assertEquals(3, config.learning().minDocuments());
        assertEquals(0.5, config.learning().minShare());

        Files.writeString(dir.resolve("outside.yaml"), "pack: x\nrules: []\n");
        Files.writeString(dir.resolve("corpus/.corpuslint.yaml"), "packs: [../outside.yaml]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().forFile(dir.resolve("corpus/a.md")));
        assertEquals(true, e.getMessage().contains(":1:9: rule pack `../outside.yaml` is outside the configuration's directory"), e.getMessage());
    }

    @Test
    void aBrokenPackFailsTheConfigurationWithThePacksOwnPosition() throws Exception {
        Files.writeString(dir.resolve("mine.yaml"), "pack: mine\nrules:\n  - code: BP901\n    kind: pattern\n    patterns: ['(']\n");
        Files.writeString(dir.resolve(".corpuslint.yaml"), "packs: [mine.yaml]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().forFile(dir.resolve("a.md")));
        assertEquals(true, e.getMessage().startsWith(dir.resolve("mine.yaml") + ":3:5: pack rule has no `name`"), e.getMessage());
        Files.writeString(dir.resolve(".corpuslint.yaml"), "learning: {min-share: 2}\n");
        assertEquals(true, assertThrows(ConfigException.class, () -> new ConfigLoader().forFile(dir.resolve("a.md"))).getMessage()
                .contains(":1:23: `min-share` must be a number greater than 0 and at most 1"));
    }

    @Test
    void selectIgnoreSeverityAndPerFileIgnoresDecideTheRulesOfEachFile() throws Exception {
        Files.createDirectories(dir.resolve("wechat"));
        Files.writeString(dir.resolve(".corpuslint.yaml"), """
                select: [ALL, BP004]
                ignore: [boilerplate, FM013]
                severity: {EN: info, EN009: error}
                per-file-ignores:
                  "wechat/**": [EN009]
                """);
        ConfigLoader loader = new ConfigLoader();
        CorpusConfig config = loader.forFile(dir.resolve("a.md"));
        var all = dev.corpuslint.rules.BuiltInRules.ALL;
        var enabled = config.selection().enabled(all, config.selection().ignoredFor(dir.resolve("a.md"))).stream()
                .map(r -> r.metadata().code()).toList();
        assertEquals(true, enabled.contains("BP004"), "the more specific select wins");
        assertEquals(false, enabled.contains("BP001"));
        assertEquals(false, enabled.contains("FM013"));
        assertEquals(true, enabled.contains("EN009"));
        assertEquals(List.of("EN009"), config.selection().ignoredFor(dir.resolve("wechat/x/b.md")));
        var severities = config.selection().severities(all);
        assertEquals(dev.corpuslint.rules.model.Severity.ERROR, severities.get("EN009"));
        assertEquals(dev.corpuslint.rules.model.Severity.INFO, severities.get("EN001"));
    }


    @Test
    void runsSaysWhatEnabledSaysForAFileWithoutPerFileIgnores() throws Exception {
        for (String yaml : List.of("", "ignore: [BP004]\n", "select: [encoding]\n", "select: [ALL, BP004]\nignore: [boilerplate]\n",
                "select: [BP0]\nignore: [BP004]\n", "ignore: [learned-boilerplate-line]\n")) {
            Files.writeString(dir.resolve(".corpuslint.yaml"), yaml);
            var config = new ConfigLoader().forFile(dir.resolve("a.md"));
            for (var rule : dev.corpuslint.rules.BuiltInRules.ALL) {
                assertEquals(config.selection().enabled(List.of(rule), List.of()).size() == 1, config.selection().runs(rule.metadata()),
                        rule.metadata().code() + " under " + yaml);
            }
        }
    }
    @Test
    void extendsInheritsWhatTheChildDoesNotSet() throws Exception {
        Files.createDirectories(dir.resolve("child"));
        Files.writeString(dir.resolve("base.yaml"), "ignore: [FM013]\nfront-matter:\n  required: [title]\n");
        Files.writeString(dir.resolve("child/.corpuslint.yaml"), "extends: ../base.yaml\nfront-matter:\n  required: [title, author]\n");
        CorpusConfig config = new ConfigLoader().forFile(dir.resolve("child/a.md"));
        assertEquals(List.of("FM013"), config.selection().ignore());
        assertEquals(List.of("title", "author"), config.frontMatter().required());
        assertEquals(2, config.chain().size());
        Files.writeString(dir.resolve("base.yaml"), "extends: child/.corpuslint.yaml\n");
        ConfigException cycle = assertThrows(ConfigException.class, () -> new ConfigLoader().forFile(dir.resolve("child/a.md")));
        assertEquals(true, cycle.getMessage().contains("`extends` makes a cycle"), cycle.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "select: [XX9] => c.yaml:1:10: `XX9` in `select` names no rule",
        "ignore: [bolierplate] => c.yaml:1:10: `bolierplate` in `ignore` names no rule",
        "severity: {EN009: loud} => c.yaml:1:19: severity must be error, warning or info",
        "per-file-ignores: {'a/**': [NOPE]} => c.yaml:1:29: `NOPE` in `per-file-ignores.a/**` names no rule",
    })
    void selectorsAreValidated(String yaml, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("c.yaml", yaml, Optional.empty()));
        assertEquals(true, e.getMessage().startsWith(expected), e.getMessage());
    }
}
