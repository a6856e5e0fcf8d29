package org.galley.segment;

import static org.galley.segment.EnglishPage.segment;
import static org.galley.segment.EnglishPage.headlines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, pattern 7, second round: what made the segmenter propose several articles for one on English pages of
 * the 1830s-1870s. Each test is a small invented page in the style of the British Library's OCR (blank lines between
 * blocks, capitals headings closed by a period) and fails with its rule switched off.
 */
class OldEnglishDebrisAndBriefsTest {

    private static List<String> furniture(Proposal p) {
        return p.furniture().stream().map(Furniture::text).toList();
    }

    /**
     * ColumnFragments.isDebris: a line in capitals over a word or two (the masthead's motto over a scrap of the
     * date, a sliver of the next column) is no article; its lines stay on the page as unassigned text.
     */
    @Test
    void aHeadingOverAFewCharactersOfDebrisIsNoArticleButKeepsItsLines() {
        Proposal p = segment(
                "THE FLOODS AT GLOUCESTER.",
                "The Severn rose four feet on Monday night, and the lower parts of the",
                "town were under water by the morning; the bridge was closed to carts.",
                "",
                "A WEEKLY RECORD OF POLITICS AND TRADE",
                "",
                "' Y 7. • (Regiatered for tranamiaaion) .",
                "",
                "FIRE AT HOVE.",
                "On Tuesday a fire broke out in the stables behind the Ship Inn, and two",
                "horses were lost before the engines came from Brighton.");
        assertThat(headlines(p)).containsExactly("THE FLOODS AT GLOUCESTER.", "FIRE AT HOVE.");
        assertThat(p.unassigned()).extracting(Unassigned::text)
                .contains("A WEEKLY RECORD OF POLITICS AND TRADE", "' Y 7. • (Regiatered for tranamiaaion) .");
    }

    /** The same short item on a page without blank lines (a modern text layer) stays an article. */
    @Test
    void aShortItemOnAPageWithoutBlankLinesStaysAnArticle() {
        Proposal p = segment("STRIKE ENDS.", "The men went back to work.");
        assertThat(headlines(p)).containsExactly("STRIKE ENDS.");
    }

    /** FurnitureRule.isMastheadNotice: price, founding year and postal registration of a masthead. */
    @Test
    void mastheadNoticesAreFurniture() {
        Proposal p = segment(
                "(REGISTERED FOR TRANSMISSION ABROAD.)",
                "",
                "PRICE ONE PENNY.",
                "",
                "ESTABLISHED 1812.",
                "",
                "PRICE 1d.",
                "",
                "THE FLOODS AT GLOUCESTER.",
                "The Severn rose four feet on Monday night, and the lower parts of the",
                "town were under water by the morning; the bridge was closed to carts.");
        assertThat(furniture(p)).containsExactly("(REGISTERED FOR TRANSMISSION ABROAD.)", "PRICE ONE PENNY.",
                "ESTABLISHED 1812.", "PRICE 1d.");
    }

    /** A heading on the price of bread and a bookseller's price are no masthead. */
    @Test
    void pricesInHeadingsAndAdvertisementsAreNoMasthead() {
        assertThat(FurnitureRule.isMastheadNotice("PRICE OF BREAD.")).isFalse();
        assertThat(FurnitureRule.isMastheadNotice("Price 3s. 6d.")).isFalse();
        assertThat(FurnitureRule.isMastheadNotice("PRICES OF STOCKS.")).isFalse();
        assertThat(FurnitureRule.isMastheadNotice("ESTABLISHED CHURCH DEFENCE ASSOCIATION.")).isFalse();
    }

