package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Crossheads that the words of the head and their context mark as a part of the item (issue 11, pattern 3): a part of
 * a report ({@code 肇事經過}), a party's statement in a proceeding ({@code 證人證言} in a court report), a party that
 * speaks in the text below, parallel heads under one signature, lead words ({@code 又訊}), text that announces what
 * follows. The same kind of head after an item about something else, or after a closing signature, still opens an
 * item of its own.
 */
class CrossheadContextTest {

    private static Proposal segment(String text) {
        return Segmenter.segmentStrict(text, null);
    }

    @Test
    void statementsOfWitnessAndAccusedInACourtReportStayInTheReport() {
        Proposal p = segment("""
                鄰居口角涉訟

                本報訊　閘北某里居民
                張某與鄰居李某、因晒
                衣細故口角、張某被毆
                成傷、遂向特區法院控
                告、昨日開庭、

                證人證言

                證人王某到庭、謂當時
                親見李某先行動手、

                被告辯護

                被告李某則謂、係張某
                出言不遜、始行還手、
                庭諭候核辦、
                （小呂）
                """);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("鄰居口角涉訟");
            assertThat(a.paragraphRoles()).containsExactly("text", "crosshead", "text", "crosshead", "text");
            assertThat(a.paragraphs()).contains("證人證言", "被告辯護");
        });
    }

    @Test
    void aVerdictHeadInsideACourtReportIsACrosshead() {
        Proposal p = segment("""
                房客欠租被控

                本報訊　房東某甲、以
                房客某乙積欠房租半年
                、延律師向地方法院起
                訴、昨日審理、

                當庭判決

                推事以事實明確、判令
                某乙限期遷讓、並償還
                欠租、
                """);
        assertThat(p.articles()).singleElement()
                .satisfies(a -> assertThat(a.paragraphRoles()).containsExactly("text", "crosshead", "text"));
    }

    @Test
    void aVerdictHeadAfterAnItemAboutSomethingElseStartsANewItem() {
        Proposal p = segment("""
                茶樓失火

                本報訊　南市某茶樓昨
                晨失慎、延燒半小時始
                熄、損失約千元、

                劫案判決

                去年冬間搶劫金店之匪
                徒三名、昨經法院分別
                判處徒刑十年、
                """);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("茶樓失火", "劫案判決");
    }

    @Test
    void aHeadNamingTheCourseOfEventsIsAPartOfTheReport() {
        Proposal p = segment("""
                汽車撞斃老婦

                本報訊　昨日下午、霞
                飛路上有一老婦被汽車
                撞倒、傷重殞命、

                肇事經過

                昨日下午四時許、老婦
                攜籃過街、適一汽車疾
                駛而來、閃避不及、
                """);
        assertThat(p.articles()).singleElement()
                .satisfies(a -> assertThat(a.paragraphRoles()).containsExactly("text", "crosshead", "text"));
    }

    @Test
    void aHeadWhosePartySpeaksInTheTextBelowIsACrosshead() {
        Proposal p = segment("""
                輪船失火

                本報訊　寧紹某輪前晚
                駛近吳淞口時、艙內忽
                然起火、旋即撲滅、

                船主談話

                船主某君稱、火起於貨
                艙、幸發覺尚早、未釀
                巨災、
                """);
        assertThat(p.articles()).singleElement()
                .satisfies(a -> assertThat(a.paragraphRoles()).containsExactly("text", "crosshead", "text"));
    }

    @Test
    void parallelHeadsOfTheSidesUnderOneSignatureDivideOneReport() {
        Proposal p = segment("""
                絲廠工潮

                本報訊　閘北各絲廠工
                人、因工資問題、昨日
                停工半日、

                勞方要求

                工人代表提出條件三項
                、以增加工資為首、

                資方表示

                廠主聯合會昨晚開會、
                允予酌量增加、
                （阿木）
                """);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.paragraphRoles()).containsExactly("text", "crosshead", "text", "crosshead", "text");
            assertThat(a.byline().reporters()).containsExactly("阿木");
        });
    }

    @Test
    void aLeadWordAddingNewsStaysInTheItem() {
        Proposal p = segment("""
                市長出巡

                本報訊　市長昨晨赴江
                灣視察新建市屋、

                又訊

                市長定今日下午接見各
                團體代表、
                """);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.paragraphs()).contains("又訊"));
    }

    @Test
    void textAnnouncingWhatFollowsKeepsTheNextHeadInTheItem() {
        Proposal p = segment("""
                市政近聞

                本報訊　本市各項市政
                、近有進展、茲分誌如
                次、

                新闢馬路

                工務局在滬西新闢馬路
                兩條、月內可以完工、
                """);
        assertThat(p.articles()).singleElement()
                .satisfies(a -> assertThat(a.paragraphRoles()).containsExactly("text", "crosshead", "text"));
    }

    @Test
    void aHeadAfterAClosingSignatureOpensAnItemWhatEverItNames() {
        Proposal p = segment("""
                碼頭失竊

                本報訊　十六鋪碼頭堆
                棧昨晚失竊棉紗十包、
                （阿木）

                火警詳情

                昨晚虹口火警、延燒民
                房四幢、
                """);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("碼頭失竊", "火警詳情");
    }

    @Test
    void eachMarkedSubItemOfARoundUpIsAParagraphOfItsOwn() {
        Proposal p = segment("""
                本埠零訊

                ▲閘北　昨日拘獲賭徒
                十名、
                ▲南市　新開馬路一條
                、行人稱便、
                """);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.paragraphs())
                .containsExactly("▲閘北　昨日拘獲賭徒十名、", "▲南市　新開馬路一條、行人稱便、"));
    }

    @Test
    void ordinalSubHeadsOfARoundUpStayInIt() {
        Proposal p = segment("""
                各校近訊

                本報訊　本市各校近日
                消息頗多、

                第一

                市立中學新建禮堂落成
                、定期舉行典禮、

                第二項

                民立小學增設夜班、專
                收失學兒童、
                """);
        assertThat(p.articles()).singleElement()
                .satisfies(a -> assertThat(a.paragraphs()).contains("第一", "第二項"));
    }
}
