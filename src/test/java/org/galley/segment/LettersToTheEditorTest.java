package org.galley.segment;

import static org.galley.segment.EnglishPage.headlines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, English 1800s: letters to the editor ({@link EnLetterRule}). Invented pages in the style of a local
 * weekly of the 1870s (blocks separated by blank lines, mild OCR noise): the signature closes the letter as its
 * byline, the place and date under it are the letter's last lines, the salutation is text, the address under a
 * subject heading is no second headline, and a letter beside small adverts is no advert.
 */
class LettersToTheEditorTest {

    private static Proposal segment(String page) {
        return Segmenter.segmentStrict(page, "en");
    }

    private static ProposedArticle headed(Proposal p, String headline) {
        return p.articles().stream().filter(a -> headline.equals(a.headline())).findFirst().orElseThrow(
                () -> new AssertionError("no article headed " + headline + " in " + headlines(p)));
    }

    private static String last(List<String> paragraphs) {
        return paragraphs.get(paragraphs.size() - 1);
    }

    private static final String SEWAGE = """
            THE SEWAGE OF THE TOWN.

            TO THE EDITOR OF THE WESTBOURNE HERALD.

            SIR,—Will you allow me, through the medium of your
            columns, to call the attention of the Town Council to the
            state of the outfall at the bottom of Church-street? For
            some weeks past the stench has been intolerable, and the
            inhabitants of the lower part of the town have complained
            in vain. I would ask whether the Board intend to wait for
            an outbreak of fever before they move in the matter.
            I am, Sir, yours obediently,

            AN OLD INHABITANT.

            Western-road, April 29th, 1878.

            """;

    private static final String POLICE = """
            POLICE INTELLIGENCE.

            TUESDAY.—Before the Mayor and Mr. Grey.
            John Parsons, a labourer, was charged with being drunk and
            disorderly in North-street on Saturday night. He was fined
            five shillings and costs, or seven days.
            """;

    /** Pattern 1: the signature in capitals is the letter's byline, not the headline of the piece after it. */
    @Test
    void aSignatureInCapitalsClosesTheLetterAsItsByline() {
        Proposal p = segment(SEWAGE + POLICE);
        assertThat(headlines(p)).containsExactly("THE SEWAGE OF THE TOWN.", "POLICE INTELLIGENCE.");
        ProposedArticle letter = headed(p, "THE SEWAGE OF THE TOWN.");
        assertThat(letter.byline().reporters()).containsExactly("AN OLD INHABITANT");
        assertThat(headed(p, "POLICE INTELLIGENCE.").byline().reporters()).isEmpty();
    }

    /** Pattern 1: the place and date under the signature are the letter's last lines, not an article of their own. */
    @Test
    void thePlaceAndDateUnderTheSignatureEndTheLetter() {
        Proposal p = segment(SEWAGE + POLICE);
        ProposedArticle letter = headed(p, "THE SEWAGE OF THE TOWN.");
        assertThat(last(letter.paragraphs())).isEqualTo("Western-road, April 29th, 1878.");
        assertThat(p.articles()).hasSize(2);
        assertThat(p.unassigned()).isEmpty();
    }

    /** Pattern 1: "Yours obediently," on its line, then initials and a surname, signs the letter. */
    @Test
    void aCloseThenInitialsAndASurnameSignTheLetter() {
        Proposal p = segment("""
                THE CLOSING OF THE PARK GATES.

                TO THE EDITOR OF THE WESTBOURNE HERALD.

                SIR,—I beg to protest against the closing of the park gates
                at sunset during the summer months. The working men of
                the town have no other time to walk there, and I think it
                hard that they should be shut out of a park which their
                rates help to keep up. Hoping you will find room for this
                letter in your next impression,
                Yours obediently,

                J. W. HOLLAND.

                King's-road, May 1st, 1878.

                THE REGATTA.

                The regatta committee met on Monday evening at the Ship
                Hotel, and agreed that the races should be sailed on the
                second Wednesday in August, as in former years.
                """);
        assertThat(headlines(p)).containsExactly("THE CLOSING OF THE PARK GATES.", "THE REGATTA.");
        ProposedArticle letter = headed(p, "THE CLOSING OF THE PARK GATES.");
        assertThat(letter.byline().reporters()).containsExactly("J. W. HOLLAND");
        assertThat(last(letter.paragraphs())).isEqualTo("King's-road, May 1st, 1878.");
    }

