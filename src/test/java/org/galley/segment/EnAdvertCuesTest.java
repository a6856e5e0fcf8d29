package org.galley.segment;

import static org.galley.segment.EnglishPage.segment;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * EnAdvertRule's formulas of the small notices of the 1830s-1870s (legal notices, sales on the premises, new books,
 * trade cards with an address), each on an invented page between two reports; and EnAdvertRun's past-tense verbs of
 * a tale, which keep it out of the run of notices beside it.
 */
class EnAdvertCuesTest {

    private static final String[] BEFORE = {
            "THE NEW ORGAN.",
            "The new organ at the parish church was opened on Sunday, and the",
            "collections amounted to forty pounds."};
    private static final String[] AFTER = {
            "THE WEATHER.",
            "The frost broke up at last on Saturday, and the river was a foot",
            "higher by the evening, but no damage is reported."};

    private static String[] between(String... notice) {
        String[] out = new String[BEFORE.length + notice.length + AFTER.length];
        System.arraycopy(BEFORE, 0, out, 0, BEFORE.length);
        System.arraycopy(notice, 0, out, BEFORE.length, notice.length);
        System.arraycopy(AFTER, 0, out, BEFORE.length + notice.length, AFTER.length);
        return out;
    }

    @Test
    void aNoticeToCreditorsIsAnAdvert() {
        Proposal p = segment(between(
                "NOTICE TO CREDITORS.",
                "WHEREAS Samuel Platt, of Bolton, Grocer, hath assigned his Estate",
                "and Effects to Trustees for the benefit of his Creditors: Notice is",
                "hereby given, that all Persons indebted to the said Samuel Platt",
                "are desired to pay their Debts to Mr. Lowe, of Deansgate."));
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "news");
    }

    @Test
    void aSaleOnThePremisesIsAnAdvert() {
        Proposal p = segment(between(
                "HOUSEHOLD FURNITURE, CHAPEL-STREET.",
                "By Mr. WM. GREGSON,",
                "On MONDAY next, the 14th instant, at Eleven o'clock precisely,",
                "on the Premises, Chapel-street, the genteel Household Furniture",
                "of a Family leaving the town; comprising mahogany chairs and",
                "tables, feather beds, carpets, and kitchen requisites.",
                "The whole may be viewed on the morning of sale."));
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "news");
    }

    @Test
    void aNewBookPrintedForABooksellerIsAnAdvert() {
        Proposal p = segment(between(
                "A HISTORY OF THE COUNTY OF LANCASTER.",
                "Just published, in Two Volumes, with Plates, the Second Edition of",
                "this esteemed Work, revised throughout by the Author.",
                "Printed for J. Harding, in the Strand; and sold by the Booksellers",
                "of Manchester and Liverpool."));
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "news");
    }

    @Test
    void aTradeCardWithItsAddressIsAnAdvert() {
        Proposal p = segment(between(
                "NOTICE.",
                "JAMES WARD, HATTER and HOSIER, No. 14, HIGH-STREET,",
                "has removed his business to larger and more convenient",
                "rooms, three doors lower down the same side of the street."));
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "news");
    }

    /** A tale told in came, saw, told and went is no notice, though a sale stands beside it. */
    @Test
    void aTaleInThePastTenseBesideASaleStaysNews() {
        Proposal p = segment(
                "TO BE SOLD BY AUCTION,",
                "At the Crown, on Tuesday next, a Freehold Dwelling House,",
                "with the Garden. For further particulars apply to Mr. Lane.",
                "THE MILLER'S DAUGHTER.",
                "She came down to the mill-stream at dusk, and saw the boat drawn",
                "up among the reeds. Her father told her nothing of it, and she",
                "went home across the meadow, and never spoke of it again until",
                "the winter came, and the stranger with it.");
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("advert", "news");
    }

    /** "the said bankrupt" of a legal notice is no past-tense verb; "he said" is. */
    @Test
    void theSaidOfALegalNoticeIsNoPastTenseVerb() {
        assertThat(EnAdvertRun.count(java.util.List.of(
                "against the said John Ridge, of Preston, Draper, the said John Ridge is to surrender")).past())
                .isZero();
        assertThat(EnAdvertRun.count(java.util.List.of("The chairman said the meeting was adjourned.")).past())
                .isEqualTo(2);
    }

    @Test
    void aHouseToLetWithItsInquiryIsAnAdvert() {
        Proposal p = segment(between(
                "A GENTEEL HOUSE TO LET,",
                "Pleasantly situated near the Church, with a large Garden and a",
                "Coach-house; the Rent moderate. Enquire of Mr. Dale, at the",
                "Post-office, Bury."));
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "news");
    }

    @Test
    void aLostPurseWithItsRewardIsAnAdvert() {
        Proposal p = segment(between(
                "FIVE POUNDS REWARD.",
                "Lost, between the Market-place and the Station, a green Purse",
                "with three Sovereigns. Whoever brings it to the Bull Inn shall",
                "receive the above reward. Inquire at the Bar."));
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "news");
    }

    /** The paper's own heading over a column of notices makes the notices under it adverts, formulas or none. */
    @Test
    void noticesUnderTheHeadingAdvertisementsAreAdverts() {
        Proposal p = segment(
                "THE WEATHER.",
                "The frost broke up at last on Saturday, and the river was a foot",
                "higher by the evening, but no damage is reported.",
                "ADVERTISEMENTS.",
                "Mr. Holt's Musical Academy in King-street re-opens on the first",
                "of October for the winter season, and his quadrille evenings are",
                "held as usual on every Tuesday and Friday in the large room.",
                "THE ROYAL CIRCUS.",
                "Equestrian performances every evening this week, with the",
                "celebrated Clown from Astley's, and a new Pantomime.");
        assertThat(p.articles().get(0).kind()).isEqualTo("news");
        assertThat(p.articles().subList(1, p.articles().size())).isNotEmpty()
                .allMatch(a -> a.kind().equals("advert"));
    }

    @Test
    void aDrapersClearingSaleIsAnAdvert() {
        Proposal p = segment(between(
                "GREAT ANNUAL CLEARING SALE.",
                "Silks, Shawls, and Mantles of every description at reduced",
                "prices; Winceys from 6d. per yard, Kid Gloves 1s. per pair.",
                "NOTE THE ADDRESS—LONDON HOUSE, MARKET-PLACE, WALSALL."));
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "news");
    }

    /** A report under PARLIAMENT is not taken into the notices around it, its verbs in -ed uncounted. */
    @Test
    void aReportUnderAParliamentHeadingBetweenTwoNoticesStaysNews() {
        Proposal p = segment(
                "TO BE SOLD BY AUCTION,",
                "At the Crown, on Tuesday next, a Freehold Dwelling House,",
                "with the Garden. For further particulars apply to Mr. Lane.",
                "PARLIAMENT.",
                "HOUSE OF COMMONS.—THURSDAY.",
                "Mr. Hale moved the second reading of the Turnpike Trusts Bill,",
                "and Mr. Cross opposed it, because it swept away the trusts of",
                "every county without inquiry. The debate adjourned.",
                "WANTED,",
                "A steady Man-Servant, who can drive and wait at table.",
                "Apply to Mr. Hart, at the Grange, near Ashby.");
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("advert", "news", "advert");
    }

    /** The auctioneer's line, "By PETER BARON," with its comma, names no reporter: the sale stays an advert. */
    @Test
    void anAuctioneersLineWithItsCommaDoesNotSignTheSale() {
        Proposal p = segment(between(
                "VALUABLE OAK TIMBER.",
                "By PETER BARON,",
                "On THURSDAY next, the 13th instant, at Two o'clock precisely,",
                "at the Red Lion Inn, in Lymm, Eighty Oak Trees, numbered from",
                "1 to 80, now growing on Lands near the Church.",
                "The Timber may be viewed on application to the Woodman."));
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "news");
    }
}
