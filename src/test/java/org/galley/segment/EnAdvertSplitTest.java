package org.galley.segment;

import static org.galley.segment.EnglishPage.segment;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * EnAdvertSplit: a small notice set between two reports without a heading of its own is cut out of the draft, so
 * that the report after it (past tense, a day, a place) is not labelled advert with it, nor the report before it.
 * Invented pages in the style of the 1830s-1870s.
 */
class EnAdvertSplitTest {

    @Test
    void aReportAfterAWantedNoticeWithNoHeadingBetweenIsNews() {
        Proposal p = segment(
                "THE NEW ORGAN.",
                "The new organ at the parish church was opened on Sunday, and the",
                "collections amounted to forty pounds.",
                "WANTED,",
                "A steady Man-Servant, who can drive and wait at table.",
                "Apply to Mr. Hart, at the Grange, near Ashby.",
                "On Tuesday last an inquest was held at the Bell, Ashby, before",
                "Mr. Coroner Wood, on the body of Thomas Kemp, a labourer, who was",
                "killed by the fall of a tree in Ashby Wood on Saturday. The jury",
                "returned a verdict of accidental death.",
                "THE WEATHER.",
                "The frost broke up at last on Saturday, and the river was a foot",
                "higher by the evening, but no damage is reported.");
        assertThat(p.articles()).extracting(ProposedArticle::kind)
                .containsExactly("news", "advert", "news", "news");
        assertThat(p.articles().get(2).paragraphs().get(0)).startsWith("On Tuesday last an inquest");
        assertThat(p.articles().get(1).paragraphs()).noneMatch(t -> t.contains("inquest"));
    }

    /** With blank lines between the blocks the notice's heading is read as a crosshead: the whole run was one draft. */
    @Test
    void aNoticeInsideOneDraftBetweenTwoReportsIsCutOutAndKeepsItsHeading() {
        Proposal p = segment(
                "THE NEW ORGAN.",
                "The new organ at the parish church was opened on Sunday, and the",
                "collections amounted to forty pounds.",
                "",
                "WANTED,",
                "A steady Man-Servant, who can drive and wait at table.",
                "Apply to Mr. Hart, at the Grange, near Ashby.",
                "",
                "On Tuesday last an inquest was held at the Bell, Ashby, before",
                "Mr. Coroner Wood, on the body of Thomas Kemp, a labourer, who was",
                "killed by the fall of a tree in Ashby Wood on Saturday. The jury",
                "returned a verdict of accidental death.");
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "news");
        assertThat(p.articles()).extracting(ProposedArticle::headline)
                .containsExactly("THE NEW ORGAN.", "WANTED,", null);
    }

    /** A remedy's testimonial tells a story too, but between two parts of the notice it stays in the advert. */
    @Test
    void aTestimonialBetweenTwoPartsOfARemedyNoticeStaysInTheAdvert() {
        Proposal p = segment(
                "DR. HALLAM'S COUGH PILLS.",
                "These celebrated Pills are respectfully recommended to the Nobility",
                "and Gentry as the surest remedy for coughs and colds.",
                "Sir,—I was troubled with a cough for three winters, and had tried",
                "every remedy in vain, when on Monday I was advised to take your",
                "Pills; in a week I was quite well.",
                "Sold by all Chemists, in Boxes, Price 1s. 1 1/2d. each.",
                "Apply to the Proprietor, No. 14, High-street, Leeds.");
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("advert");
    }
}
