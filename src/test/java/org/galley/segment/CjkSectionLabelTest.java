package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A page's section label alone at the top ({@code 本埠新聞}) above the first headline is page furniture, not the first
 * item's kicker; the same words directly over text head a round-up.
 */
class CjkSectionLabelTest {

    @Test
    void aSectionLabelAboveTheFirstHeadlineIsFurniture() {
        Proposal p = Segmenter.segmentStrict("""
                社會新聞

                老翁墮河

                本報訊　南碼頭昨晨有
                一老翁失足墮河、經船
                戶救起、
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.kicker()).isNull();
            assertThat(a.headline()).isEqualTo("老翁墮河");
        });
        assertThat(p.furniture()).extracting(Furniture::text).containsExactly("社會新聞");
    }

    @Test
    void theSameWordsDirectlyOverTextHeadARoundUp() {
        Proposal p = Segmenter.segmentStrict("""
                本埠新聞

                本報訊　昨日本埠各處
                平靜無事、惟南市失火
                一次、損失甚微、
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.headline()).isEqualTo("本埠新聞"));
    }
}
