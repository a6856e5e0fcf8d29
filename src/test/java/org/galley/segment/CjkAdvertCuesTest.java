package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Adverts without a phone number or an address: several selling words, trade slogans, dialled numbers. */
class CjkAdvertCuesTest {

    @Test
    void sellingWordsAndATradeSloganWithoutPhoneOrAddressAreAnAdvert() {
        assertThat(CjkAdvertRule.isAdvertText("金鼎牌肥皂\n每打八角　貨真價實\n各雜貨店均有代售\n")).isTrue();
    }

    @Test
    void dialledNumberAndAnAddressWordAreTrade() {
        assertThat(CjkAdvertRule.isAdvertText("週年慶　全館七折\n地址：民生東路三段12號\n洽詢專線：(02)8765-4321\n")).isTrue();
    }

    @Test
    void oneSellingWordInAnOlderItemIsStillNews() {
        assertThat(CjkAdvertRule.isAdvertText("市府以米價高漲\n責令米商平價出售\n違者嚴懲\n")).isFalse();
    }

    @Test
    void theAdvertIsLabelledAndTakesNoHeadlineFromTheItemBelow() {
        Proposal p = Segmenter.segmentStrict("""
                金鼎牌肥皂
                每打八角　貨真價實
                各雜貨店均有代售

                學校放假

                本報訊　各校定明日起放
                假三天、
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("advert", "news");
        assertThat(p.articles().get(1).kicker()).isNull();
        assertThat(p.articles().get(1).headline()).isEqualTo("學校放假");
    }
}
