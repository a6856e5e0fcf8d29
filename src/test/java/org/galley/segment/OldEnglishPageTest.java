package org.galley.segment;

import static org.galley.segment.EnglishPage.segment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, pattern 7: English pages of the 1800s. One rule per test, on small invented pages in the style of
 * those papers (long-s spellings aside): section headings over briefs, advertisements in runs, rules read as
 * letters, slivers of the next column, words broken at the line end.
 */
class OldEnglishPageTest {

    @Test
    void briefsUnderACapitalsSectionHeadingAreOneArticle() {
        Proposal p = segment(
                "PARISH AFFAIRS.",
                "The vestry of Saint Olave met on Tuesday to settle the accounts of",
                "the overseers for the year, which were passed without remark.",
                "Fire at the Mill.",
                "On Thursday night a fire broke out in the drying room of the",
                "flax mill near the bridge, and was put out by the workmen.",
                "The Turnpike Road.",
                "The trustees have resolved to let the tolls of the north road",
                "by auction at the Crown inn on the first Monday of next month.");
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("PARISH AFFAIRS.");
            assertThat(a.paragraphs()).contains("Fire at the Mill.", "The Turnpike Road.");
            assertThat(a.paragraphRoles()).contains(ProposedArticle.CROSSHEAD);
        });
    }

    @Test
    void aSectionWordMakesTheHeadingASectionEvenWithOneHeadedBrief() {
        Proposal p = segment(
                "COUNTY NEWS.",
                "The assizes opened on Monday before a crowded court, and the",
                "calendar is a light one for the season.",
                "Church Bells.",
                "A new peal of six bells was rung for the first time at the",
                "church of the village on Sunday last, to general satisfaction.");
        assertThat(p.articles()).singleElement()
                .satisfies(a -> assertThat(a.headline()).isEqualTo("COUNTY NEWS."));
    }

    @Test
    void anOrdinaryCapitalsHeadlineStillEndsTheArticleAbove() {
        Proposal p = segment(
                "THE HARVEST.",
                "The corn is now nearly all carried in this district, and the",
                "yield is thought to be above the average of late years.",
                "SHIPWRECK ON THE COAST.",
                "A brig laden with timber went ashore in the gale of Friday, and",
                "her crew were saved with great difficulty by the fishermen.");
        assertThat(p.articles()).extracting(ProposedArticle::headline)
                .containsExactly("THE HARVEST.", "SHIPWRECK ON THE COAST.");
    }

    @Test
    void advertisementsWithoutAdvtAreLabelledAdvertByTheirTradeFormulas() {
        Proposal p = segment(
                "TO BE SOLD BY AUCTION,",
                "At the Swan Inn, on Friday next, at Six o'clock in the evening,",
                "A Freehold Dwelling House, with the Garden and Stable behind it,",
                "now in the occupation of a tenant at will.",
                "For further particulars apply to Mr. Harrow, Attorney, in the Market-place.",
                "",
                "FIRE ON THE COMMON.",
                "A stack of hay belonging to a farmer of this parish was burnt on",
                "Wednesday evening; the loss is said to be considerable.");
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("advert", "news");
    }

    @Test
    void aReportThatMentionsASaleOrPricesStaysNews() {
        Proposal p = segment(
                "CORN MARKET.",
                "There was a good supply of wheat this morning, which sold at",
                "from 60s. to 64s. per quarter; barley was dull at 32s., and",
                "oats were in fair demand at last week's prices.");
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo("news"));
    }

    @Test
    void rulesReadAsLettersAreNeitherTextNorABoundary() {
        Proposal p = segment(
                "THE ELECTION.",
                "The nomination took place on the hustings in front of the",
                "I",
                "town hall, in the presence of a very large number of electors.",
                "II",
                "Both candidates addressed the meeting at some length.");
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(String.join(" ", a.paragraphs())).doesNotContain(" I ").doesNotContain("II")
                    .contains("of the town hall");
        });
        assertThat(p.unassigned()).isEmpty();
        assertThat(NoiseRule.isRuleDebris("I")).isTrue();
        assertThat(NoiseRule.isRuleDebris("|l")).isTrue();
        assertThat(NoiseRule.isRuleDebris("I.")).isTrue();
        assertThat(NoiseRule.isRuleDebris("It")).isFalse();
        assertThat(NoiseRule.isRuleDebris("III.—")).isTrue();
        assertThat(NoiseRule.isRuleDebris("IV.")).isFalse();
    }

    @Test
    void sliversOfTheNextColumnAreUnassignedNotArticles() {
        Proposal p = segment(
                "THE NEW BRIDGE.",
                "The foundation stone of the new bridge over the river was laid on",
                "Monday by the mayor, attended by the corporation and a large",
                "concourse of the inhabitants, who cheered him heartily throughout.",
                "",
                "ing the day",
                "tho: oft",
                "ma in t, of",
                "ar. the ver",
                "",
                "The work is expected to take two years, and the cost is put at",
                "about twelve thousand pounds, raised by subscription in the town.");
        assertThat(p.articles()).singleElement()
                .satisfies(a -> assertThat(a.headline()).isEqualTo("THE NEW BRIDGE."));
        assertThat(p.unassigned()).extracting(Unassigned::role).containsExactly("text");
    }

    @Test
    void aHyphenReadAsADashOrNotSignIsJoinedWhenTheWordIsAttested() {
        LineJoiner j = new LineJoiner(false, Vocabulary.of(new ArrayList<Line>()));
        assertThat(j.join(List.of("the com\u2014", "mittee met"))).isEqualTo("the committee met");
        assertThat(j.join(List.of("the com\u00AC", "mittee met"))).isEqualTo("the committee met");
        assertThat(j.join(List.of("the com-", "mittee met"))).isEqualTo("the committee met");
        // a real dash after a word stays: every character that is text is kept
        assertThat(j.join(List.of("so said he\u2014", "and went"))).isEqualTo("so said he\u2014 and went");
        assertThat(j.join(List.of("the zorb\u2014", "plex"))).isEqualTo("the zorb\u2014 plex");
    }

    @Test
    void aBrokenWordIsJoinedAcrossARuleBetweenItsHalves() {
        Proposal p = segment(
                "THE MEETING.",
                "The report of the com-",
                "I",
                "mittee was read and adopted, and the thanks of the meeting",
                "were given to the chairman for his conduct in the chair.");
        assertThat(p.articles()).singleElement()
                .satisfies(a -> assertThat(a.paragraphs().get(0)).contains("of the committee was read"));
    }
}
