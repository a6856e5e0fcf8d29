package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.galley.segment.EnglishPage.headlines;
import static org.galley.segment.EnglishPage.segment;

import org.junit.jupiter.api.Test;

/**
 * Issue 11, pattern 7: a commercial paper's reports of the day's trade (the money article, a market, a corn
 * exchange, prices current) are articles of their own, under headings that may hold a section's word (CITY NEWS,
 * SHIP NEWS). Invented page in the style of an 1840s shipping gazette.
 */
class MarketReportsTest {

    private static final String[] PAGE = {
        "MONEY MARKET AND CITY NEWS.",
        "Consols were steady on Friday at 91 for money, and the",
        "foreign stocks were little dealt in. Money was abundant",
        "at 3 per cent. in the discount houses.",
        "",
        "BRISTOL SUGAR MARKET.",
        "TUESDAY.",
        "The market was quiet, and the sales of the day did not",
        "exceed 400 hogsheads at the prices of last week.",
        "",
        "SHIP NEWS.",
        "SAILED.",
        "May 3.—Wind N.E., light.",
        "Ann Tolley, Briggs, for Oporto, with hardware.",
        "Hope, Lewin, for Cork, with coals.",
        "",
        "PRICES CURRENT.",
        "Tea, Congou, common, lb. ...... 1s 2d to 1s 4d",
        "Pepper, black, lb. ............ 0s 5d to 0s 6d",
        "Indigo, Bengal, lb. ........... 4s 9d to 6s 0d",
        "",
        "TO BE SOLD BY AUCTION,",
        "At the Commercial Rooms, on Friday next, at One o'clock,",
        "the fine schooner DOVE, 90 tons register. Apply to the",
        "Brokers, No. 4, Quay-street, or to the Master on board."};

    @Test
    void aMoneyArticleHeadedCityNewsIsNoSectionOfBriefs() {
        assertThat(headlines(segment(PAGE))).containsSubsequence("MONEY MARKET AND CITY NEWS.",
                "BRISTOL SUGAR MARKET.", "SHIP NEWS.");
    }

    @Test
    void aSectionHeadingWithADeckUnderItIsNoBriefOfTheSectionAbove() {
        Proposal p = segment(PAGE);
        assertThat(p.articles()).filteredOn(a -> "SHIP NEWS.".equals(a.headline())).singleElement()
                .satisfies(a -> assertThat(String.join(" ", a.paragraphs())).contains("Ann Tolley"));
    }

    @Test
    void pricesCurrentBesideASaleNoticeIsNewsNotTakenIntoTheRunOfAdverts() {
        Proposal p = segment(PAGE);
        assertThat(p.articles()).extracting(ProposedArticle::headline, ProposedArticle::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("PRICES CURRENT.", "news"));
    }
}
