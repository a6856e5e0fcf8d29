package org.galley.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Article colours stay with the article and neighbours can be told apart. */
class TintsTest {

    @Test
    void anArticleKeepsItsColourWhenItsNeighboursAreSplitOrMerged() {
        Map<Long, Integer> before = Tints.hues(List.of(101L, 102L, 103L, 104L));
        // 102 split into 102 and a new 250; 103 merged away into 102.
        Map<Long, Integer> after = Tints.hues(List.of(101L, 102L, 250L, 104L));
        assertThat(after.get(101L)).isEqualTo(before.get(101L));
        assertThat(after.get(102L)).isEqualTo(before.get(102L));
    }

    @Test
    void articlesImportedTogetherAreFarApartOnTheColourWheel() {
        for (long id = 1; id < 2000; id++) {
            assertThat(Tints.distance(Tints.hue(id), Tints.hue(id + 1))).as("ids %d and %d", id, id + 1).isGreaterThanOrEqualTo(90);
        }
    }

    @Test
    void neighboursOnAPageAreNeverCloseEvenWithArbitraryIds() {
        Random random = new Random(9);
        for (int round = 0; round < 500; round++) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ids.add((long) random.nextInt(100_000));
            }
            ids = ids.stream().distinct().toList();
            Map<Long, Integer> hues = Tints.hues(ids);
            for (int i = 1; i < ids.size(); i++) {
                assertThat(Tints.distance(hues.get(ids.get(i - 1)), hues.get(ids.get(i))))
                        .isGreaterThanOrEqualTo(Tints.MIN_NEIGHBOUR_DISTANCE);
            }
        }
    }
}
