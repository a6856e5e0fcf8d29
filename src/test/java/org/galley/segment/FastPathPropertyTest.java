package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The segmenter's hand-written fast paths give the library's answer: they were written for speed, and a difference
 * would change proposals only on the odd page that has the odd character.
 */
class FastPathPropertyTest {
    /** ASCII letters in both cases, spaces, and letters that fold onto ASCII or change length (K, ſ, İ, ß). */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("aAbBkKsS by\u212A\u017F\u0130\u00DF\u00E9\u00C9-.").ofMaxLength(12);
    }

    @Property(tries = 2000)
    void startsWithIgnoreCaseIsRegionMatches(@ForAll("text") String s, @ForAll("text") String prefix,
            @ForAll @IntRange(min = -1, max = 13) int from) {
        assertThat(Words.startsWithIgnoreCase(s, from, prefix))
                .isEqualTo(s.regionMatches(true, from, prefix, 0, prefix.length()));
    }

    @Property(tries = 300)
    void wordSetHoldsWhatWasAddedAndNothingElse(@ForAll @Size(max = 60) List<@From("text") String> added, @ForAll("text") String asked) {
        WordSet set = new WordSet(1); // grows many times over
        for (String w : added) {
            set.add(w);
        }
        for (String w : added) {
            assertThat(set.contains(w)).isTrue();
            assertThat(set.contains(w.toCharArray(), 0, w.length())).isTrue();
        }
        assertThat(set.contains(asked)).isEqualTo(added.contains(asked));
    }

    @Property(tries = 1000)
    void instalmentEndIsFoundWhateverTheSpacing(@ForAll("spaced") String end) {
        assertThat(SentenceEnd.endsInstalment("他說下次再談。" + end)).isTrue();
    }

    @Provide
    Arbitrary<String> spaced() {
        Arbitrary<String> ends = Arbitraries.of("（未完）", "(待續)", "（续完）", "(完)", "（全文完）");
        Arbitrary<String> spaces = Arbitraries.strings().withChars(" \u3000").ofMaxLength(2);
        return ends.flatMap(e -> spaces.list().ofSize(e.length() + 1).map(sp -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < e.length(); i++) {
                b.append(sp.get(i)).append(e.charAt(i));
            }
            return b.append(sp.get(e.length())).toString();
        }));
    }

    @Property(tries = 300)
    void aLineThatDoesNotEndOnABracketEndsNoInstalment(@ForAll("text") String s) {
        assertThat(SentenceEnd.endsInstalment(s + "（未完）。")).isFalse();
    }
}
