package org.galley.article.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.galley.article.LineRef;
import org.junit.jupiter.api.Test;

/** Any comparison ends in bounded time: spans as sets, text within a size and a time limit, else "too large". */
class DiffBoundsTest {

    static ArticleContent withLines(List<LineRef> lines) {
        return ArticleContent.of("news", null, "H", null, Byline.empty(), null, List.of("p"), null, false, lines);
    }

    static ArticleContent withText(String paragraph) {
        return ArticleContent.of("news", null, "H", null, Byline.empty(), null, List.of(paragraph), null, false, List.of());
    }

    static FieldDiff field(List<FieldDiff> diffs, String name) {
        return diffs.stream().filter(d -> d.field().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void spansAreComparedAsSetsOfLines() {
        var diffs = ArticleDiff.between(withLines(List.of(new LineRef(1L, 1, 5), new LineRef(1L, 10, 10))),
                withLines(List.of(new LineRef(1L, 3, 8), new LineRef(1L, 10, 10))));
        assertThat(field(diffs, "lines").segments()).containsExactly(
                new Segment(Op.DELETE, "1–2"), new Segment(Op.EQUAL, ", 3–5"), new Segment(Op.INSERT, ", 6–8"),
                new Segment(Op.EQUAL, ", 10"));
    }

    @Test
    void theSameLinesSpelledAsOtherSpansAreNoChange() {
        assertThat(ArticleDiff.between(withLines(List.of(new LineRef(1L, 1, 3), new LineRef(1L, 4, 6))),
                withLines(List.of(new LineRef(1L, 4, 6), new LineRef(1L, 1, 6))))).isEmpty();
    }

    @Test
    void thirtyTwoThousandSpansCompareInAFractionOfTheTimeLimit() {
        // Every other line on one side, the lines in between on the other: the worst case for a text diff
        // (39 s before), and every line differs.
        List<LineRef> odd = new ArrayList<>();
        List<LineRef> even = new ArrayList<>();
        for (int i = 0; i < 32_000; i++) {
            odd.add(new LineRef(1L, 2 * i + 1, 2 * i + 1));
            even.add(new LineRef(1L, 2 * i + 2, 2 * i + 2));
        }
        long start = System.nanoTime();
        FieldDiff lines = field(ArticleDiff.between(withLines(odd), withLines(even)), "lines");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(lines.tooLarge()).isFalse();
        assertThat(lines.segments()).hasSize(64_000);
        assertThat(lines.segments().get(0)).isEqualTo(new Segment(Op.DELETE, "1"));
        assertThat(lines.segments().get(1)).isEqualTo(new Segment(Op.INSERT, ", 2"));
        assertThat(took).isLessThan(ArticleDiff.TIME_LIMIT);
    }

    @Test
    void textBeyondTheSizeBoundIsTooLargeToCompareAndSaysSo() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ArticleDiff.MAX_TOKENS; i++) {
            a.append("a").append(i).append(' ');
            b.append("b").append(i).append(' ');
        }
        Comparison c = ArticleDiff.compare(withText(a.toString()), withText(b.toString()));
        assertThat(c.tooLarge()).isTrue();
        assertThat(c.tooLargeFields()).containsExactly("paragraphs");
        assertThat(field(c.fields(), "paragraphs").segments()).isEmpty();
        assertThat(field(c.fields(), "paragraphs").changed()).isTrue();
    }

    @Test
    void aComparisonThatWouldRunPastTheTimeLimitStopsThereAndSaysSo() {
        // Two unrelated texts within the size bound: Myers' search needs D = N + M steps, far past the limit.
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            a.append("a").append(i).append(' ');
            b.append("b").append(i).append('\n');
        }
        Duration limit = Duration.ofMillis(300);
        long start = System.nanoTime();
        List<FieldDiff> diffs = ArticleDiff.all(withText(a.toString()), withText(b.toString()), limit);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(field(diffs, "paragraphs").tooLarge()).isTrue();
        assertThat(field(diffs, "headline").tooLarge()).isFalse();
        assertThat(took).isLessThan(limit.multipliedBy(10));
    }

    @Test
    void aLocalEditInALongTextIsStillShownExactly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append("word").append(i).append(' ');
        }
        String edited = text.toString().replace("word25000 ", "changed ");
        var diffs = ArticleDiff.between(withText(text.toString()), withText(edited));
        FieldDiff p = field(diffs, "paragraphs");
        assertThat(p.tooLarge()).isFalse();
        assertThat(p.segments()).extracting(Segment::op).containsExactly(Op.EQUAL, Op.DELETE, Op.INSERT, Op.EQUAL);
        assertThat(p.segments().get(1).text()).isEqualTo("word25000");
        assertThat(p.segments().get(2).text()).isEqualTo("changed");
    }
}
