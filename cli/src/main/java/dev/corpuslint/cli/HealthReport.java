package dev.corpuslint.cli;

import dev.corpuslint.rules.learn.LearnedIndex;
import dev.corpuslint.rules.learn.SourceKey;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.RuleMetadata;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The corpus health report: collects a check's outcomes (it is a Reporter) and renders one self-contained
 * HTML page, with inline CSS and SVG bar charts and no script, so it opens anywhere and can be archived or
 * attached to a CI run. Files are linked relative to the page.
 */
final class HealthReport implements Reporter {
    private static final int TOP_RULES = 30;
    private static final int TOP_SOURCES = 20;
    private static final int TOP_FILES = 100;
    private static final int TOP_LEARNED = 25;
    private static final int[] BUCKETS = {0, 1, 3, 6, 11, 21, 51};
    private static final Map<Family, String> COLOURS = Map.of(
            Family.DELIMITER, "#4e79a7", Family.FRONT_MATTER, "#f28e2b", Family.ENCODING, "#59a14f", Family.BOILERPLATE, "#e15759");

    private final Path corpus;
    private final Path pageDir;
    private final Map<Family, Integer> byFamily = new EnumMap<>(Family.class);
    private final Map<String, Integer> byRule = new TreeMap<>();
    private final Map<String, RuleMetadata> rules = new TreeMap<>();
    private final Map<String, Integer> bySource = new LinkedHashMap<>();
    private final Map<String, Integer> filesBySource = new LinkedHashMap<>();
    private final int[] histogram = new int[BUCKETS.length];
    private final List<String[]> files = new ArrayList<>();
    private final List<String[]> problems = new ArrayList<>();
    private int safe;
    private int unsafe;
    private int unfixable;
    private LearnedIndex learned = LearnedIndex.EMPTY;

    HealthReport(Path corpus, Path pageDir) {
        this.corpus = corpus.toAbsolutePath().normalize();
        this.pageDir = pageDir;
    }

    void learned(LearnedIndex index) {
        this.learned = index;
    }

    @Override
    public void file(FileOutcome outcome) {
        switch (outcome) {
            case FileOutcome.Failed f -> problems.add(new String[] {f.path(), f.message()});
            case FileOutcome.Skipped s -> problems.add(new String[] {s.path(), s.reason()});
            case FileOutcome.Linted linted -> {
                List<Diagnostic> found = linted.result().diagnostics();
                String source = SourceKey.of(linted.result().document(), corpus);
                source = source.substring(source.indexOf(':') + 1);
                bySource.merge(source, found.size(), Integer::sum);
                filesBySource.merge(source, 1, Integer::sum);
                int bucket = 0;
                for (int i = 0; i < BUCKETS.length; i++) {
                    if (found.size() >= BUCKETS[i]) {
                        bucket = i;
                    }
                }
                histogram[bucket]++;
                for (Diagnostic d : found) {
                    byFamily.merge(d.rule().family(), 1, Integer::sum);
                    byRule.merge(d.rule().code(), 1, Integer::sum);
                    rules.put(d.rule().code(), d.rule());
                    if (d.fix() == null) {
                        unfixable++;
                    } else if (d.fix().isSafe()) {
                        safe++;
                    } else {
                        unsafe++;
                    }
                }
                files.add(new String[] {linted.path(), Integer.toString(found.size()), source});
            }
        }
    }

    @Override
    public void finish(Summary summary) {
        // rendered by render(), once the learned boilerplate is known
    }

