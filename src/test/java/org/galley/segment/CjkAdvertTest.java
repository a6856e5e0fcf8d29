package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Adverts and notices in both scripts: labelled advert, and they end the text above them. */
class CjkAdvertTest {

    @Test
    void tradeMarksWithLittlePunctuationAreAnAdvert() {
        assertThat(CjkAdvertRule.isAdvertText("白玉牙膏\n潔齒生香\n各大公司均有出售\n電話五六七八號\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("新到秋冬呢绒\n每尺二元五角\n本店地址南京路三十号\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("大华药房\n止咳良药\n每瓶大洋一元\n电话二三四五六\n")).isTrue();
    }

    @Test
    void newsThatMentionsCompaniesAndPhonesIsNotAnAdvert() {
        assertThat(CjkAdvertRule.isAdvertText("自来水公司昨日宣布，\n电话12345可报修，\n市民反映，每月水费三元，\n"
                + "较去年有所上涨。\n")).isFalse();
        assertThat(CjkAdvertRule.isAdvertText("菜价飞涨\n市民叫苦\n")).isFalse();
    }

    @Test
    void anAdvertEndsTheStoryAboveAndIsLabelled() {
        Proposal p = Segmenter.segmentStrict("""
                戲院失火
                
                本報訊 昨晚戲院後台起火、幸經救火會及時撲滅、觀眾均安然退出、損失尚輕
                
                白玉牙膏
                潔齒生香
                各大公司均有出售
                電話五六七八號
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert");
        assertThat(p.articles().get(0).paragraphs()).containsExactly("昨晚戲院後台起火、幸經救火會及時撲滅、觀眾均安然退出、損失尚輕");
        assertThat(p.articles().get(1).headline()).isNull();
    }
}