    /**
     * Pattern 1: a name in capitals straight under the text, with an office after it and the place and date below,
     * signs the letter though no complimentary close stands above it.
     */
    @Test
    void aSignatureWithItsOfficeAndDateButNoCloseSignsTheLetter() {
        Proposal p = segment("""
                THE COLLIERS' FUND.

                To the Editor of the " Herald."
                SIR,—The committee have requested me to send you the
                following account of the money paid to the men out of
                work, namely, £212 in the first fortnight and £190 in the
                second. We leave the public to judge whether the men have
                been well supported.
                THOMAS ARKWRIGHT, Secretary.
                Chapel-terrace, Hill Top, April 29, 1874.

                THE WEATHER AND THE CROPS.

                The rain of the last few days has done much good to the
                young wheat, and the farmers speak hopefully of the
                coming harvest in this part of the county.
                """);
        assertThat(headlines(p)).containsExactly("THE COLLIERS' FUND.", "THE WEATHER AND THE CROPS.");
        ProposedArticle letter = headed(p, "THE COLLIERS' FUND.");
        assertThat(letter.byline().reporters()).containsExactly("THOMAS ARKWRIGHT");
        assertThat(last(letter.paragraphs())).isEqualTo("Chapel-terrace, Hill Top, April 29, 1874.");
        // the address is a paragraph of its own though no blank line parts it from the salutation
        assertThat(letter.paragraphs().get(0)).isEqualTo("To the Editor of the \" Herald.\"");
    }

    /**
     * Pattern 1: the place and date end the letter even when the next item follows with no heading of its own: the
     * item's text is not taken into the letter.
     */
    @Test
    void theNextItemWithoutAHeadingIsNotTakenIntoTheLetter() {
        Proposal p = segment(SEWAGE + """
                A meeting of the Board of Guardians was held on Thursday,
                when the master reported that there were 212 inmates in the
                house, being eleven more than at the same time last year.
                """);
        ProposedArticle letter = headed(p, "THE SEWAGE OF THE TOWN.");
        assertThat(last(letter.paragraphs())).isEqualTo("Western-road, April 29th, 1878.");
        assertThat(p.articles()).hasSize(2);
        assertThat(p.articles().get(1).paragraphs().get(0)).startsWith("A meeting of the Board of Guardians");
    }

    /**
     * Pattern 1: a letter closed with no signature, only the place and date (the year without its period), ends
     * there; the report after it, with no heading, is not taken into it.
     */
    @Test
    void theCloseAndThePlaceAndDateEndALetterWithoutASignature() {
        Proposal p = segment("""
                THE MINERS AT BURNLEY.

                To the Editor of the " Herald."

                SIR,—Will you permit me to acknowledge, through your paper,
                the receipt of moneys towards the support of the men who
                have now been locked out near eleven months?
                Yours truly,

                Burnley, April 20th, 1874

                A meeting was held in the Wesleyan Chapel on Tuesday
                evening to consider the advantages to be gained by electing
                the Liberal candidates, two of whom addressed the meeting.
                """);
        assertThat(p.articles()).hasSize(2);
        ProposedArticle letter = headed(p, "THE MINERS AT BURNLEY.");
        assertThat(last(letter.paragraphs())).isEqualTo("Burnley, April 20th, 1874");
        assertThat(p.articles().get(1).paragraphs().get(0)).startsWith("A meeting was held in the Wesleyan Chapel");
    }

    /** Pattern 1: two signers, the second with the office: the first is the byline, the second stays the letter's. */
    @Test
    void aSecondSignerStaysInTheLetterAndHeadsNothing() {
        Proposal p = segment("""
                THE CHURCH RATE.

                SIR,—We beg to inform the parishioners that the rate will be
                collected at the vestry on Monday next, from ten to four.
                We are, Sir, your obedient servants,

                JOHN SMITH,
                THOMAS BROWN, Churchwardens.

                """ + POLICE);
        assertThat(headlines(p)).containsExactly("THE CHURCH RATE.", "POLICE INTELLIGENCE.");
        ProposedArticle letter = headed(p, "THE CHURCH RATE.");
        assertThat(letter.byline().reporters()).containsExactly("JOHN SMITH");
        assertThat(last(letter.paragraphs())).isEqualTo("THOMAS BROWN, Churchwardens.");
    }

    /** Pattern 2: "SIR,—" is the salutation, text of the letter, and no dateline. */
    @Test
    void theSalutationStaysInTheLettersText() {
        ProposedArticle letter = headed(segment(SEWAGE + POLICE), "THE SEWAGE OF THE TOWN.");
        assertThat(letter.dateline()).isNull();
        assertThat(letter.paragraphs()).anyMatch(para -> para.startsWith("SIR,—Will you allow me, through"));
    }

