package org.galley.publishing.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.galley.publishing.export.WordAlignment.Box;
import org.galley.publishing.export.WordAlignment.Line;
import org.galley.publishing.export.WordAlignment.LineKey;
import org.galley.publishing.export.WordAlignment.Placed;
import org.galley.publishing.export.WordAlignment.Word;
import org.junit.jupiter.api.Test;

/** Corrected words back on their lines: unchanged words keep their boxes, changed ones share the replaced boxes. */
class WordAlignmentTest {

    /** A line at y of words 100 units per character, 100 apart. */
    static Line line(int n, double y, String... words) {
        List<Word> out = new ArrayList<>();
        double x = 1000;
        for (String w : words) {
            out.add(new Word(w, new Box(x, y, w.length() * 100, 300)));
            x += w.length() * 100 + 100;
        }
        return new Line(new LineKey(7, n), new Box(1000, y, 8000, 300), out);
    }

    static List<Placed> align(List<String> corrected, Line... lines) {
        return WordAlignment.align(List.of(lines), corrected);
    }

    static Placed word(List<Placed> placed, String text) {
        return placed.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void unchangedWordsKeepTheirOriginalBoxesAndLines() {
        Line l1 = line(3, 500, "Miners", "return", "to", "work");
        Line l2 = line(4, 900, "at", "Silver", "King");
        List<Placed> placed = align(List.of("Miners", "return", "to", "work", "at", "Silver", "King"), l1, l2);
        assertThat(placed).extracting(Placed::text).containsExactly("Miners", "return", "to", "work", "at", "Silver", "King");
        assertThat(word(placed, "to").box()).isEqualTo(l1.words().get(2).box());
        assertThat(word(placed, "Silver").box()).isEqualTo(l2.words().get(1).box());
        assertThat(word(placed, "Silver").line()).isEqualTo(l2.key());
        assertThat(placed).allMatch(Placed::original);
    }

    @Test
    void aCorrectedWordTakesTheBoxOfTheWordItReplaces() {
        Line l = line(1, 500, "Tbree", "hundred", "rniners");
        List<Placed> placed = align(List.of("Three", "hundred", "miners"), l);
        assertThat(word(placed, "Three").box()).isEqualTo(l.words().get(0).box());
        assertThat(word(placed, "miners").box()).isEqualTo(l.words().get(2).box());
        assertThat(word(placed, "Three").original()).isFalse();
        assertThat(word(placed, "hundred").original()).isTrue();
    }

    @Test
    void twoWordsReplacingOneShareItsBoxInProportionToTheirLength() {
        Line l = line(1, 500, "the", "wagescale", "rose");
        Box old = l.words().get(1).box();
        List<Placed> placed = align(List.of("the", "wage", "scale", "rose"), l);
        Box wage = word(placed, "wage").box();
        Box scale = word(placed, "scale").box();
        assertThat(wage.x()).isEqualTo(old.x());
        assertThat(scale.x() + scale.width()).isCloseTo(old.x() + old.width(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(scale.width() / wage.width()).isCloseTo(5.0 / 4, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(wage.y()).isEqualTo(old.y());
        assertThat(wage.height()).isEqualTo(old.height());
    }

    @Test
    void anInsertedWordTakesTheRoomLeftOnTheLine() {
        Line l = line(1, 500, "fair", "opens");
        Box opens = l.words().get(1).box();
        List<Placed> placed = align(List.of("fair", "opens", "Thursday"), l);
        Box thursday = word(placed, "Thursday").box();
        assertThat(thursday.x()).isEqualTo(opens.x() + opens.width());
        assertThat(thursday.x() + thursday.width()).isEqualTo(l.box().x() + l.box().width());
        assertThat(word(placed, "Thursday").line()).isEqualTo(l.key());
    }

    @Test
    void aDeletedWordIsDroppedAndTheOthersKeepTheirBoxes() {
        Line l = line(1, 500, "the", "the", "mill");
        List<Placed> placed = align(List.of("the", "mill"), l);
        assertThat(placed).extracting(Placed::text).containsExactly("the", "mill");
        assertThat(word(placed, "mill").box()).isEqualTo(l.words().get(2).box());
    }

    @Test
    void aWordJoinedAcrossALineBreakIsAHyphenatedPairOnBothLines() {
        Line l1 = line(1, 500, "the", "informa-");
        Line l2 = line(2, 900, "tion", "came");
        List<Placed> placed = align(List.of("the", "information", "came"), l1, l2);
        assertThat(placed).extracting(Placed::text).containsExactly("the", "informa", "tion", "came");
        Placed first = placed.get(1);
        Placed second = placed.get(2);
        assertThat(first.subsType()).isEqualTo("HypPart1");
        assertThat(second.subsType()).isEqualTo("HypPart2");
        assertThat(first.subsContent()).isEqualTo("information");
        assertThat(first.line()).isEqualTo(l1.key());
        assertThat(second.line()).isEqualTo(l2.key());
        assertThat(first.box()).isEqualTo(l1.words().get(1).box());
        assertThat(second.box()).isEqualTo(l2.words().get(0).box());
    }

    @Test
    void chineseIsComparedCharacterByCharacterSoOneWrongCharacterKeepsTheRest() {
        List<Word> words = WordAlignment.words("平湖市志愿服务", new Box(0, 0, 700, 50), List.of());
        assertThat(words).extracting(Word::text).containsExactly("平", "湖", "市", "志", "愿", "服", "务");
        Line l = new Line(new LineKey(1, 1), new Box(0, 0, 700, 50), words);
        List<Placed> placed = WordAlignment.align(List.of(l), WordAlignment.tokens("平湖市志願服务"));
        assertThat(word(placed, "願").box()).isEqualTo(words.get(4).box());
        assertThat(word(placed, "服").original()).isTrue();
    }

    @Test
    void withoutLayoutWordsHaveNoBoxes() {
        Line l = new Line(new LineKey(1, 1), null, WordAlignment.words("plain text line", null, List.of()));
        List<Placed> placed = WordAlignment.align(List.of(l), List.of("plain", "text", "lines"));
        assertThat(placed).extracting(Placed::box).containsOnlyNulls();
        assertThat(placed).extracting(Placed::text).containsExactly("plain", "text", "lines");
    }
}
