package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Inputs that are not newspapers: no rule fails, junk yields an empty or single-block proposal. The strict entry
 * point lets a failing rule's exception through, so these tests fail on a bug instead of seeing an empty proposal.
 */
class RobustnessTest {

    private static Proposal segment(String text) {
        Proposal p = Segmenter.segmentStrict(text, null);
        ProposalJson.toJson(p, "x.txt");
        assertThat(p.hasFailed()).isFalse();
        return p;
    }

    @Test
    void aFailingRuleIsFlaggedInTheProposalInsteadOfThrowing() {
        Proposal p = Segmenter.guarded("本报讯 文字。", () -> {
            throw new IllegalStateException("a rule met input nobody foresaw");
        });
        assertThat(p.hasFailed()).isTrue();
        assertThat(p.failure()).isEqualTo("IllegalStateException");
        assertThat(p.articles()).isEmpty();
        assertThat(p.language()).isEqualTo("zh");
        assertThat(ProposalJson.toJson(p, "x.txt")).contains("\"failure\": \"IllegalStateException\"");
    }

    @Test
    void aPageThatSegmentsIsNotFlagged() {
        Proposal p = Segmenter.segment("本报讯 第一段正文，写在这里。\n", null);
        assertThat(p.hasFailed()).isFalse();
        assertThat(ProposalJson.toJson(p, "x.txt")).doesNotContain("failure");
    }

    private static int blocks(Proposal p) {
        return p.articles().size() + p.unassigned().size();
    }

    @Test
    void emptyAndNullText() {
        assertThat(segment("").articles()).isEmpty();
        assertThat(Segmenter.segmentStrict(null, null).articles()).isEmpty();
        assertThat(segment("\n\n\n").articles()).isEmpty();
    }

    @Test
    void oneLine() {
        assertThat(blocks(segment("只有一行字。"))).isLessThanOrEqualTo(1);
        assertThat(blocks(segment("Just one line of text."))).isLessThanOrEqualTo(1);
    }

    @Test
    void oneMegabyteWithoutALineBreak() {
        StringBuilder b = new StringBuilder(1 << 20);
        while (b.length() < (1 << 20)) {
            b.append("word and more words, ");
        }
        long t0 = System.nanoTime();
        Proposal p = segment(b.toString());
        assertThat(blocks(p)).isEqualTo(1);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3000);
        StringBuilder zh = new StringBuilder(1 << 20);
        while (zh.length() < (1 << 19)) {
            zh.append("这是没有换行的中文，");
        }
        assertThat(blocks(segment(zh.toString()))).isEqualTo(1);
    }

    @Test
    void binaryJunk() {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        Proposal p = segment(new String(bytes, StandardCharsets.UTF_8));
        assertThat(blocks(p)).isLessThanOrEqualTo(1);
        assertThat(blocks(segment(new String(bytes, StandardCharsets.ISO_8859_1)))).isLessThanOrEqualTo(1);
    }

    @Test
    void onlyPunctuation() {
        Proposal p = segment("。，、；：！？\n……——\n!!!???...\n*********\n");
        assertThat(p.articles()).isEmpty();
        assertThat(p.unassigned()).isEmpty();
    }

    @Test
    void mixedScripts() {
        Proposal p = segment("本报讯 Apple公司发布了新的iPhone 15，售价 799美元。\n\nThe company said sales were strong.\n\n苹果发布会\n");
        assertThat(p.language()).isEqualTo("zh");
        assertThat(p.articles()).singleElement().satisfies(a ->
                assertThat(a.paragraphs().get(0)).isEqualTo("Apple公司发布了新的iPhone 15，售价799美元。"));
    }

    @Test
    void crlfAndLoneCrLineEnds() {
        String lf = "本报讯 第一段正文，写在这里。\n\n第二段。\n\n标题\n";
        Proposal expected = segment(lf);
        assertThat(segment(lf.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(segment(lf.replace("\n", "\r"))).isEqualTo(expected);
    }

    @Test
    void tabsZeroWidthCharactersAndBom() {
        String clean = "本报讯 第一段正文，写在这里。\n\n标题\n";
        Proposal expected = segment(clean);
        assertThat(segment("\uFEFF" + clean.replace("第一", "第\u200B一").replace("标题", "标\u200D题")))
                .isEqualTo(expected);
        assertThat(segment(clean.replace(" ", "\t"))).isEqualTo(expected);
        assertThat(segment("\uFEFF\u200B\u200C\u200D\uFEFF").articles()).isEmpty();
    }

    @Test
    void lineSpansStayInsideTheText() {
        Proposal p = segment(TestData.read(TestData.TRIBUNE));
        int lines = TestData.read(TestData.TRIBUNE).split("\n", -1).length;
        p.articles().forEach(a -> a.lines().forEach(s -> {
            assertThat(s.first()).isBetween(1, lines);
            assertThat(s.last()).isBetween(s.first(), lines);
        }));
    }
}