    /** Pattern 2, with the OCR's hyphen for the dash and a "DEAR SIR": still the letter's text. */
    @Test
    void aDearSirWithAHyphenForTheDashStaysInTheText() {
        Proposal p = segment("""
                THE NEW CEMETERY.

                DEAR SIR,-Permit me to ask why the new cemetery is still
                without a chapel, though the money was voted a year ago.
                A PARISHIONER.

                """ + POLICE);
        ProposedArticle letter = headed(p, "THE NEW CEMETERY.");
        assertThat(letter.dateline()).isNull();
        assertThat(letter.paragraphs().get(0)).startsWith("DEAR SIR,-Permit me");
        assertThat(letter.byline().reporters()).containsExactly("A PARISHIONER");
    }

    /**
     * Pattern 3: letters under CORRESPONDENCE, each under its subject: one article each, headed by its subject;
     * the address is the letter's first line, no second headline; a letter under its address alone takes the
     * address as its headline.
     */
    @Test
    void eachLetterUnderCorrespondenceIsOneArticleHeadedByItsSubject() {
        Proposal p = segment("""
                CORRESPONDENCE.

                We do not hold ourselves responsible for the opinions
                expressed by our correspondents.

                """ + SEWAGE + """
                TO THE EDITOR OF THE WESTBOURNE HERALD.

                SIR,—In your report of the vestry meeting last week I am
                made to say that the new rate was unnecessary. What I said
                was that the rate might have been avoided had the old
                committee kept their accounts in proper order. Trusting to
                your sense of fairness to insert this correction,
                I am, Sir, your obedient servant,

                A RATEPAYER.

                """ + POLICE);
        assertThat(headlines(p)).containsExactly("CORRESPONDENCE.", "THE SEWAGE OF THE TOWN.",
                "TO THE EDITOR OF THE WESTBOURNE HERALD.", "POLICE INTELLIGENCE.");
        ProposedArticle sewage = headed(p, "THE SEWAGE OF THE TOWN.");
        assertThat(sewage.subheadline()).isNull();
        assertThat(sewage.kicker()).isNull();
        assertThat(sewage.paragraphs().get(0)).isEqualTo("TO THE EDITOR OF THE WESTBOURNE HERALD.");
        assertThat(headed(p, "TO THE EDITOR OF THE WESTBOURNE HERALD.").byline().reporters())
                .containsExactly("A RATEPAYER");
    }

    /**
     * Pattern 3: an address partly in lower case by the OCR, straight under the text of the item above, still opens
     * the letter (it is never a crosshead of that item).
     */
    @Test
    void anAddressUnderTheTextAboveOpensANewLetter() {
        Proposal p = segment("""
                THE TURNPIKE TRUST.
                The trustees met on Friday and resolved to let the tolls
                for another year at the same rent as before, the lessee
                having paid punctually throughout the year.
                TO THE EDITOR of the Westbourne Herald:
                SIR—As the term "economy" is much misused by the
                members of our Board, I will, with your permission,
                trouble you with a few remarks upon the subject of the
                new sea-wall and the manner of its building.
                Your obedient servant,
                VERITAS.
                """);
        assertThat(headlines(p)).containsExactly("THE TURNPIKE TRUST.", "TO THE EDITOR of the Westbourne Herald:");
        assertThat(headed(p, "TO THE EDITOR of the Westbourne Herald:").byline().reporters())
                .containsExactly("VERITAS");
    }

    /**
     * Pattern 3: the paper's name pushed onto a line of its own is part of the address: no article is headed by it,
     * and a title-case signature after the close signs the letter.
     */
    @Test
    void anAddressBrokenOverTwoLinesIsOneAddress() {
        Proposal p = segment("""
                THE BATHING MACHINES.

                TO THE EDITOR OF THE WESTBOURNE
                HERALD.

                SIR,—May I ask, through your paper, why the bathing
                machines for ladies are placed so close to those for
                gentlemen? I hope the Commissioners will see to it.
                Yours, &c.,

                PATERFAMILIAS.

                TO THE EDITOR OF THE WESTBOURNE
                HERALD.

                SIR,—Allow me to thank the anonymous donor who sent five
                pounds to the Dispensary last week.
                I am, Sir, yours faithfully,
                Thomas Wright.

                """ + POLICE);
        assertThat(headlines(p)).containsExactly("THE BATHING MACHINES.", "TO THE EDITOR OF THE WESTBOURNE HERALD.",
                "POLICE INTELLIGENCE.");
        assertThat(headed(p, "THE BATHING MACHINES.").paragraphs().get(0))
                .isEqualTo("TO THE EDITOR OF THE WESTBOURNE HERALD.");
        assertThat(headed(p, "THE BATHING MACHINES.").byline().reporters()).containsExactly("PATERFAMILIAS");
        assertThat(headed(p, "TO THE EDITOR OF THE WESTBOURNE HERALD.").byline().reporters())
                .containsExactly("Thomas Wright");
    }

