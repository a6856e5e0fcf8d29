package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per English rule, on small made-up pages. */
class EnglishRulesTest {

    private static LineJoiner joiner(String... pageLines) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < pageLines.length; i++) {
            lines.add(new Line(i + 1, pageLines[i], 0, 0));
        }
        return new LineJoiner(false, Vocabulary.of(lines));
    }

    @Test
    void latinLinesJoinWithOneSpace() {
        assertThat(joiner().join(List.of("The council met", "on Tuesday."))).isEqualTo("The council met on Tuesday.");
    }

    @Test
    void hyphenatedLineEndIsRejoinedWhenTheWordIsAttested() {
        assertThat(joiner().join(List.of("more informa-", "tion was given"))).isEqualTo("more information was given");
        // two words whose join is unattested: a compound as likely as a broken word, the hyphen is kept
        assertThat(joiner().join(List.of("the brick-", "kiln was cold"))).isEqualTo("the brick-kiln was cold");
    }

    /**
     * Old OCR misreads letters, so a broken word is often unattested whole (gentle- / rnan); when its halves are not
     * both words and the line goes on in lower case, the hyphen is the column's, not the word's.
     */
    @Test
    void hyphenatedLineEndOfAnUnattestedWordIsRejoinedWhenItsHalvesAreNotBothWords() {
        assertThat(joiner().join(List.of("the gentle-", "rnan said"))).isEqualTo("the gentlernan said");
        assertThat(joiner().join(List.of("a cotton-manu-", "facturer of Bolton")))
                .isEqualTo("a cotton-manufacturer of Bolton");
        assertThat(joiner().join(List.of("Mr. Zorbo-", "Plex spoke"))).isEqualTo("Mr. Zorbo-Plex spoke");
    }

    @Test
    void realHyphensAreKept() {
        assertThat(joiner().join(List.of("the port of New-", "York was busy"))).isEqualTo("the port of New-York was busy");
        assertThat(joiner().join(List.of("trains to Long-", "Island ran"))).isEqualTo("trains to Long-Island ran");
        // a compound the page spells elsewhere keeps its hyphen
        assertThat(joiner("it will rain to-day in town").join(List.of("not to-", "day at all")))
                .isEqualTo("not to-day at all");
    }

    @Test
    void droppedHyphenIsRejoinedOnlyWhenTheJoinedWordIsAttested() {
        assertThat(joiner().join(List.of("craft in the Har", "bor today"))).isEqualTo("craft in the Harbor today");
        assertThat(joiner().join(List.of("owned by indepen", "dent companies"))).isEqualTo("owned by independent companies");
        // two words that make no word stay apart; two words that make one stay apart unless the page writes it
        assertThat(joiner().join(List.of("we saw the", "rest of it"))).isEqualTo("we saw the rest of it");
        assertThat(joiner().join(List.of("the rail", "roads were idle"))).isEqualTo("the rail roads were idle");
        assertThat(joiner("all the railroads agreed").join(List.of("the rail", "roads were idle")))
                .isEqualTo("the railroads were idle");
        // a capital starts a name or a sentence
        assertThat(joiner().join(List.of("met with Har", "Bor"))).isEqualTo("met with Har Bor");
    }

    @Test
    void bylineByName() {
        assertThat(LatinBylineRule.parse("By JOHN SMITH").reporters).containsExactly("JOHN SMITH");
        assertThat(LatinBylineRule.parse("By Jane Doe and Richard Roe").reporters).containsExactly("Jane Doe", "Richard Roe");
        assertThat(LatinBylineRule.parse("By MARY JONES, Staff Writer").reporters).containsExactly("MARY JONES");
        assertThat(LatinBylineRule.parse("Photographs by Ann Lee").photographers).containsExactly("Ann Lee");
        assertThat(LatinBylineRule.parse("By the middle of summer the papers will")).isNull();
        assertThat(LatinBylineRule.parse("By Telegraph to The Tribune")).isNull();
        assertThat(LatinBylineRule.parse("I. W. F.").reporters).containsExactly("I. W. F.");
    }

    @Test
    void serviceCreditsAreCreditsNotText() {
        assertThat(CreditRule.isCredit("Special to The Tribune")).isTrue();
        assertThat(CreditRule.isCredit("[BY TELEGRAPH TO THE TRIBUNE.]")).isTrue();
        assertThat(CreditRule.isCredit("(Copyright: 1903: By The Tribune Association.)")).isTrue();
        assertThat(CreditRule.isCredit("The special committee met to discuss")).isFalse();
    }

    @Test
    void datelines() {
        Dateline d = LatinDatelineRule.split("WASHINGTON, April 30.—The Senate voted today");
        assertThat(d.dateline()).isEqualTo("WASHINGTON, April 30.");
        assertThat(d.rest()).isEqualTo("The Senate voted today");
        assertThat(LatinDatelineRule.split("(AP) — Officials said on Monday").dateline()).isEqualTo("(AP)");
        assertThat(LatinDatelineRule.split("NEW YORK (AP) -- Stocks rose").dateline()).isEqualTo("NEW YORK (AP)");
        assertThat(LatinDatelineRule.split("He paused—then went on")).isNull();
    }

    @Test
    void pageWithAllCapsHeadlinesBylineCreditAndDateline() {
        String page = String.join("\n",
                "SENATE PASSES THE BILL.",
                "Long Debate Ends in a Close Vote.",
                "By JOHN SMITH",
                "Special to The Tribune",
                "WASHINGTON, April 30.—The Senate passed the appropriation",
                "bill to-day after a debate that lasted well into the",
                "night and kept the galleries full.",
                "The House will take up the measure on Monday, and",
                "its leaders expect no delay.",
                "FIRE IN THE HARBOR.",
                "A Tug Burns at Her Pier.",
                "A fire broke out on a tug lying at the pier at the foot",
                "of the street last night and burned for an hour.");
        Proposal p = Segmenter.segment(page, null);
        assertThat(p.language()).isEqualTo("en");
        assertThat(p.articles()).hasSize(2);
        ProposedArticle a = p.articles().get(0);
        assertThat(a.headline()).isEqualTo("SENATE PASSES THE BILL.");
        assertThat(a.subheadline()).isEqualTo("Long Debate Ends in a Close Vote.");
        assertThat(a.byline().reporters()).containsExactly("JOHN SMITH");
        assertThat(a.dateline()).isEqualTo("WASHINGTON, April 30.");
        assertThat(a.paragraphs()).containsExactly(
                "The Senate passed the appropriation bill to-day after a debate that lasted well into the night and kept the galleries full.",
                "The House will take up the measure on Monday, and its leaders expect no delay.");
        assertThat(p.unassigned()).extracting(Unassigned::role, Unassigned::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("credit", "Special to The Tribune"));
        assertThat(p.articles().get(1).headline()).isEqualTo("FIRE IN THE HARBOR.");
    }

    @Test
    void shortHeadlineOnAPageWithBlankLines() {
        Proposal p = Segmenter.segment("City Council Approves Budget\n\nBy Ann Lee\n\nThe council approved the"
                + " budget on Tuesday.\n\nThe mayor said she was pleased.\n", "en");
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("City Council Approves Budget");
            assertThat(a.byline().reporters()).containsExactly("Ann Lee");
            assertThat(a.paragraphs()).hasSize(2);
        });
    }

    @Test
    void advertisementEndingInAdvtIsKindAdvert() {
        String page = "MOUNTAIN SPRING WATER.\nThe purest table water known, bottled at the spring.—Advt.\n";
        assertThat(Segmenter.segment(page, "en").articles()).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo("advert"));
        assertThat(AdvertRule.endsAdvert("between the East and West.-AdvL", false)).isTrue();
        assertThat(AdvertRule.endsAdvert("an advertisement in the paper was", false)).isFalse();
    }

    @Test
    void furnitureMastheadAndPrice() {
        assertThat(FurnitureRule.isEnFurniture("PRICE THREE CENTS.")).isTrue();
        assertThat(FurnitureRule.isEnFurniture("NEW-YORK, FRIDAY, MAY 1, 1903.-FOURTEEN PAGES.")).isTrue();
        assertThat(FurnitureRule.isEnFurniture("Vol. LXIII No. 20,620.")).isTrue();
        assertThat(FurnitureRule.isEnFurniture("The price of wheat rose on Friday.")).isFalse();
    }

    @Test
    void jumpLineMarksArticleContinued() {
        Proposal p = Segmenter.segment("STRIKE ENDS.\nThe men went back to work this morning after the\n"
                + "company agreed to the terms offered by the\nContinued on second page.\n", "en");
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.continued()).isTrue();
            assertThat(a.paragraphs()).singleElement().asString().doesNotContain("Continued");
        });
    }
}
