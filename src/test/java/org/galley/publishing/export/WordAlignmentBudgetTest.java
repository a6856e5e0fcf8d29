package org.galley.publishing.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.galley.publishing.export.WordAlignment.Box;
import org.galley.publishing.export.WordAlignment.Line;
import org.galley.publishing.export.WordAlignment.LineKey;
import org.galley.publishing.export.WordAlignment.Placed;
import org.galley.publishing.export.WordAlignment.Word;
import org.junit.jupiter.api.Test;

/**
 * A long, heavily corrected Chinese article (a word per character: 50,000 of them) is laid back on its lines in
 * the publish transaction: in bounded time, every corrected word placed once, in order, on a line with a box.
 * Well under a second on a quiet machine; the bound is 10 s because the build machine runs many suites at once.
 * Before the windows, one Myers difference of 50,000 against 50,000 different words ran for minutes (or out of memory).
 */
class WordAlignmentBudgetTest {

    static List<String> han(Random random, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new String(Character.toChars(0x4E00 + random.nextInt(3000))));
        }
        return out;
    }

    /** The words on lines of 25, each word a 100-unit box. */
    static List<Line> lines(List<String> words) {
        List<Line> lines = new ArrayList<>();
        for (int start = 0; start < words.size(); start += 25) {
            int n = lines.size() + 1;
            List<Word> mine = new ArrayList<>();
            for (int k = start; k < Math.min(words.size(), start + 25); k++) {
                mine.add(new Word(words.get(k), new Box(100 + (k - start) * 110, n * 150, 100, 120)));
            }
            lines.add(new Line(new LineKey(9, n), new Box(100, n * 150, 25 * 110, 120), mine));
        }
        return lines;
    }

    static void everyWordPlaced(List<Placed> placed, List<String> corrected) {
        assertThat(placed).extracting(Placed::text).containsExactlyElementsOf(corrected);
        assertThat(placed).allSatisfy(p -> {
            assertThat(p.line()).isNotNull();
            assertThat(p.box()).isNotNull();
            assertThat(p.box().width()).isGreaterThanOrEqualTo(0);
        });
    }

    @Test
    void fiftyThousandHanWordsAllReplacedAreAlignedInBoundedTime() {
        Random random = new Random(14);
        List<String> original = han(random, 50_000);
        List<String> corrected = han(random, 50_000);
        List<Line> lines = lines(original);
        List<Placed> placed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WordAlignment.align(lines, corrected));
        everyWordPlaced(placed, corrected);
    }

    @Test
    void aLongArticleWithAFewCorrectionsKeepsItsUnchangedWordsOnTheirBoxes() {
        Random random = new Random(41);
        List<String> original = han(random, 50_000);
        List<String> corrected = new ArrayList<>(original);
        for (int k = 0; k < 500; k++) {
            corrected.set(random.nextInt(corrected.size()), "改");
        }
        corrected.subList(20_000, 20_050).clear();
        corrected.addAll(30_000, han(random, 80));
        List<Line> lines = lines(original);
        List<Placed> placed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WordAlignment.align(lines, corrected));
        everyWordPlaced(placed, corrected);
        // Outside the corrections, words stay where they were printed: the first and the last line unchanged.
        for (int k = 0; k < 25; k++) {
            if (!corrected.get(k).equals("改")) {
                assertThat(placed.get(k).original()).isTrue();
                assertThat(placed.get(k).box()).isEqualTo(lines.get(0).words().get(k).box());
            }
        }
        long kept = placed.stream().filter(Placed::original).count();
        assertThat(kept).isGreaterThan(49_000 - 600);
    }

    @Test
    void twoThousandParagraphsAreAnchoredInBoundedTime() {
        Random random = new Random(7);
        List<String> original = han(random, 50_000);
        List<String> paragraphs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < 2_000; p++) {
            List<String> words = han(random, 25);
            paragraphs.add(String.join("", words));
            expected.addAll(words);
        }
        ArticleContent article = ArticleContent.of("news", null, null, null, Byline.empty(), null, paragraphs, null, false, List.of());
        List<String> corrected = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> AltoPages.corrected(article, original));
        assertThat(corrected).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
    }
}