    /**
     * Pattern 4: a letter without a signature between small adverts is news: its salutation says it is a letter
     * (the hook in {@link EnAdvertRun}).
     */
    @Test
    void anUnsignedLetterBetweenSmallAdvertsIsNotAnAdvert() {
        Proposal p = segment("""
                TO LET,
                A commodious House in Marine-parade, with stabling and
                coach-house. Apply to Mr. Finch, Auctioneer, Ship-street.

                TO THE EDITOR OF THE WESTBOURNE HERALD.

                SIR,—I beg leave, through your journal, to call the notice of
                the proprietors of the omnibuses to the manner in which
                their drivers race along the King's-road every evening,
                to the danger of all who walk there with their children.

                MONEY ADVANCED,
                On furniture and other security, at the lowest rate of
                interest. Apply at the office, 3, Bond-street.
                """);
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("advert", "news", "advert");
        assertThat(p.articles().get(1).headline()).isEqualTo("TO THE EDITOR OF THE WESTBOURNE HERALD.");
        assertThat(p.articles().get(1).dateline()).isNull();
        assertThat(p.articles().get(1).paragraphs().get(0)).startsWith("SIR,—I beg leave, through your journal");
    }

    /** Pattern 4: the signed letter between the same adverts is news too, signed by its writer. */
    @Test
    void aSignedLetterBetweenSmallAdvertsIsNewsWithItsWriter() {
        Proposal p = segment("""
                TO LET,
                A commodious House in Marine-parade, with stabling and
                coach-house. Apply to Mr. Finch, Auctioneer, Ship-street.

                TO THE EDITOR OF THE WESTBOURNE HERALD.

                SIR,—I beg leave, through your journal, to call the notice of
                the proprietors of the omnibuses to the manner in which
                their drivers race along the King's-road every evening.
                I am, Sir, yours respectfully,

                A LOOKER-ON.

                MONEY ADVANCED,
                On furniture and other security, at the lowest rate of
                interest. Apply at the office, 3, Bond-street.
                """);
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("advert", "news", "advert");
        assertThat(p.articles().get(1).byline().reporters()).containsExactly("A LOOKER-ON");
    }

    /**
     * Guard: a report that quotes a letter goes on after the letter's signature; the quoted letter does not end it
     * (its salutation follows an introduction, not a heading or a finished paragraph).
     */
    @Test
    void aLetterQuotedInAReportDoesNotEndTheReport() {
        Proposal p = segment("""
                THE WATER SUPPLY.

                At the meeting of the Board on Monday the clerk read the
                following letter from the Company's engineer:—
                SIR,—I am directed to inform you that the new main will be
                laid along the Marine-parade in the course of the month.
                I am, Sir, yours obediently,
                HENRY LAWSON.
                The letter was referred to the works committee, and the
                Board adjourned until Monday next.
                """);
        assertThat(p.articles()).hasSize(1);
        assertThat(p.articles().get(0).headline()).isEqualTo("THE WATER SUPPLY.");
        assertThat(last(p.articles().get(0).paragraphs())).endsWith("the Board adjourned until Monday next.");
    }

    /**
     * Guard: "SIR," alone on its line heads the official letters a Gazette prints one under another; their
     * signatures do not cut the extract into pieces.
     */
    @Test
    void aGazettesLettersUnderSirAloneAreNotCutAtTheirSignatures() {
        Proposal p = segment("""
                FROM THE LONDON GAZETTE.
                Admiralty-Office, March 8, 1800.
                Copy of a letter from Captain Frazer, of the Nymphe,
                to Evan Nepean, Esq. dated the 4th instant.
                SIR,
                I have the honour to acquaint you that I brought into
                Plymouth this morning a French letter of marque, which
                I captured on the 24th of February last.
                I have the honour to be, Sir, your obedient servant,
                PERCY FRAZER.
                Copy of a letter from Captain Hardy, of the Ruby, to
                Evan Nepean, Esq. dated at sea the 2d instant.
                SIR,
                I beg leave to acquaint you that I have this day taken a
                French privateer of fourteen guns and sixty men.
                I have the honour to be, Sir, your obedient servant,
                THOMAS HARDY.
                """);
        assertThat(p.articles()).hasSize(1);
        assertThat(p.articles().get(0).paragraphs()).anyMatch(para -> para.contains("French privateer"));
    }
}
