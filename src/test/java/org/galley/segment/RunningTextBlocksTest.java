package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Running text that a column break set apart as a block of its own is text, not a headline (issue 11, patterns 3 and
 * 5): in the narrow columns of older papers {@code 、} is the only comma, so a block of running text looks like a
 * headline line by line. Invented pages: 1930s tabloid columns (traditional script, 11 or 12 characters) and today's
 * columns (16 characters, simplified and traditional).
 */
class RunningTextBlocksTest {

    private static Proposal segment(String page) {
        return Segmenter.segmentStrict(page, null);
    }

    private static List<String> titleParts(Proposal p) {
        List<String> out = new ArrayList<>();
        for (ProposedArticle a : p.articles()) {
            for (String s : new String[] {a.kicker(), a.headline(), a.subheadline()}) {
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    @Test
    void aFourLineBlockOfWrappedTextAndTheLonePeriodEndingItStayInTheArticle() {
        Proposal p = segment("""
                舞場漫話

                小鳳著

                近來滬上舞場、如雨後春筍
                、一條靜安寺路上、便有大
                小舞場七八家、每晚樂聲悠
                揚、燈光閃爍、舞客之多、
                實為從前所未有。

                舞女之中、亦有自命清高者
                、只伴舞而不出場、客人雖
                擲千金、亦不能動其心、此
                輩在舞場中、反為人所敬重

                。

                然舞場之風氣、究竟不可長
                、青年子弟沉迷其中、荒廢
                學業者、亦大有人在、為家
                長者、不可不察也。
                """);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.kicker()).isNull();
            assertThat(a.headline()).isEqualTo("舞場漫話");
            assertThat(a.subheadline()).isNull();
            assertThat(a.paragraphs()).containsExactly(
                    "近來滬上舞場、如雨後春筍、一條靜安寺路上、便有大小舞場七八家、每晚樂聲悠揚、燈光閃爍、舞客之多、實為從前所未有。",
                    "舞女之中、亦有自命清高者、只伴舞而不出場、客人雖擲千金、亦不能動其心、此輩在舞場中、反為人所敬重。",
                    "然舞場之風氣、究竟不可長、青年子弟沉迷其中、荒廢學業者、亦大有人在、為家長者、不可不察也。");
        });
    }

