package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: when lines have geometry, type size is headline evidence and blocks, columns and gaps are boundaries.
 * Small synthetic pages: each test also shows the text path deciding otherwise, so it proves the geometry is used.
 */
class LayoutSegmenterTest {

    /** Builds a page line by line: text, x, y, width, size, block. */
    private static final class Page {
        final List<String> text = new ArrayList<>();
        final List<LineGeometry> geometry = new ArrayList<>();

        Page line(String t, double x, double y, double width, double size, String block) {
            text.add(t);
            geometry.add(new LineGeometry(x, y, width, size * 1.2, size, block));
            return this;
        }

        String text() {
            return String.join("\n", text) + "\n";
        }

        Proposal withLayout() {
            return Segmenter.segmentStrict(text(), "en", geometry);
        }

        Proposal textOnly() {
            return Segmenter.segmentStrict(text(), "en");
        }
    }

    /** Lower-case OCR, as word-box exports give it: only the type size tells the headline. */
    private static Page twoStories() {
        return new Page()
                .line("barn burns near the river", 10, 10, 300, 24, "b1")
                .line("the barn of a farmer near the river road burned on monday night and", 10, 45, 300, 10, "b2")
                .line("the family saved the horses before the roof fell in on the stalls.", 10, 58, 300, 10, "b2")
                .line("neighbours came with buckets but the fire was too strong for them.", 10, 71, 300, 10, "b2")
                .line("school opens new hall", 10, 95, 300, 24, "b3")
                .line("the new hall of the school was opened on friday by the mayor, who", 10, 130, 300, 10, "b4")
                .line("spoke of the years of saving that had made the building possible.", 10, 143, 300, 10, "b4");
    }

    @Test
    void largeTypeMakesHeadlinesOfLowerCaseLines() {
        Proposal p = twoStories().withLayout();
        assertThat(p.articles()).extracting(ProposedArticle::headline)
                .containsExactly("barn burns near the river", "school opens new hall");
        assertThat(p.articles().get(1).paragraphs()).singleElement().asString().startsWith("the new hall");
    }

    @Test
    void withoutGeometryTheSameLinesAreNoHeadlines() {
        assertThat(twoStories().textOnly().articles()).extracting(ProposedArticle::headline).containsOnlyNulls();
    }

    @Test
    void aLongLineInLargeTypeIsNotAHeadline() {
        Page page = new Page()
                .line("a notice set large to the width of the column with many words in it that runs on and on "
                        + "past what any headline would say", 10, 10, 300, 20, "b1")
                .line("the body of the notice goes on in small type for several lines so the page has a body", 10,
                        40, 300, 10, "b1")
                .line("size to compare with, and it ends here after a third line of the ordinary kind of text.",
                        10, 53, 300, 10, "b1");
        assertThat(page.withLayout().articles()).extracting(ProposedArticle::headline).containsOnlyNulls();
    }

    @Test
    void aSmallerBlockAboveTheHeadlineIsTheKicker() {
        Proposal p = new Page()
                .line("after the storm", 10, 10, 300, 14, "k")
                .line("town counts the cost", 10, 30, 300, 28, "h")
                .line("the storm of tuesday took roofs from a dozen houses in the lower town and", 10, 70, 300, 10,
                        "b")
                .line("brought down the telegraph wires along the whole length of the high street.", 10, 83, 300,
                        10, "b")
                .withLayout();
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.kicker()).isEqualTo("after the storm");
            assertThat(a.headline()).isEqualTo("town counts the cost");
        });
    }

    @Test
    void aNewBlockIsAUnitBoundaryWhereTheTextAloneRunsOn() {
        Page page = new Page()
                .line("MILL STRIKE ENDS.", 10, 10, 300, 10, "h")
                .line("The hands of the cotton mill went back to work this morning after", 10, 25, 300, 10, "p1")
                .line("three weeks, on the terms the masters offered at the first meeting.", 10, 38, 300, 10, "p1")
                .line("The masters have promised to hear the complaints of the weavers again", 10, 51, 300, 10, "p2")
                .line("at the end of the quarter, and the men are content with that for now.", 10, 64, 300, 10,
                        "p2");
        assertThat(page.textOnly().articles()).singleElement()
                .satisfies(a -> assertThat(a.paragraphs()).hasSize(1));
        assertThat(page.withLayout().articles()).singleElement()
                .satisfies(a -> assertThat(a.paragraphs()).hasSize(2));
    }

    @Test
    void aColumnMoveOrAVerticalGapIsABoundaryWithoutBlockIds() {
        Line a = line("first line of a column of text", 10, 100, 300, 10);
        assertThat(LayoutRules.isBoundary(a, line("next line below it", 10, 113, 300, 10))).isFalse();
        assertThat(LayoutRules.isBoundary(a, line("top of the next column", 330, 20, 300, 10))).isTrue();
        assertThat(LayoutRules.isBoundary(a, line("after a gap of two lines", 10, 140, 300, 10))).isTrue();
        assertThat(LayoutRules.isBoundary(a, line("a line in larger type", 10, 113, 300, 16))).isTrue();
    }

    @Test
    void geometryOfTheWrongLengthIsIgnored() {
        Page page = twoStories();
        Proposal p = Segmenter.segmentStrict(page.text(), "en", page.geometry.subList(0, 3));
        assertThat(p).isEqualTo(page.textOnly());
    }

    private static Line line(String text, double x, double y, double width, double size) {
        Line l = new Line(1, text, 0, 0);
        l.geometry = new LineGeometry(x, y, width, size * 1.2, size, null);
        l.size = size;
        return l;
    }
}
