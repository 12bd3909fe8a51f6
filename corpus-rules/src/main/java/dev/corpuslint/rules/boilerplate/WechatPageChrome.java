package dev.corpuslint.rules.boilerplate;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The WeChat reader's page chrome (微信扫一扫, 继续滑动看下一个, 轻点两下取消赞, …) scraped along with the
 * article. Found as a tail block: from the first chrome marker to the end, every line is chrome, and the
 * block holds at least two different markers, so one marker-like phrase inside an article never fires.
 */
public final class WechatPageChrome implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "BP001", "wechat-page-chrome", Family.BOILERPLATE,
            "WeChat page chrome must not be left at the end of an article",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.UNSAFE);

    static final int MIN_DISTINCT_MARKERS = 2;
    /** The account name and UI labels are short; a longer line is article text and ends the block. */
    private static final int SHORT_LINE = 12;

    private static final List<String> MARKERS = List.of(
            "预览时标签不可点", "微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文", "向上滑动看下一个",
            "知道了", "使用小程序", "轻点两下取消赞", "轻点两下取消在看", "微信扫一扫可打开此内容", "使用完整服务",
            "在小说阅读器中沉浸阅读", "跳转二维码", "作者头像", "阅读原文", "喜欢此内容的人还喜欢", "写留言",
            "微信扫一扫關注該公眾號", "繼續滑動看下一個", "輕觸閱讀原文", "向上滑動看下一個", "輕點兩下取消讚");
    private static final Set<String> UI_WORDS = Set.of(
            "取消", "允许", "允許", "×", "分析", "视频", "視頻", "小程序", "赞", "讚", "在看", "分享", "留言", "收藏",
            "听过", "聽過", "阅读", "閱讀", "：", "，", "。", "、");
    private static final Pattern IMAGE_LINE = Pattern.compile("^\\[?!\\[[^\\]]*\\]\\([^)]*\\)(?:\\]\\([^)]*\\))?$");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        TextRange body = document.body().range();
        if (body.isEmpty() || !mentionsWechat(document.text(), body.start())) {
            return;
        }
        LineIndex lines = document.lines();
        int firstBodyLine = lines.lineOf(body.start());
        int blockStart = -1;
        // Walking up from the end; markers are collected bottom-up, so the first one found is the last line's.
        Set<String> markers = new LinkedHashSet<>();
        for (int line = lines.lineCount() - 1; line >= firstBodyLine; line--) {
            String visible = VisibleText.of(lines.lineText(line));
            String marker = markerIn(visible);
            if (marker != null) {
                markers.add(marker);
                blockStart = line;
            } else if (!isChromeLike(visible, lines.lineText(line))) {
                break;
            }
        }
        if (blockStart < 0 || markers.size() < MIN_DISTINCT_MARKERS) {
            return;
        }
        int lastContent = blockStart - 1;
        while (lastContent >= firstBodyLine && VisibleText.of(lines.lineText(lastContent)).isEmpty()) {
            lastContent--;
        }
        int deleteFrom = lastContent >= firstBodyLine ? lines.lineEndWithBreak(lastContent) : body.start();
        List<String> topDown = List.copyOf(markers).reversed();
        sink.report(new TextRange(lines.lineStart(blockStart), lines.lineEnd(lines.lineCount() - 1)),
                "WeChat page chrome (" + String.join(", ", topDown.subList(0, Math.min(3, topDown.size()))) + ", …)",
                Fix.unsafe("Remove WeChat page chrome", TextEdit.delete(deleteFrom, document.text().length())));
    }

    /** A cheap test before the line walk: every marker set contains one of these. */
    private static boolean mentionsWechat(String text, int from) {
        return text.indexOf("微信", from) >= 0 || text.indexOf("阅读原文", from) >= 0 || text.indexOf("閱讀原文", from) >= 0;
    }

    private static String markerIn(String visible) {
        for (String marker : MARKERS) {
            if (visible.equals(marker) || (visible.startsWith(marker) && visible.length() <= marker.length() + 3)
                    || (visible.length() <= marker.length() + 2 && visible.endsWith(marker))) {
                return marker;
            }
        }
        return null;
    }

    private static boolean isChromeLike(String visible, String raw) {
        if (visible.isEmpty() || UI_WORDS.contains(visible) || IMAGE_LINE.matcher(visible).matches()) {
            return true;
        }
        if (visible.codePointCount(0, visible.length()) <= SHORT_LINE && !visible.endsWith("。")) {
            return true;
        }
        return raw.isBlank();
    }
}
