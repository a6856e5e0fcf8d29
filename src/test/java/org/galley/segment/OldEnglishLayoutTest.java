package org.galley.segment;

import static org.galley.segment.EnglishPage.segment;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 11, pattern 7, second round: how British pages of the 1830s-1870s are laid out in the British Library's
 * OCR (blocks set apart by blank lines, headlines in capitals closed by a period, advertisements in long runs).
 * One rule per test, each on a small invented page in that style; each fails without its rule.
 */
class OldEnglishLayoutTest {

    /** EnAdvertRun: a run of notices is labelled advert, not only the one that speaks the trade's formulas. */
    @Test
    void noticesNextToAnAdvertThatTellNoStoryAreAdvertsToo() {
        Proposal p = segment(
                "TO BE SOLD BY AUCTION,",
                "At the Crown Inn, on Tuesday next, at Five o'clock,",
                "A convenient Dwelling House, with a Garden and Stable,",
                "now in the occupation of a tenant at will.",
                "For further particulars apply to Mr. Lane, Attorney.",
                "",
                "THE ROYAL MAIL COACH,",
                "From the Bell, in Castle-street, every Morning at Six,",
                "through Wenlock and Ludlow, to the Feathers at Hereford.",
                "Performed by the Public's obedient Servants,",
                "HOLT, BRIGGS, and Co.",
                "",
                "MRS. ASHBY,",
                "Milliner and Dress Maker, No. 4, Bridge-street,",
                "has just returned from London with the newest fashions.",
                "",
                "FIRE AT THE BREWERY.",
                "On Sunday night a fire broke out in the malt-house of the",
                "brewery, which was burnt to the ground. The engines were",
                "brought at once, and the men worked till daylight; the loss",
                "was said to be heavy, but the dwelling house was saved.");
        assertThat(p.articles()).extracting(ProposedArticle::kind)
                .containsExactly("advert", "advert", "advert", "news");
    }

