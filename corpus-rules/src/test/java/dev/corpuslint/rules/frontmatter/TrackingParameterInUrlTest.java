package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingParameterInUrlTest {
    private final TrackingParameterInUrl rule = new TrackingParameterInUrl();

    @ParameterizedTest
    @ValueSource(strings = {
        "https://e.com/a", "HTTP://E.COM", "hTtPs://x", "http://", "http:// x", "https://a b", "ftp://e.com", "htt", "", " https://e.com",
        "http:/e.com", "httpx://e.com", "HTTPS://例子.中国/路径", "https:/", "https", "https//x", "http://\u000Bx",
        "http://x\u3000y", "http://x\f", "httpS://x", "https://"})
    void urlsAreWhatThePatternAlwaysMatched(String value) {
        assertEquals(value.matches("(?i)https?://\\S+"), TrackingParameterInUrl.isUrl(value), value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://e.com/a?id=1&utm_source=wx&utm_medium=x#top|https://e.com/a?id=1#top",
        "https://e.com/a?fbclid=abc|https://e.com/a",
        "https://e.com/a?gclid=1&b=2|https://e.com/a?b=2",
        "https://e.com/a?UTM_Source=wx&b=1|https://e.com/a?b=1",
        "https://e.com/a?x=1&FBCLID=2|https://e.com/a?x=1",
    })
    void removesTrackingParametersOnly(String url, String expected) {
        assertEquals("---\nurl: " + expected + "\n---\n", Lint.fix(rule, "---\nurl: " + url + "\n---\n", false));
        assertEquals("---\nlink: '" + expected + "'\n---\n", Lint.fix(rule, "---\nlink: '" + url + "'\n---\n", false));
    }

    @Test
    void leavesOtherUrlsAlone() {
        assertEquals(List.of(), Lint.run(rule,
                "---\nurl: https://mp.weixin.qq.com/s?__biz=MzA5&mid=2664&idx=5&scene=58#rd\n---\n"));
    }
}
