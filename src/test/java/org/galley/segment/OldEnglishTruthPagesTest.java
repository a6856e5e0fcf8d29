package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Six real British pages of 1800-1874 (British Library OCR, copied from the development set) against a truth
 * made by hand as a librarian would clip them (src/test/resources/segment/own/make_own_truth.py says how).
 * The assertions name what the rules of pattern 7 must give on them, not today's totals.
 */
class OldEnglishTruthPagesTest {
    private static final String DIR = "own/";

    private static Scorer.Score score(String page) throws Exception {
        Scorer.Score s = TestData.score(DIR + page + ".txt", DIR + page + ".truth.json");
        System.out.println("[java scorer] " + s.line(page));
        return s;
    }

    private static List<String> found(Scorer.Score s) {
        return s.rows().stream().filter(Scorer.Row::found).map(Scorer.Row::id).toList();
    }

    /** Pages of advertisements only: the runs are labelled advert, so almost nothing is proposed as news. */
    @Test
    void advertisementPagesProposeAlmostNoNews() throws Exception {
        for (String page : List.of("0002088_18321123_0001", "0002088_18321123_0004", "0002088_18321123_0005")) {
            Proposal p = Segmenter.segment(TestData.read(DIR + page + ".txt"), null);
            long adverts = p.articles().stream().filter(a -> a.kind().equals("advert")).count();
            assertThat(adverts * 10).as(page).isGreaterThanOrEqualTo(p.articles().size() * 9L);
        }
    }

    /** The two columns of posts and the bankrupts' list are found, the advertisements below them kept apart. */
    @Test
    void postsAndBankruptsOf1800AreFoundApartFromTheAdverts() throws Exception {
        assertThat(found(score("0000239_18000107_0002"))).containsExactly("A", "B", "C");
    }

    /** Police, markets and the London Sessions with its first case are found as they stand in the columns. */
    @Test
    void lawReportsAndMarketsOf1824AreFound() throws Exception {
        assertThat(found(score("0002647_18240217_0004"))).contains("C", "D", "E");
    }

    /** Reports under headlines in capitals closed by a period are found one by one, not glued to the one above. */
    @Test
    void reportsOf1874UnderTheirOwnHeadlinesAreFound() throws Exception {
        assertThat(found(score("0002599_18740502_0008"))).contains("C", "J", "K", "L");
    }
}