    String render(Summary summary, String version, ZonedDateTime when) {
        int findings = safe + unsafe + unfixable;
        StringBuilder page = new StringBuilder(64 * 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>corpuslint report: ").append(escape(corpus.getFileName() == null ? corpus.toString() : corpus.getFileName().toString()))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Noto Sans CJK SC','PingFang SC',sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}\n")
                .append("h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}\n")
                .append(".meta{color:#666}.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1.2rem 0}\n")
                .append(".card{border:1px solid #ddd;border-radius:8px;padding:.8rem 1.1rem;min-width:9rem}.card b{display:block;font-size:1.5rem}\n")
                .append("table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left}\n")
                .append("td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}svg text{font-size:12px;fill:#333}\n")
                .append(".legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}\n")
                .append("</style>\n</head>\n<body>\n");
        page.append("<h1>Corpus health report</h1>\n<p class=\"meta\">").append(escape(corpus.toString())).append(" · corpuslint ")
                .append(escape(version)).append(" · ").append(escape(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))).append("</p>\n");
        page.append("<div class=\"cards\">")
                .append(card("files checked", summary.files))
                .append(card("findings", findings))
                .append(card("files with findings", files.stream().filter(f -> !f[1].equals("0")).count()))
                .append(card("safely fixable", percent(safe, findings)))
                .append(card("fixable with unsafe fixes", percent(unsafe, findings)))
                .append(summary.failed + summary.skipped > 0 ? card("not processed", summary.failed + summary.skipped) : "")
                .append("</div>\n");
        page.append("<p class=\"legend\">");
        for (Family f : Family.values()) {
            page.append("<span><i style=\"background:").append(COLOURS.get(f)).append("\"></i>").append(f.label()).append("</span>");
        }
        page.append("</p>\n");

        page.append("<h2 id=\"families\">Findings per family</h2>\n");
        List<Bar> familyBars = new ArrayList<>();
        for (Family f : Family.values()) {
            familyBars.add(new Bar(f.label(), byFamily.getOrDefault(f, 0), COLOURS.get(f)));
        }
        page.append(chart(familyBars));

        page.append("<h2 id=\"fixable\">Fixable share</h2>\n");
        page.append(chart(List.of(new Bar("safe fix", safe, "#59a14f"), new Bar("unsafe fix", unsafe, "#edc948"),
                new Bar("no fix", unfixable, "#bab0ac"))));

