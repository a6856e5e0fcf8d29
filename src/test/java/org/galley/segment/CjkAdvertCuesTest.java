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

    /**
     * A classified (a flat for sale: its price, "no agents", a mobile number) is trade; a mobile number is written
     * 0912-345-678 or 13812345678. Found on a second blind set (a Taiwan-style local page), where it became the
     * headline of the briefs below it.
     */
    @Test
    void aClassifiedWithAMobileNumberIsAnAdvert() {
        assertThat(CjkAdvertRule.isAdvertText("竹東站前　兩房公寓\n總價980萬　屋齡8年\n屋主自售　仲介勿擾\n0935-221-776　陳先生\n"))
                .isTrue();
        // one trade word and the number: the number decides
        assertThat(CjkAdvertRule.isAdvertText("竹東站前　兩房公寓\n屋齡8年　近學區\n屋主自售\n0935-221-776　陳先生\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("城南临街商铺\n面积120平方米\n业主自售　联系13857312345\n")).isTrue();
    }

    /** A date with dashes and a sum in a news item are no phone number. */
    @Test
    void aDateWithDashesIsNoPhoneNumber() {
        assertThat(CjkAdvertRule.isAdvertText("工程於2019-03-06開工\n總價1580萬元\n由市府出資\n")).isFalse();
    }
}
