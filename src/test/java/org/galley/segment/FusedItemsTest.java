package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two items of an older paper are not fused when the first ends with 、 or a signature. */
class FusedItemsTest {

    @Test
    void itemEndingInEnumerationCommaDoesNotSwallowTheNextHeadlineAsWideAsTheColumn() {
        Proposal p = Segmenter.segmentStrict("""
                江堤加固

                本報訊江堤數處滲水、
                工務局已派員查勘矣、

                城南新建菜市今日開張

                城南新建菜市於今日開
                張、攤位百餘、
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("江堤加固", "城南新建菜市今日開張");
    }

    @Test
    void signatureAtTheEndOfTheTextIsTheBylineAndEndsTheItem() {
        Proposal p = Segmenter.segmentStrict("""
                戲院失火

                本報訊　昨晚戲院後台起火、
                幸經撲滅、損失尚輕、（阿明）

                城南菜市今日開張

                本報訊　城南新建菜市今日開
                張、攤位百餘、
                """, null);
        assertThat(p.articles()).hasSize(2);
        ProposedArticle first = p.articles().get(0);
        assertThat(first.byline().reporters()).containsExactly("阿明");
        assertThat(first.paragraphs()).containsExactly("昨晚戲院後台起火、幸經撲滅、損失尚輕、");
        assertThat(p.articles().get(1).headline()).isEqualTo("城南菜市今日開張");
    }
}