        page.append("<h2 id=\"rules\">Findings per rule</h2>\n");
        List<Map.Entry<String, Integer>> ruleCounts = new ArrayList<>(byRule.entrySet());
        ruleCounts.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<Bar> ruleBars = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ruleCounts.subList(0, Math.min(TOP_RULES, ruleCounts.size()))) {
            RuleMetadata rule = rules.get(e.getKey());
            ruleBars.add(new Bar(rule.code() + " " + rule.name(), e.getValue(), COLOURS.get(rule.family())));
        }
        page.append(chart(ruleBars));
        page.append("<table><tr><th>rule</th><th>name</th><th>family</th><th class=\"n\">findings</th><th>summary</th></tr>\n");
        for (Map.Entry<String, Integer> e : ruleCounts) {
            RuleMetadata rule = rules.get(e.getKey());
            page.append("<tr><td>").append(rule.code()).append("</td><td>").append(escape(rule.name())).append("</td><td>")
                    .append(rule.family().label()).append("</td><td class=\"n\">").append(e.getValue()).append("</td><td>")
                    .append(escape(rule.summary())).append("</td></tr>\n");
        }
        page.append("</table>\n");

        page.append("<h2 id=\"sources\">Findings per source</h2>\n");
        List<Map.Entry<String, Integer>> sources = new ArrayList<>(bySource.entrySet());
        sources.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<Bar> sourceBars = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sources.subList(0, Math.min(TOP_SOURCES, sources.size()))) {
            sourceBars.add(new Bar(e.getKey() + " (" + filesBySource.get(e.getKey()) + " files)", e.getValue(), "#76b7b2"));
        }
        page.append(chart(sourceBars));

        page.append("<h2 id=\"histogram\">Files by number of findings</h2>\n");
        List<Bar> buckets = new ArrayList<>();
        for (int i = 0; i < BUCKETS.length; i++) {
            String label = i == BUCKETS.length - 1 ? BUCKETS[i] + " or more"
                    : BUCKETS[i + 1] - 1 == BUCKETS[i] ? Integer.toString(BUCKETS[i]) : BUCKETS[i] + "–" + (BUCKETS[i + 1] - 1);
            buckets.add(new Bar(label + " findings", histogram[i], "#9c755f"));
        }
        page.append(chart(buckets));

        page.append("<h2 id=\"learned\">Top learned boilerplate lines</h2>\n");
        List<LearnedIndex.Line> lines = new ArrayList<>(learned.all());
        lines.sort(Comparator.comparingInt((LearnedIndex.Line l) -> -l.documents()).thenComparing(LearnedIndex.Line::key));
        if (lines.isEmpty()) {
            page.append("<p>Nothing was learned (no source has lines repeated across enough of its documents).</p>\n");
        } else {
            page.append("<table><tr><th>source</th><th class=\"n\">documents</th><th>line</th></tr>\n");
            for (LearnedIndex.Line line : lines.subList(0, Math.min(TOP_LEARNED, lines.size()))) {
                page.append("<tr><td>").append(escape(line.source().substring(line.source().indexOf(':') + 1))).append("</td><td class=\"n\">")
                        .append(line.documents()).append(" of ").append(learned.sourceDocuments(line.source())).append("</td><td>")
                        .append(escape(line.example())).append("</td></tr>\n");
            }
            page.append("</table>\n");
        }

        page.append("<h2 id=\"files\">Files with the most findings</h2>\n");
        files.sort(Comparator.comparingInt((String[] f) -> -Integer.parseInt(f[1])).thenComparing(f -> f[0]));
        page.append("<table><tr><th>file</th><th>source</th><th class=\"n\">findings</th></tr>\n");
        for (String[] f : files.subList(0, Math.min(TOP_FILES, files.size()))) {
            page.append("<tr><td><a href=\"").append(escape(link(f[0]))).append("\">").append(escape(f[0])).append("</a></td><td>")
                    .append(escape(f[2])).append("</td><td class=\"n\">").append(f[1]).append("</td></tr>\n");
        }
        page.append("</table>\n");
        if (!problems.isEmpty()) {
            page.append("<h2 id=\"problems\">Files not processed</h2>\n<table><tr><th>file</th><th>why</th></tr>\n");
            for (String[] p : problems) {
                page.append("<tr><td>").append(escape(p[0])).append("</td><td>").append(escape(p[1])).append("</td></tr>\n");
            }
            page.append("</table>\n");
        }
        page.append("</body>\n</html>\n");
        return page.toString();
    }

    private record Bar(String label, int value, String colour) {}

    /** A horizontal bar chart as inline SVG: one row per bar, labels left, values right. */
    static String chart(List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int rowHeight = 22;
        int labelWidth = 330;
        int barWidth = 600;
        int height = bars.size() * rowHeight + 6;
        StringBuilder svg = new StringBuilder("<svg role=\"img\" width=\"100%\" viewBox=\"0 0 1020 ").append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * rowHeight + 4;
            int width = (int) Math.round((double) barWidth * bar.value() / max);
            svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\">")
                    .append(escape(bar.label().length() > 48 ? bar.label().substring(0, 47) + "…" : bar.label())).append("</text>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(width, bar.value() > 0 ? 1 : 0))
                    .append("\" height=\"16\" fill=\"").append(bar.colour()).append("\"><title>").append(escape(bar.label())).append(": ")
                    .append(bar.value()).append("</title></rect>")
                    .append("<text x=\"").append(labelWidth + width + 6).append("\" y=\"").append(y + 14).append("\">").append(bar.value()).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private String link(String display) {
        Path file = Path.of(display).toAbsolutePath().normalize();
        Path relative = pageDir.relativize(file);
        StringBuilder out = new StringBuilder();
        for (Path part : relative) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    private static String card(String label, Object value) {
        return "<div class=\"card\"><b>" + escape(String.valueOf(value)) + "</b>" + escape(label) + "</div>";
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
