package org.galley.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.galley.common.UserFacingException;
import org.junit.jupiter.api.Test;

/** Folding, tokens and query terms: the pure part of search, the same for articles and queries. */
class SearchTextTest {

    @Test
    void traditionalFoldsToSimplifiedAndSimplifiedStaysAsItIs() {
        assertThat(SearchText.fold("報紙")).isEqualTo("报纸");
        assertThat(SearchText.fold("报纸")).isEqualTo("报纸");
        assertThat(SearchText.fold("臺灣經濟發展")).isEqualTo("台湾经济发展");
    }

    @Test
    void fullWidthAndHalfWidthFoldTogether() {
        assertThat(SearchText.fold("ＡＢＣ１２３")).isEqualTo("abc123");
        assertThat(SearchText.fold("ABC123")).isEqualTo("abc123");
        assertThat(SearchText.fold("ｶﾀｶﾅ")).isEqualTo("カタカナ");
    }

    @Test
    void accentsLeaveLatinLettersButCaseFoldsToo() {
        assertThat(SearchText.fold("Café CRÈME")).isEqualTo("cafe creme");
        assertThat(SearchText.fold("Cafe\u0301")).isEqualTo("cafe");
    }

    @Test
    void everyFoldedCharacterKnowsItsOriginal() {
        SearchText.Folded f = SearchText.foldWithSources("Ａ報x");
        assertThat(f.text()).isEqualTo("a报x");
        assertThat(f.source()).containsExactly(0, 1, 2);
        SearchText.Folded composed = SearchText.foldWithSources("㍻年");
        assertThat(composed.text()).isEqualTo("平成年");
        assertThat(composed.source()).containsExactly(0, 0, 1);
    }

    @Test
    void hanRunsBecomeBigramsEndingWithTheirLastCharacterAndWordsStayWords() {
        assertThat(SearchText.documentTerms("平湖市 Running, dogs! 港")).isEqualTo("平湖 湖市 市 running dogs 港");
        assertThat(SearchText.documentTerms("独山港2020年")).isEqualTo("独山 山港 港 2020 年");
    }

    @Test
    void punctuationOfEveryKindOnlySeparates() {
        assertThat(SearchText.documentTerms("'\\&|!():*<->")).isEmpty();
        assertThat(SearchText.documentTerms("a'b")).isEqualTo("a b");
    }

    @Test
    void aTwoCharacterQueryIsOneBigramAndOneCharacterIsAPrefix() {
        assertThat(SearchQuery.parse("平湖").tsquery(SearchQuery.Field.ANYWHERE)).isEqualTo("'平湖'");
        assertThat(SearchQuery.parse("港").tsquery(SearchQuery.Field.ANYWHERE)).isEqualTo("'港':*");
        assertThat(SearchQuery.parse("報紙").tsquery(SearchQuery.Field.ANYWHERE)).isEqualTo("'报纸'");
    }

    @Test
    void longerHanTermsArePhrasesOfBigrams() {
        assertThat(SearchQuery.parse("独山港区").tsquery(SearchQuery.Field.ANYWHERE))
                .isEqualTo("('独山' <-> '山港' <-> '港区')");
        assertThat(SearchQuery.parse("\"独山港 2020\"").tsquery(SearchQuery.Field.ANYWHERE))
                .isEqualTo("('独山' <-> '山港' <-> '港' <-> '2020')");
    }

    @Test
    void theLooseQueryWantsEveryTermOfAPhraseAnywhereAndDropsExcludedPhrasesOnly() {
        assertThat(SearchQuery.parse("独山港区 -\"园区提标\" -化工 OR \"new town\"").looseTsquery(SearchQuery.Field.ANYWHERE))
                .isEqualTo("('独山' & '山港' & '港区') & !'化工' & ('new' & 'town')");
        assertThat(SearchQuery.parse("\"new town\"").looseTsquery(SearchQuery.Field.HEADLINE)).isEqualTo("('new':A & 'town':A)");
        assertThat(SearchQuery.parse("平湖 -港").looseTsquery(SearchQuery.Field.ANYWHERE)).as("no phrase: the query itself").isNull();
    }

    @Test
    void orExclusionAndFieldsMakeTheOperators() {
        assertThat(SearchQuery.parse("port OR harbour -fire \"new town\"").tsquery(SearchQuery.Field.HEADLINE))
                .isEqualTo("('port':A | 'harbour':A) & !'fire':A & ('new':A <-> 'town':A)");
        assertThat(SearchQuery.parse("港 -平湖").tsquery(SearchQuery.Field.BODY)).isEqualTo("'港':*D & !'平湖':D");
    }

    @Test
    void hostileInputNeverReachesTheQuerySyntax() {
        assertThat(SearchQuery.parse("a'b \\c & | ! ( ) : * <-> 'd").tsquery(SearchQuery.Field.ANYWHERE))
                .isEqualTo("('a' <-> 'b') & 'c' & 'd'");
        assertThat(SearchQuery.parse("\"unterminated phrase").tsquery(SearchQuery.Field.ANYWHERE))
                .isEqualTo("('unterminated' <-> 'phrase')");
    }

    @Test
    void inputIsBoundedAndMustHaveSomethingToFind() {
        assertThatThrownBy(() -> SearchQuery.parse("a".repeat(SearchQuery.MAX_LENGTH + 1)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("search.error.tooLong");
        assertThatThrownBy(() -> SearchQuery.parse("w ".repeat(SearchQuery.MAX_TERMS + 1)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("search.error.tooManyTerms");
        for (String nothing : List.of("", "   ", "&|!():*", "-fire", "OR", "\"\"")) {
            assertThatThrownBy(() -> SearchQuery.parse(nothing)).as(nothing)
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("search.error.nothingToFind");
        }
    }

    @Test
    void documentTermsStopWholeBeforeTheTsvectorPassesTheLimit() {
        // A new term costs its UTF-8 bytes, an alignment byte, a position count and one position (平湖: 6+1+2+2 = 11,
        // 湖: 3+1+2+2 = 8); a repeat costs one more position (2).
        assertThat(SearchText.documentTerms("平湖。平湖", 19)).isEqualTo("平湖 湖");
        assertThat(SearchText.documentTerms("平湖。平湖", 23)).isEqualTo("平湖 湖 平湖 湖");
        // A term over the limit ends the terms there: nothing after it, even terms already seen.
        assertThat(SearchText.documentTerms("平湖。嘉兴。平湖", 29)).isEqualTo("平湖 湖");
        assertThat(SearchText.documentTerms("steamer arrived", 12)).isEqualTo("steamer");
        assertThat(SearchText.documentTerms("steamer arrived", 11)).isEmpty();
        assertThat(SearchText.documentTerms("steamer arrived", Integer.MAX_VALUE)).isEqualTo(SearchText.documentTerms("steamer arrived"));
    }
}
