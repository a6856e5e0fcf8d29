package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a headline is and is not: set right above its text with no blank line between, after a finished item; never the
 * comma-less lines of an older paper under a line that opens with a dateline.
 */
class GluedHeadlineTest {

    @Test
    void shortLineOpeningABlockAboveWiderTextIsAHeadline() {
        Proposal p = Segmenter.segmentStrict("""
                社区开展垃圾分类宣传

                本报讯 近日，城西社区组织志愿者走进居民楼，宣传垃圾分类知识。

                银杏叶黄了
                近日，市民公园的银杏树叶渐渐变黄，不少市民前来拍照留念。
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("社区开展垃圾分类宣传", "银杏叶黄了");
    }

    @Test
    void aParagraphsFirstLineThatRunsOnIsNotAHeadline() {
        Proposal p = Segmenter.segmentStrict("""
                社区开展垃圾分类宣传

                本报讯 近日，城西社区组织志愿者走进居民楼，宣传分类知识。

                这是居民心中的“金
                钥匙”。社区负责人说，下一步还将开展入户指导，帮助居民养成好习惯。
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.paragraphs()).hasSize(2));
    }

    @Test
    void textBelowALineOpeningWithADatelineIsTextNotAHeadline() {
        Proposal p = Segmenter.segmentStrict("""
                冬令救濟

                本報訊　冬令救濟會昨日
                開會、議決擴充粥廠三處
                、每日施粥兩次、以濟貧
                民

                。
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("冬令救濟");
            assertThat(a.paragraphs()).containsExactly("冬令救濟會昨日開會、議決擴充粥廠三處、每日施粥兩次、以濟貧民。");
        });
    }

    /**
     * Gossip items of a tabloid column, each headline set right above its text: the text's first line carries a
     * {@code 、} and so looks like a second headline line, but it is as wide as the text; the longest head that is
     * short over wider text is the headline. An indented line opens a paragraph, and the text's first line under a
     * two-line headline is no third one. Found on blind pages in the style of 1930s tabloids.
     */
    @Test
    void gossipHeadlinesSetRightAboveTheirTextInANarrowColumn() {
        Proposal p = Segmenter.segmentStrict("""
                梨園消息

                金少樓北返有期
                名鬚生金少樓、自上月應
                天蟾舞臺之聘南下、連演
                二十餘日、上座極盛、

                女明星
                學開汽車
                影星徐麗娟、近向
                某汽車行購得新式汽車
                一輛、並聘教練、

                　　黃包車夫張
                阿四、前日拾得皮夾一隻
                、即按名片地址送還、
                """, null);
        assertThat(p.articles()).hasSize(2);
        assertThat(p.articles().get(0).subheadline()).isEqualTo("金少樓北返有期"); // under the column's label
        assertThat(p.articles().get(0).paragraphs()).containsExactly("名鬚生金少樓、自上月應天蟾舞臺之聘南下、連演二十餘日、上座極盛、");
        assertThat(p.articles().get(1).headline()).isEqualTo("女明星學開汽車");
        assertThat(String.join("", p.articles().get(1).paragraphs())).startsWith("影星徐麗娟、近向某汽車行")
                .endsWith("黃包車夫張阿四、前日拾得皮夾一隻、即按名片地址送還、");
    }

    /**
     * In a column of eight, a headline of six sits right on its text (陳玉蓮將息影); a verse line broken inside its
     * word (柳絮飛時燕子 ⏎ 歸、) and a part's text under its number are not headlines.
     */
    @Test
    void aHeadlineOfSixOnTheTextOfANarrowColumn() {
        Proposal p = Segmenter.segmentStrict("""
                孟小萍赴杭拍外景

                聯華新片「湖上春
                」、外景須在西湖
                拍攝、

                陳玉蓮將息影
                陳玉蓮近與某銀行
                家之公子過從甚密
                、外間盛傳二人即
                將訂婚、

                春日雜詠

                柳絮飛時燕子
                歸、小樓聽雨
                夢依稀、江南三
                月花如錦、
                （寄萍）
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::headline)
                .containsExactly("孟小萍赴杭拍外景", "陳玉蓮將息影", "春日雜詠");
        assertThat(p.articles().get(2).paragraphs()).containsExactly("柳絮飛時燕子歸、小樓聽雨夢依稀、江南三月花如錦、");
    }

    /** A headline glued under the last line of the item above, over its dateline, heads the next item. */
    @Test
    void aHeadlineUnderTheItemAboveOverADatelineHeadsTheNextItem() {
        Proposal p = Segmenter.segmentStrict("""
                說煤

                煤價之漲，已成市民日常
                之苦，非嚴懲奸商不足以
                平抑也。
                公車加價

                本報訊公共汽車公司，以
                油價高漲，決定下月加價。
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("說煤", "公車加價");
        assertThat(p.articles().get(1).dateline()).isEqualTo("本報訊");
    }

    /** The short last line of a paragraph over a new item's dateline ends its sentence: the text's, no headline. */
    @Test
    void aParagraphsLastLineOverADatelineIsNoHeadline() {
        Proposal p = Segmenter.segmentStrict("""
                說煤

                煤價之漲，已成市民日常
                之苦，非嚴懲奸商不足
                以平抑也。

                本報訊公共汽車公司，以
                油價高漲，決定下月加價。
                """, null);
        assertThat(String.join("", p.articles().get(0).paragraphs())).endsWith("以平抑也。");
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("說煤", null);
    }

    /** An item that ends on the enumeration comma, the next item's headline right under it, a blank, its text. */
    @Test
    void aHeadlineUnderAnItemsLastClauseOverABlankHeadsTheNextItem() {
        Proposal p = Segmenter.segmentStrict("""
                拆白黨又一案

                閘北某里、有孀婦王氏、
                被一少年騙去現洋八百
                餘元、昨在北四川路某

                旅館內將該少年拘獲、
                童子誤吞銅元

                小南門外某店主之子阿
                福、年僅五歲、將銅元
                一枚吞入腹內、
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("拆白黨又一案", "童子誤吞銅元");
    }

    /** A pen name under a poem and a column's last, full line over a blank are no headlines. */
    @Test
    void aPenNameOrAColumnsFullLastLineOverABlankIsNoHeadline() {
        Proposal p = Segmenter.segmentStrict("""
                春申雜感

                十里洋場春又深，
                桃花如面柳如心。
                醉紅生

                讀者來函

                編輯先生：敝人住在閘北
                ，鄰居每晚打牌、通宵達
                旦、屢次勸告、置之不理

                特請貴報代為登載、
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("春申雜感", "讀者來函");
        assertThat(String.join("", p.articles().get(1).paragraphs())).contains("置之不理特請貴報");
    }
}
