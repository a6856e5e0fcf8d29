package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where one item ends and the next begins, in cases a second blind set (2 Dec) showed: an advert wider than the
 * column glued under an item, a headline after a signature broken over two lines, a line-up under its crosshead,
 * a quotation broken over a column break, and briefs opened by a bullet before their dateline. Pages invented.
 */
class ItemEdgesTest {

    private static List<ProposedArticle> news(Proposal p) {
        return p.articles().stream().filter(a -> !"advert".equals(a.kind())).toList();
    }

    @Test
    void anAdvertSpacedIntoWordsGluedUnderAnItemIsTheAdvertEvenWhereItsLinesRunWider() {
        Proposal p = Segmenter.segmentStrict("""
                菜場加設攤位

                本報訊　南市菜場、
                以攤販日多、擁擠不
                堪、特於場後空地、
                加設攤位四十處、定
                期招租、
                安神補心丸
                專治心悸失眠　健忘多夢
                每盒大洋八角
                各大藥房均有出售
                總經理處　福州路一百二十號
                電話　一四七二五
                """, null);
        assertThat(news(p)).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("菜場加設攤位");
            assertThat(String.join("", a.paragraphs())).endsWith("期招租、").doesNotContain("安神");
        });
        assertThat(p.articles()).anySatisfy(a -> assertThat(a.kind()).isEqualTo("advert"));
    }

    @Test
    void aHeadlineOverItsTextAfterASignatureBrokenOverTwoLinesStartsTheNextItem() {
        Proposal p = Segmenter.segmentStrict("""
                名伶南來

                坤伶小桂芬、此番應大
                舞臺之聘南來、前晚首
                演、座客極盛、樓上下
                幾無隙地、誠盛況也、（聽
                松客）

                新劇本之難產
                近來各舞臺爭排新戲、而可演之本子
                甚少、編劇者或抄襲舊作、或敷衍成
                篇、觀眾每有看不下去之感、是則可
                慨也、
                """, null);
        assertThat(news(p)).extracting(ProposedArticle::headline).containsExactly("名伶南來", "新劇本之難產");
    }

    @Test
    void aHeadNamingTheLineUpsIsACrossheadOfTheMatchReport() {
        Proposal p = Segmenter.segmentStrict("""
                東華隊昨勝樂華隊

                本報訊　甲組足球、昨日
                下午、東華隊對樂華隊、
                在中華球場比賽、觀者
                三千餘人、結果東華隊以
                三比一獲勝、

                兩隊陣容

                東華隊、守門張榮、後衛
                陳達　李明、前鋒王大
                昌等、樂華隊則多新手、
                """, null);
        assertThat(news(p)).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("東華隊昨勝樂華隊");
            assertThat(a.paragraphs()).contains("兩隊陣容");
        });
    }

    @Test
    void aQuotationBrokenOverAColumnBreakIsTextNotAHeadline() {
        Proposal p = Segmenter.segmentStrict("""
                城南物流园开园

                本报讯 昨天上午，城南物流园正式开园，首批入驻企业12家。

                “从签约到投产只用了不到

                半年时间。”园区负责人说，下一步将引进更多冷链物流企业。
                """, null);
        assertThat(news(p)).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("城南物流园开园");
            assertThat(String.join("", a.paragraphs())).contains("“从签约到投产只用了不到半年时间。”");
        });
    }

    @Test
    void briefsOpenedByABulletBeforeTheirDatelineAreOneArticleEach() {
        Proposal p = Segmenter.segmentStrict("""
                简讯

                ■本报讯 近日，市图书馆新增
                自助借还机6台，方便读者借阅。
                ■本报讯 日前，城东公园月季园
                进入盛花期，吸引市民前来观赏。
                ■本报讯 昨天，市消防救援支队
                走进校园开展消防安全宣传。
                """, null);
        assertThat(news(p)).hasSize(3).allSatisfy(a -> {
            assertThat(a.dateline()).isEqualTo("本报讯");
            assertThat(a.paragraphs().get(0)).doesNotContain("■").doesNotContain("本报讯");
        });
    }

    @Test
    void anItemEndingOnTheOlderCommaOrOnItsBrokenSignatureIsFinishedNotContinued() {
        Proposal p = Segmenter.segmentStrict("""
                名伶南來

                坤伶小桂芬、此番應大
                舞臺之聘南來、前晚首
                演、座客極盛、樓上下
                幾無隙地、誠盛況也、（聽
                松客）

                新劇本之難產
                近來各舞臺爭排新戲、而可演之本子
                甚少、編劇者或抄襲舊作、或敷衍成
                篇、觀眾每有看不下去之感、是則可
                慨也、
                """, null);
        assertThat(news(p)).extracting(ProposedArticle::headline).containsExactly("名伶南來", "新劇本之難產");
        assertThat(news(p)).extracting(ProposedArticle::continued).containsExactly(false, false);
    }

    @Test
    void anItemStoppingMidClauseIsContinued() {
        Proposal p = Segmenter.segmentStrict("""
                工潮未息

                本報訊　英商電車公司工人、
                要求加薪三成、公司方面尚
                未答復、工人方面則表示將
                """, null);
        assertThat(news(p)).singleElement().satisfies(a -> assertThat(a.continued()).isTrue());
    }
}
