package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round-ups of a 1930s tabloid: one item of numbered or placed parts ({@code 梨園瑣聞} over {@code 一}, {@code 二};
 * {@code 各地通訊} over {@code 無錫}, {@code 常州}). The parts' heads stay in the item as crossheads; a new round-up
 * numbered from one again is a new item. Found on blind pages in the style of Shanghai tabloids; each test fails
 * without its rule.
 */
class RoundUpPartsTest {

    private static Proposal segment(String page) {
        return Segmenter.segmentStrict(page, null);
    }

    /** Units: the first part's number under the headline is no line of the headline. */
    @Test
    void theFirstPartsNumberUnderTheHeadlineIsACrosshead() {
        Proposal p = segment("""
                梨園瑣聞

                一

                天蟾舞台新聘坤伶
                金月樓、於本月五日
                登台、

                二

                票友周子卿、近向某
                名伶學「空城計」、

                三

                黃金大戲院本星期
                日日場、有義務戲
                一齣、所得悉數
                撥充水災賑款、（菊隱）
                """);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("梨園瑣聞");
            assertThat(a.paragraphs()).startsWith("一").contains("二", "三");
            assertThat(a.paragraphs().get(a.paragraphs().size() - 1)).isEqualTo("黃金大戲院本星期日日場、有義務戲一齣、所得悉數撥充水災賑款、");
            assertThat(a.byline().reporters()).containsExactly("菊隱");
        });
    }

    /** CjkCrosshead.isRoundUp: places under a round-up's headline head its parts. */
    @Test
    void placesUnderARoundUpsHeadlineAreItsParts() {
        Proposal p = segment("""
                各地通訊

                無錫

                無錫城內、近來發生竊案多起、
                多係夜間越牆而入、

                公共租界

                武進縣屬之奔牛鎮、日前有農民
                數十人、聚眾請願、

                米價連日回跌

                本市米價、自上月漲至每石十六
                元後、近已回跌二元、
                """);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("各地通訊", "米價連日回跌");
        assertThat(p.articles().get(0).paragraphs()).contains("無錫", "公共租界");
    }

    /** A head over a part numbered one again ends the round-up above, though that one had crossheads. */
    @Test
    void aHeadOverANewFirstPartStartsANewItem() {
        Proposal p = segment("""
                滬上竹枝詞
                壺公作

                其一
                　　電車叮噹大馬路、摩登
                女子步姍姍、
                其二
                　　跑馬廳前人似潮、航空
                獎券手中操、

                菊部春秋

                一
                　　名伶程艷芳、自北平南
                下、應大舞台之聘、
                二
                　　老生楊寶笙、近患喉疾
                、已輟演半月、
                """);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("滬上竹枝詞", "菊部春秋");
        assertThat(p.articles().get(0).byline().reporters()).containsExactly("壺公");
    }

    /** Parts numbered in their text ((一)…, (二)…): a head without a number after them is the next item's. */
    @Test
    void anUnnumberedHeadAfterNumberedPartsStartsTheNextItem() {
        Proposal p = segment("""
                閘北零訊

                （一）寶山路某米號昨
                晨失竊，損失約百元。

                （二）天通庵路有一老
                婦，跌傷腿部，經送
                醫院。

                讀者來函

                編輯先生：敝人住在
                閘北，鄰居每晚打牌
                ，通宵達旦，特請貴
                報代為登載。
                """);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("閘北零訊", "讀者來函");
    }

    /** Unnumbered parts headed by places stay parts of the round-up. */
    @Test
    void aPlaceAfterAnUnnumberedPartStaysAPart() {
        Proposal p = segment("""
                各地零訊

                無錫

                無錫城內某綢莊昨晨失
                竊，損失約百元。

                常州

                常州某絲廠工人昨日罷
                工，要求加薪。
                """);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.headline()).isEqualTo("各地零訊"));
    }

    @Test
    void aCreditEndingIn作NamesAnAuthorButWorkDoesNot() {
        assertThat(CjkBylineRule.penName("雪樵作").reporters).containsExactly("雪樵");
        assertThat(CjkBylineRule.penName("新工作")).isNull();
        assertThat(CjkBylineRule.penName("大合作")).isNull();
    }

    /** TitleRule: an item's last clause with its signature is no headline line. */
    @Test
    void aLastClauseWithItsSignatureIsNoHeadline() {
        assertThat(TitleRule.isZhTitleLike("撥充水災賑款、（菊隱）")).isFalse();
        assertThat(TitleRule.isZhTitleLike("名伶南下（附圖）")).isTrue();
    }
}