    @Test
    void aLineOpeningWithTheCommaWrappedFromTheFullLineAboveIsText() {
        Proposal p = segment("""
                舞場漫話

                近來滬上舞場、如雨後春筍
                、每晚樂聲悠揚、燈光閃爍
                、實為從前所未有。

                舞女之中、亦有自命清高者
                、只伴舞而不出場、客人雖

                擲千金、亦不能動其心。

                然舞場之風氣、究竟不可長
                、為家長者、不可不察也。
                """);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("舞場漫話");
            assertThat(a.kicker()).isNull();
            assertThat(a.paragraphs()).containsExactly("近來滬上舞場、如雨後春筍、每晚樂聲悠揚、燈光閃爍、實為從前所未有。",
                    "舞女之中、亦有自命清高者、只伴舞而不出場、客人雖擲千金、亦不能動其心。",
                    "然舞場之風氣、究竟不可長、為家長者、不可不察也。");
        });
    }

    @Test
    void aLineOpeningWithTheCommaUnderAColumnBreakAtThePageFootIsTheTextsEnd() {
        Proposal p = segment("""
                舞場漫話

                近來滬上舞場、如雨後春筍
                、每晚樂聲悠揚、燈光閃爍
                、實為從前所未有。舞女之
                中、亦有自命清高者、此輩

                、只伴舞而不出場
                """);
        assertThat(p.unassigned()).isEmpty();
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.paragraphs()).singleElement()
                .satisfies(t -> assertThat(t).endsWith("此輩、只伴舞而不出場")));
    }

    @Test
    void todaysTraditionalColumnWrappedAtItsEnumerationCommaIsText() {
        Proposal p = segment("""
                老街非遺展開幕

                　　本報訊 市文化館舉辦的老街非遺
                展昨日開幕，展期一個月。

                　　展出作品包括剪紙、刺繡、竹編
                、木雕和泥塑等各門類三百餘件展品

                多出自八旬老藝人之手。
                　　市文化館負責人介紹，展覽免費
                開放，每週一閉館。
                """);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("老街非遺展開幕");
            assertThat(a.kicker()).isNull();
            assertThat(a.paragraphs()).contains("展出作品包括剪紙、刺繡、竹編、木雕和泥塑等各門類三百餘件展品多出自八旬老藝人之手。");
        });
    }

    @Test
    void aBlockFollowedByALonePeriodAtTheNextColumnsTopIsTextAndTakesThePeriod() {
        Proposal p = segment("""
                名伶重登舞台

                名伶王芳、久未登台、昨晚
                在更新舞台重演拿手好戲。

                是晚座無虛席、掌聲雷動不
                絕、觀眾至午夜猶不肯散去

                。

                聞王芳下月將赴漢口演出、
                屆時必又轟動一時也。
                """);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("名伶重登舞台");
            assertThat(a.kicker()).isNull();
            assertThat(a.paragraphs()).containsExactly("名伶王芳、久未登台、昨晚在更新舞台重演拿手好戲。",
                    "是晚座無虛席、掌聲雷動不絕、觀眾至午夜猶不肯散去。", "聞王芳下月將赴漢口演出、屆時必又轟動一時也。");
        });
    }

    @Test
    void todaysSimplifiedBlockWhoseSentenceGoesOnAfterAColumnBreakIsText() {
        Proposal p = segment("""
                老街非遗展开幕

                　　本报讯 市文化馆举办的老街非遗
                展昨日开幕，展期一个月。

                　　展出的作品包括剪纸、刺绣、竹
                编、木雕和泥塑等门类三百余件展品

                ，其中不少出自八旬老艺人之手。
                　　市文化馆负责人介绍，展览免费
                开放，每周一闭馆。
                """);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("老街非遗展开幕");
            assertThat(a.kicker()).isNull();
            assertThat(a.paragraphs()).containsExactly("市文化馆举办的老街非遗展昨日开幕，展期一个月。",
                    "展出的作品包括剪纸、刺绣、竹编、木雕和泥塑等门类三百余件展品，其中不少出自八旬老艺人之手。",
                    "市文化馆负责人介绍，展览免费开放，每周一闭馆。");
        });
    }

    @Test
    void threeLinesAtTheColumnsWidthWithClausesUnderACrossheadAreText() {
        Proposal p = segment("""
                輪船觸礁旅客無恙

                本報訊昨晨有某輪由甬來
                滬、行至吳淞口外、忽觸
                暗礁、船身進水、幸經附
                近漁船救起旅客百餘人。

                船員供詞

                據大副稱、是日海上大霧
                視線不清、船長下令減速
                慢駛、不料行至口外暗礁

                之處、船身忽然觸礁、旅
                客驚惶失措、幸無死傷。

                米價回跌

                本報訊近日米價漸趨平穩
                、各米店均已照常營業。
                """);
        assertThat(titleParts(p)).noneMatch(t -> t.contains("大副") || t.contains("之處"));
        assertThat(p.articles()).hasSize(2);
        assertThat(p.articles().get(0).headline()).isEqualTo("輪船觸礁旅客無恙");
        assertThat(p.articles().get(0).paragraphs()).contains(
                "據大副稱、是日海上大霧視線不清、船長下令減速慢駛、不料行至口外暗礁之處、船身忽然觸礁、旅客驚惶失措、幸無死傷。");
        assertThat(p.articles().get(1).kicker()).isNull();
        assertThat(p.articles().get(1).headline()).isEqualTo("米價回跌");
    }

    @Test
    void theContinuationOfABlockUnderACrossheadIsNoHeadline() {
        Proposal p = segment("""
                輪船觸礁旅客無恙

                本報訊昨晨有某輪由甬來
                滬、行至吳淞口外、忽觸
                暗礁、船身進水、幸經附
                近漁船救起旅客百餘人。

                船員供詞

                據大副稱、是日海上大霧
                視線不清、船長下令減速
                慢駛、不料行至口外暗礁

                之處、船身忽然觸礁、旅
                客驚惶失措

                米價回跌

                本報訊近日米價漸趨平穩
                、各米店均已照常營業。
                """);
        assertThat(titleParts(p)).noneMatch(t -> t.contains("大副") || t.contains("之處"));
        assertThat(p.articles()).hasSize(2);
        assertThat(p.articles().get(0).headline()).isEqualTo("輪船觸礁旅客無恙");
        assertThat(p.articles().get(0).paragraphs()).contains(
                "據大副稱、是日海上大霧視線不清、船長下令減速慢駛、不料行至口外暗礁之處、船身忽然觸礁、旅客驚惶失措");
        assertThat(p.articles().get(1).kicker()).isNull();
        assertThat(p.articles().get(1).headline()).isEqualTo("米價回跌");
    }

    @Test
    void theShortLastLineOfABlockThatGoesOnFromAFullColumnIsText() {
        Proposal p = segment("""
                工廠失火

                本報訊昨夜二時許、閘北
                某紗廠忽然起火、火勢甚
                猛、延燒至天明始熄、損
                失約在十萬元以上、幸工
                人均已逃出、未有傷亡據

                消防隊員稱、起火原因係
                電線走火所致

                米價回跌

                本報訊近日米價漸趨平穩
                、各米店均已照常營業。
                """);
        assertThat(p.articles()).hasSize(2);
        assertThat(p.articles().get(0).headline()).isEqualTo("工廠失火");
        assertThat(p.articles().get(0).paragraphs()).singleElement()
                .satisfies(t -> assertThat(t).endsWith("未有傷亡據消防隊員稱、起火原因係電線走火所致"));
        assertThat(p.articles().get(1).kicker()).isNull();
        assertThat(p.articles().get(1).headline()).isEqualTo("米價回跌");
    }

    @Test
    void shortHeadlinesStayHeadlinesAfterATextThatRanToTheColumnsEnd() {
        Proposal p = segment("""
                電車出軌

                本報訊今晨七時許、下關
                電車行至中山路口、忽然
                出軌、車身傾斜、乘客數
                人受驚、路局已派工修理

                菜價飛漲、市民叫苦

                近日菜價飛漲、青菜每斤
                竟售銅元十餘枚、市民莫
                不叫苦、社會局已派員查
                勘、

                學生募捐
                救濟災民

                本市各校學生、近為北方
                水災募捐、連日奔走街頭
                、市民踴躍輸將。
                """);
        assertThat(p.articles()).extracting(ProposedArticle::headline)
                .containsExactly("電車出軌", "菜價飛漲、市民叫苦", "學生募捐救濟災民");
    }

    @Test
    void aLonePeriodWithNoTextAboveItIsKeptForAnEditor() {
        Proposal p = segment("""
                。

                舞場漫話

                近來滬上舞場、如雨後春筍
                、每晚樂聲悠揚、燈光閃爍
                、實為從前所未有。
                """);
        assertThat(p.unassigned()).singleElement().satisfies(u -> {
            assertThat(u.text()).isEqualTo("。");
            assertThat(u.role()).isEqualTo("text");
        });
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.headline()).isEqualTo("舞場漫話"));
    }

    /**
     * A new paragraph's first line or two, set apart by a column break, run to the column's width with a clause
     * inside ({@code 這一晚、幫閒老周又來獻計}), or the text under them opens with the last character of their broken
     * word ({@code 來、便推說頭痛}): the item goes on. Found on blind pages in the style of 1930s tabloids.
     */
    @Test
    void fullWidthLinesOfTextAfterAColumnBreakAreNoHeadline() {
        Proposal p = segment("""
                霓虹燈下

                卻說王小開自從得了遺產、
                便如脫韁之馬、整日價在舞
                廳賭場裏鬼混、身邊總跟着
                三五個幫閒、

                這一晚、幫閒老周又來獻計

                道、「少爺、聽說回力球場
                今夜有一場好球、何不去押
                上一千塊錢、」

                且說金寶自那日從一品香回

                來、便推說頭痛、一連兩天
                不曾出門、

                小菜場中
                秤頭作弊

                社會局近派員分赴各小菜場
                、檢查秤具、查出短秤者、
                竟有三十餘家、
                """);
        assertThat(titleParts(p)).containsExactly("霓虹燈下", "小菜場中秤頭作弊");
        assertThat(String.join("", p.articles().get(0).paragraphs())).contains("這一晚、幫閒老周又來獻計道、")
                .contains("且說金寶自那日從一品香回來、便推說頭痛");
    }

    /** The end of a quoted sentence pushed to a column top ({@code 乎、」}) is no headline of the item below. */
    @Test
    void theEndOfAQuotedClauseIsNoHeadline() {
        assertThat(TitleRule.isZhTitleLike("乎、」")).isFalse();
        assertThat(TitleRule.isZhTitleLike("談「摩登」")).isTrue();
    }

    /**
     * A round-up's title over its numbered parts, after a sentence's tail pushed over a column break ({@code 乎、」}):
     * the tail is no column to measure the title against, and {@code 一、大光明} opens a part, not the end of a
     * broken word. A poem's title set on its verses after an advert is a headline. From a blind tabloid page.
     */
    @Test
    void aTitleAfterASentencesTailOverAColumnBreakIsAHeadline() {
        Proposal p = segment("""
                好萊塢明星
                之早餐

                某胖子明星、則不受此限
                制、每日早餐須吃火腿蛋
                、他人問之、彼則答曰、
                「豈可減

                乎、」

                各影院新片
                預告

                一、大光明　下星期一
                起、映派拉蒙歌舞片、

                二、國泰　下週映福斯
                公司新片、

                招請女演員
                本公司擬招女演員
                四名年在十八歲
                至廿二歲之間
                者為合格有意者
                大中華影片公司啟

                觀電影有感
                燈滅銀幕一片明、
                悲歡離合總關情、
                """);
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "news", "advert", "news");
        assertThat(titleParts(p)).containsExactly("好萊塢明星之早餐", "各影院新片預告", "觀電影有感");
    }
}