    /**
     * SectionHeading: LOCAL alone names a section, and a heading in capitals over a short brief inside it stays in
     * the section (a library clips the column as one article); a long report under its own heading does not.
     */
    @Test
    void briefsUnderAOneWordSectionHeadingStayInTheSectionUntilALongReport() {
        List<String> lines = new ArrayList<>(List.of(
                "LOCAL.",
                "THE NEW MARKET.—The foundation stone of the new market was laid on",
                "Thursday by the Mayor, in the presence of a large concourse of people.",
                "A HIGHWAY ROBBERY.—On Saturday evening a farmer returning from the fair",
                "was stopped near the turnpike and robbed of eleven pounds.",
                "THE HOUNDS.",
                "The hounds of the hunt meet three times in the week, and the first",
                "meet is at the old inn near the bridge, each morning at ten.",
                "",
                "THE ELECTION FOR THE BOROUGH."));
        for (int i = 0; i < 8; i++) {
            lines.add("The nomination took place on Tuesday in front of the Town Hall, where a");
            lines.add("great crowd had gathered long before the candidates arrived at noon.");
        }
        Proposal p = segment(lines.toArray(String[]::new));
        assertThat(headlines(p)).containsExactly("LOCAL.", "THE ELECTION FOR THE BOROUGH.");
        assertThat(String.join(" ", p.articles().get(0).paragraphs())).contains("each morning at ten.");
    }

    /**
     * SectionHeading.items: a heading in capitals of two real words over run-in briefs set in one block (the OCR
     * left no blank line between them) opens a section of its own, even when its section word is misread
     * ({@code INTELLIGENOE}); it is no brief head of the section before it. Found on an 1864 page never seen before.
     */
    @Test
    void aMisreadSectionHeadingOverRunInBriefsOpensItsOwnSection() {
        Proposal p = segment(
                "LOCAL NEWS.",
                "THE NEW MARKET.—The foundation stone of the new market was laid on",
                "Thursday by the Mayor, in the presence of a large concourse of people.",
                "A HIGHWAY ROBBERY.—On Saturday evening a farmer returning from the fair",
                "was stopped near the turnpike and robbed of eleven pounds.",
                "",
                "COUNTY INTELLIGENOE.",
                "HAILSHAM.—The annual cattle show was held on Wednesday in the field",
                "behind the Crown, and the entries were more numerous than last year.",
                "LEWES.—At the petty sessions on Monday two labourers were charged with",
                "poaching on the estate of Lord Gage, and were fined ten shillings each.");
        assertThat(headlines(p)).containsExactly("LOCAL NEWS.", "COUNTY INTELLIGENOE.");
        // the first brief's place may be read as the dateline; both briefs belong to the county section
        assertThat(String.join(" ", p.articles().get(1).paragraphs())).contains("annual cattle show", "LEWES.");
        assertThat(String.join(" ", p.articles().get(0).paragraphs())).doesNotContain("cattle show");
    }

    /**
     * SectionHeading.isBriefHead: a short letter to the editor under its own heading after a section of briefs is
     * a letter, not the section's next brief; a heading over a list of prices is an advertisement. Both found on
     * a second blind set (an 1874 and a 1912 page).
     */
    @Test
    void aLetterOrAPriceListAfterASectionOfBriefsIsNoBriefOfIt() {
        Proposal p = segment(
                "DISTRICT NEWS.",
                "DARLASTON.—The new schools were opened on Monday by the Vicar, in the",
                "presence of a large number of the parents of the children.",
                "BILSTON.—A man named Cox was sent to gaol for fourteen days for being",
                "drunk and incapable in Church-street on Saturday night.",
                "",
                "THE STATE OF THE ROADS.",
                "TO THE EDITOR.",
                "SIR,—Will you allow me to ask whether the Local Board intend to",
                "do anything towards mending the road to the railway station?",
                "At present it is a danger to every cart that uses it.—Yours, &c.,",
                "A RATEPAYER.",
                "",
                "NEWS OF THE COURTS.",
                "Judge Grimm yesterday granted a divorce to Mrs. Anna Voss from",
                "Frederick Voss, a saloon keeper, on the ground of cruelty.",
                "The suit of the city against the railway for $212,000 in taxes",
                "was continued until Nov. 12.",
                "",
                "HARLOW & CO.",
                "Main, Market and Church Streets.",
                "Women's Fall Suits of Serge and",
                "Cheviot, $19.75—Values to $30.",
                "Men's Derby Hats, $1.95.");
        assertThat(headlines(p)).startsWith("DISTRICT NEWS.", "THE STATE OF THE ROADS.", "NEWS OF THE COURTS.");
        assertThat(p.articles().get(2).paragraphs()).noneMatch(t -> t.contains("Derby Hats"))
                .anyMatch(t -> t.contains("was continued until Nov. 12.")); // a sentence, not a jump line
    }

