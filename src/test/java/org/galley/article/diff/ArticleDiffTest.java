package org.galley.article.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticleDiffTest {

    static ArticleContent article(String headline, List<String> reporters, String... paragraphs) {
        return ArticleContent.of("news", null, headline, null, new Byline(reporters, List.of(), List.of()), null,
                List.of(paragraphs), null, false, List.of());
    }

    static List<Segment> segments(List<FieldDiff> diffs, String field) {
        return diffs.stream().filter(d -> d.field().equals(field)).findFirst().orElseThrow().segments();
    }

    @Test
    void chineseIsComparedCharacterByCharacter() {
        var diffs = ArticleDiff.between(article("我市志愿服务再获嘉兴先进", List.of()), article("我市志愿服务再获嘉兴表彰", List.of()));
        assertThat(segments(diffs, "headline")).containsExactly(
                new Segment(Op.EQUAL, "我市志愿服务再获嘉兴"), new Segment(Op.DELETE, "先进"), new Segment(Op.INSERT, "表彰"));
    }

    @Test
    void latinTextIsComparedWordByWord() {
        var diffs = ArticleDiff.between(article("The general tieup of craft", List.of()), article("The general tie-up of craft", List.of()));
        assertThat(segments(diffs, "headline")).containsExactly(
                new Segment(Op.EQUAL, "The general "), new Segment(Op.DELETE, "tieup"), new Segment(Op.INSERT, "tie-up"),
                new Segment(Op.EQUAL, " of craft"));
    }

    @Test
    void aRejoinedWordShowsAsOneWordChange() {
        var diffs = ArticleDiff.between(article(null, List.of(), "the informa tion age"), article(null, List.of(), "the information age"));
        assertThat(segments(diffs, "paragraphs")).extracting(Segment::op).containsExactly(Op.EQUAL, Op.DELETE, Op.INSERT, Op.EQUAL);
    }

    @Test
    void splittingAParagraphShowsOnlyTheBreakInserted() {
        var diffs = ArticleDiff.between(article("A", List.of(), "第一句。第二句。"), article("A", List.of(), "第一句。", "第二句。"));
        assertThat(segments(diffs, "paragraphs")).containsExactly(
                new Segment(Op.EQUAL, "第一句。"), new Segment(Op.INSERT, ArticleDiff.PARAGRAPH_BREAK), new Segment(Op.EQUAL, "第二句。"));
        assertThat(diffs).extracting(FieldDiff::field).containsExactly("paragraphs");
    }

    @Test
    void unchangedFieldsAreLeftOutAndIdenticalContentsHaveNoDifferences() {
        ArticleContent a = article("标题", List.of("李雨婷"), "正文。");
        assertThat(ArticleDiff.between(a, a)).isEmpty();
        assertThat(ArticleDiff.same(a, article("标题", List.of("李雨婷"), "正文。"))).isTrue();
        assertThat(ArticleDiff.all(a, a)).hasSize(12).noneMatch(FieldDiff::changed);
    }

    @Test
    void bylineChangesAreShownByName() {
        var diffs = ArticleDiff.between(article("A", List.of()), article("A", List.of("李雨婷")));
        assertThat(diffs).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("reporters");
            assertThat(d.segments()).containsExactly(new Segment(Op.INSERT, "李雨婷"));
        });
        assertThat(ArticleDiff.summary(diffs)).isEqualTo("reporters (+3 −0)");
    }

    @Test
    void aMissingFieldAndAnEmptyOneAreTheSame() {
        ArticleContent nullHeadline = article(null, List.of(), "x");
        ArticleContent emptyHeadline = article("", List.of(), "x");
        assertThat(ArticleDiff.between(nullHeadline, emptyHeadline)).isEmpty();
    }

    @Test
    void theHtmlEscapesEverythingItShows() {
        var diffs = ArticleDiff.between(article("old", List.of()), article("<script>alert(1)</script><img src=x onerror=alert(1)>", List.of()));
        String html = ArticleDiff.toHtml(segments(diffs, "headline"));
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.text()).contains("<script>alert(1)</script>").contains("<img src=x onerror=alert(1)>");
        assertThat(doc.select("ins")).hasSize(1);
        assertThat(doc.select("del")).hasSize(1);
    }

    @Test
    void diffingTwoLongChineseArticlesIsFast() {
        String base = "平湖市职业中专红绿蓝志愿者服务队自2019年成立以来，围绕“敬·精”校训，秉持着志愿服务精神。".repeat(60);
        ArticleContent a = article("标题", List.of(), base);
        ArticleContent b = article("标题", List.of(), base.replace("2019", "2020").replace("校训", "校风"));
        for (int i = 0; i < 20; i++) {
            ArticleDiff.between(a, b);
        }
        long[] times = new long[50];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            ArticleDiff.between(a, b);
            times[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(times);
        // Reported, not asserted: shared machines are noisy.
        System.out.printf("ArticleDiff on two %d-character articles: median %.2f ms%n", base.length(), times[times.length / 2] / 1e6);
        assertThat(ArticleDiff.between(a, b)).extracting(FieldDiff::field).containsExactly("paragraphs");
    }
}
