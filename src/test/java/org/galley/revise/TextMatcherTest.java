package org.galley.revise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMatcherTest {

    static Replacement r(String find, boolean wholeWord, boolean matchCase) {
        return new Replacement(find, "x", wholeWord, matchCase);
    }

    @Test
    void literalTextNeverActsAsAPattern() {
        assertThat(TextMatcher.find("a.b axb a.b", r("a.b", false, true))).containsExactly(0, 8);
        assertThat(TextMatcher.find("cost $5 (net)", r("(net)", false, true))).containsExactly(8);
    }

    @Test
    void matchesDoNotOverlapAndCaseIsMatchedOnlyWhenAsked() {
        assertThat(TextMatcher.find("aaaa", r("aa", false, true))).containsExactly(0, 2);
        assertThat(TextMatcher.find("Smith smith SMITH", r("smith", false, true))).containsExactly(6);
        assertThat(TextMatcher.find("Smith smith SMITH", r("smith", false, false))).containsExactly(0, 6, 12);
    }

    @Test
    void wholeWordsAreBoundedByNonLettersForLatinButChineseHasNoWordBoundaries() {
        assertThat(TextMatcher.find("the theatre, the.", r("the", true, true))).containsExactly(0, 13);
        assertThat(TextMatcher.find("the theatre, the.", r("the", false, true))).containsExactly(0, 4, 13);
        // A combining accent belongs to the word: "cafe" + U+0301 is not the word "cafe".
        assertThat(TextMatcher.find("cafe\u0301 cafe", r("cafe", true, true))).containsExactly(6);
        // Chinese is written without spaces: a whole-word search still finds the name inside a sentence.
        assertThat(TextMatcher.find("记者王小明报道，王小明说", r("王小明", true, true))).containsExactly(2, 8);
    }

    @Test
    void replacingKeepsEverythingOutsideTheChosenMatches() {
        assertThat(TextMatcher.replace("a-b-a-b-a", java.util.List.of(0, 8), 1, "ZZ")).isEqualTo("ZZ-b-a-b-ZZ");
    }
}