    /**
     * OldEnglishHeads.opensCapsRunIn: a line in capitals whose run-in head is closed by a dash and goes on in lower
     * case is the start of a paragraph (the next brief of the column), not a headline opening an article.
     */
    @Test
    void aRunInHeadInCapitalsWithTextAfterItsDashIsNoHeadline() {
        Proposal p = segment(
                "THE FLOODS AT GLOUCESTER.",
                "The Severn rose four feet on Monday night, and the lower parts of the",
                "town were under water by the morning; the bridge was closed to carts.",
                "CAUTION TO MASTERS OF STEAM VESSELS,--Captain Jones.",
                "Hayes, of the packet Dolphin, was fined fifty shillings and costs for",
                "keeping the vessel at the pier longer than twenty minutes.");
        assertThat(headlines(p)).containsExactly("THE FLOODS AT GLOUCESTER.");
        assertThat(String.join(" ", p.articles().get(0).paragraphs())).contains("CAUTION TO MASTERS");
        assertThat(OldEnglishHeads.opensCapsRunIn("FIRE AT HOVE.—On Tuesday a fire broke out")).isTrue();
    }

    /** A two-part heading (the court and its day) has no running text after its dash: it stays a heading. */
    @Test
    void aTwoPartHeadingIsNoRunIn() {
        assertThat(OldEnglishHeads.opensCapsRunIn("LONDON SESSIONS.—MONDAY.")).isFalse();
        assertThat(OldEnglishHeads.opensCapsRunIn("MIDDLESEX SESSIONS.—This Day.")).isFalse();
        assertThat(OldEnglishHeads.opensCapsRunIn("THE MINERS' STRIKE.-CANNOCK CHASE DISTRICT.")).isFalse();
    }

    /**
     * A section of run-in briefs ends at a heading in capitals over a report of its own (a poem, an accident of ten
     * lines); the first brief keeps its run-in head in the text like the others instead of giving it as the
     * article's dateline. Found on a blind page in the style of a Sussex weekly of 1872.
     */
    @Test
    void aSectionOfRunInBriefsEndsAtALongReportUnderItsOwnHeading() {
        List<String> lines = new ArrayList<>(List.of(
                "ACCIDENTS AND OFFENCES.",
                "RUNAWAY HORSE.—On Monday afternoon a horse attached to a cart took",
                "fright in the High-street. The driver escaped with a few bruises.",
                "STEALING POTATOES.—At the Town Hall, on Saturday, a labourer was",
                "sentenced to fourteen days' hard labour.",
                "NARROW ESCAPE FROM DROWNING."));
        for (int i = 0; i < 4; i++) {
            lines.add("On Sunday evening, as a little boy was playing on the bank of the Ouse,");
            lines.add("he overbalanced himself and fell into the river, which ran strongly.");
        }
        Proposal p = segment(lines.toArray(String[]::new));
        assertThat(headlines(p)).containsExactly("ACCIDENTS AND OFFENCES.", "NARROW ESCAPE FROM DROWNING.");
        assertThat(p.articles().get(0).dateline()).isNull();
        assertThat(p.articles().get(0).paragraphs().get(0)).startsWith("RUNAWAY HORSE.—On Monday");
    }

    /** Run-in places set in small capitals come out of the OCR in title case ({@code Towcester.—The annual…}). */
    @Test
    void runInPlacesReadInTitleCaseMakeASectionOfRunInBriefs() {
        List<String> lines = new ArrayList<>(List.of(
                "DISTRICT NEWS.",
                "Towcester.—The annual vestry meeting for the election of churchwardens",
                "was held on Tuesday, when the old officers were re-elected.",
                "Daventry.—The new gas works were opened on Thursday with a dinner.",
                "FATAL ACCIDENT AT A QUARRY."));
        for (int i = 0; i < 4; i++) {
            lines.add("On Friday afternoon a man named John Pell, aged 42, was at work in a");
            lines.add("quarry near the town when a mass of stone fell upon him from above.");
        }
        Proposal p = segment(lines.toArray(String[]::new));
        assertThat(headlines(p)).containsExactly("DISTRICT NEWS.", "FATAL ACCIDENT AT A QUARRY.");
    }
}