    /** EnAdvertRun: a market report quoting prices next to a news story stays news. */
    @Test
    void aMarketReportBetweenStoriesIsNoAdvert() {
        Proposal p = segment(
                "THE ASSIZES.",
                "The assizes were opened on Monday, and the judge said that the",
                "calendar was a heavy one; eleven prisoners were tried that day.",
                "",
                "CORN MARKET.",
                "Wheat, per quarter 58s. to 62s.",
                "Barley, ditto 30s. to 34s.",
                "Oats, ditto 21s. to 24s.",
                "Beans, ditto 36s. to 40s.");
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "news");
    }

    /** OldEnglishHeads: on a spaced page a heading in capitals closed by a period opens an article. */
    @Test
    void aCompleteCapitalsHeadingSetApartOpensAnArticleNotACrosshead() {
        Proposal p = segment(
                "MEETING OF WEAVERS AT HALTON.",
                "A meeting of the hand-loom weavers of the district was held",
                "on Thursday evening in the school-room, the chairman said",
                "that trade had been slack since the autumn.",
                "",
                "A resolution was moved and carried unanimously.",
                "",
                "WAGES OF THE COLLIERS IN THE NORTH.",
                "The colliers of the Tyne have had notice of a reduction of",
                "ten per cent., and a meeting of delegates was held on",
                "Saturday to consider what course they should take in it.");
        assertThat(p.articles()).extracting(ProposedArticle::headline)
                .containsExactly("MEETING OF WEAVERS AT HALTON.", "WAGES OF THE COLLIERS IN THE NORTH.");
    }

    /** OldEnglishHeads: where the OCR sets no blank lines anywhere (Tribune style) such a heading stays a crosshead. */
    @Test
    void withoutBlankLinesOnThePageTheSameHeadingStaysACrosshead() {
        Proposal p = segment(
                "THE GOVERNOR'S ADDRESS.",
                "The Governor spoke for an hour to the assembled members,",
                "who heard him with close attention throughout.",
                "THE QUESTION OF THE CANALS.",
                "He turned then to the canals, which he said must be",
                "deepened if the trade of the State was to hold its own",
                "against the railroads of the neighbouring States.");
        assertThat(p.articles()).singleElement()
                .satisfies(a -> assertThat(a.paragraphs()).contains("THE QUESTION OF THE CANALS."));
    }

    /** ArticleAssembler + EnAdvertRun.opensNotice: a heading over a notice is no crosshead of the report above. */
    @Test
    void aHeadingOverANoticeIsNotACrossheadOfTheTextAbove() {
        Proposal p = segment(
                "The report of the overseers was read and passed, and the",
                "vestry adjourned to the first Monday of the month.",
                "",
                "SALE OF FREEHOLD LAND",
                "To be SOLD by AUCTION, at the Angel Inn, on Friday next,",
                "Three Closes of excellent Meadow Land, in the occupation of",
                "John Hart, or his undertenants. For particulars apply to",
                "Mr. Dean, Solicitor, Market-street.");
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert");
        assertThat(String.join(" ", p.articles().get(0).paragraphs())).doesNotContain("Angel Inn");
    }

    /** OldEnglishHeads.opensRunIn: a paragraph opened by a run-in head is text, not the headline's deck. */
    @Test
    void aRunInHeadUnderTheHeadlineIsTextNotADeck() {
        Proposal p = segment(
                "POLICE.",
                "",
                "GUILDHALL.-Yesterday Patrick Doyle, a Stout Labourer",
                "was charged with stealing a pewter pot from the tap-room",
                "of the Red Lion, and was committed for trial.");
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.subheadline()).isNull();
            assertThat(a.paragraphs().get(0)).startsWith("GUILDHALL.");
        });
    }

    /** OldEnglishHeads.isRunningText: a line of running text between blank lines is no short headline. */
    @Test
    void aFullLineOfRunningTextBetweenBlankLinesIsNoHeadline() {
        Proposal p = segment(
                "DISTRESS IN THE POTTERIES.",
                "",
                "The distress among the workpeople of the district is very",
                "",
                "Great, and the relief committee met on Tuesday to consider",
                "",
                "Public subscriptions have been opened at the two banks and",
                "",
                "at the office of this paper, and they are coming in well.",
                "",
                "The committee will meet again on Friday at the Town Hall.");
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("DISTRESS IN THE POTTERIES.");
            assertThat(a.subheadline()).isNull();
            assertThat(a.paragraphs().get(0)).startsWith("The distress among the workpeople");
        });
    }

    /** OldEnglishHeads.isRunInLead: a name in capitals running on into the sentence below opens the text. */
    @Test
    void capitalsRunningOnIntoTheSentenceBelowAreTheTextsStart() {
        Proposal p = segment(
                "MOVEMENTS OF MINERS.",
                "THE DERBYSHIRE MINERS,",
                "who have been on strike for a month, held a meeting at",
                "Ilkeston on Monday, when it was resolved to go in at the",
                "reduction offered by the owners.");
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("MOVEMENTS OF MINERS.");
            assertThat(a.paragraphs().get(0)).startsWith("THE DERBYSHIRE MINERS, who have been");
        });
    }

    /** OldEnglishHeads.shortOpening: a court heading over a short introduction heads the cases below it. */
    @Test
    void aHeadingOverAShortIntroductionHeadsTheCasesBelowIt() {
        Proposal p = segment(
                "BOROUGH SESSIONS.—TUESDAY.",
                "These Sessions were opened this morning before the",
                "Recorder and a full bench of Magistrates.",
                "",
                "HIGHWAY ROBBERY.",
                "James Carter, aged twenty, was indicted for robbing a",
                "farmer on the Stoke road of his watch and purse, and was",
                "found Guilty, and sentenced to seven years' transportation.",
                "",
                "THE NEW CHURCH AT ASHFIELD.",
                "The foundation stone of the new church was laid on Monday",
                "by the Bishop, in the presence of a large congregation.");
        assertThat(p.articles()).extracting(ProposedArticle::headline)
                .containsExactly("BOROUGH SESSIONS.—TUESDAY.", "THE NEW CHURCH AT ASHFIELD.");
    }
}
