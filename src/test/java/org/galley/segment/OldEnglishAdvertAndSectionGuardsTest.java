package org.galley.segment;

import static org.galley.segment.EnglishPage.segment;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 11, pattern 7: the parts of the advert-run and section-heading rules no other test switches on, each on a
 * small invented page: a lone notice known by its formulas or by its trade words, a signed report that quotes
 * formulas, a section of briefs beside an advert, debris in capitals.
 */
class OldEnglishAdvertAndSectionGuardsTest {

    /** EnAdvertRun: formulas alone (WANTED, Apply to) make a notice an advert, with no trade words or neighbours. */
    @Test
    void aNoticeSpeakingTwoTradeFormulasBetweenTwoStoriesIsAnAdvert() {
        Proposal p = segment(
                "THE NEW ORGAN.",
                "The new organ at the parish church was opened on Sunday, and the",
                "collections amounted to forty pounds.",
                "WANTED,",
                "A steady Man-Servant, who can drive and wait at table.",
                "Apply to Mr. Hart, at the Grange, near Ashby.",
                "THE WEATHER.",
                "The frost broke up at last on Saturday, and the river was a foot",
                "higher by the evening, but no damage is reported.");
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "news");
    }

    /** EnAdvertRun: a report with a byline is news, whatever sale formulas it quotes, even next to an advert. */
    @Test
    void aSignedReportQuotingSaleFormulasStaysNewsBesideAnAdvert() {
        Proposal p = segment(
                "THE SALE AT HOLLAND HOUSE.",
                "By JOHN SMITH",
                "The pictures are to be sold by auction on Monday, and buyers",
                "were told to apply to the agents for the catalogues.",
                "",
                "TO BE SOLD BY AUCTION,",
                "At the Crown, on Tuesday next, a Freehold Dwelling House,",
                "with the Garden. For further particulars apply to Mr. Lane.");
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert");
    }

    /** EnAdvertRun: a notice naming trade things densely (inn, coaches, proprietor, terms, premises) is an advert. */
    @Test
    void aNoticeNamingManyTradeThingsWithoutAFormulaOrAStoryIsAnAdvert() {
        Proposal p = segment(
                "THE NEW ORGAN.",
                "The new organ at the parish church was opened on Sunday, and the",
                "collections amounted to forty pounds.",
                "THE GEORGE INN.",
                "Good stabling, and coaches to London daily from the inn; the",
                "proprietor's terms are moderate, and the premises newly fitted.",
                "THE WEATHER.",
                "The frost broke up at last on Saturday, and the river was a foot",
                "higher by the evening, but no damage is reported.");
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "news");
    }

    /** EnAdvertRun: a column of briefs under a section heading is never taken into the advert next to it. */
    @Test
    void aSectionOfBriefsInThePresentTenseBesideAnAdvertStaysNews() {
        Proposal p = segment(
                "TO BE SOLD BY AUCTION,",
                "At the Crown, on Tuesday next, a Freehold Dwelling House,",
                "with the Garden. For further particulars apply to Mr. Lane.",
                "",
                "LOCAL NEWS.",
                "The assizes open on Monday next before Mr. Justice Park, and the",
                "calendar is a light one for the season.",
                "Church Bells.",
                "A new peal of six bells is to be rung for the first time at the",
                "church of the village on Sunday next.");
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("advert", "news");
    }

    /** SectionHeading: capitals with fewer than two real words (OCR debris) head no section of briefs. */
    @Test
    void capitalsDebrisWithOneRealWordHeadsNoSectionSoItsBriefsStayApart() {
        Proposal p = segment(
                "MURDEN 4",
                "The vestry met on Tuesday to settle the accounts of the overseers for",
                "the year, which were passed without remark.",
                "Fire at the Mill.",
                "On Thursday night a fire broke out in the drying room of the flax",
                "mill near the bridge, and was put out by the workmen.",
                "The Turnpike Road.",
                "The trustees have resolved to let the tolls of the north road by",
                "auction at the Crown inn on the first Monday of next month.");
        assertThat(p.articles()).extracting(ProposedArticle::headline)
                .containsExactly("MURDEN 4", "Fire at the Mill.", "The Turnpike Road.");
    }
}
