package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The paper's name and its price, in the top block that holds the issue date, are furniture, not a stray headline. */
class CjkMastheadNameAndPriceTest {

    @Test
    void nameAndPriceBesideTheIssueDateAreFurnitureAndNothingIsLeftUnassigned() {
        Proposal p = Segmenter.segmentStrict("""
                晶報
                零售每份銅元三枚
                中華民國二十四年五月十日　星期五
                第一張

                菜價飛漲

                本報訊　菜價連日飛漲、市民叫苦、
                """, null);
        assertThat(p.furniture()).extracting(Furniture::text).contains("晶報", "零售每份銅元三枚");
        assertThat(p.unassigned()).isEmpty();
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.kicker()).isNull();
            assertThat(a.headline()).isEqualTo("菜價飛漲");
        });
    }
}
