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

    /**
     * A 1930s cinema's or theatre's programme (showings, times, a numbered road or a crossing), a private notice
     * signed with 啟, a room to let and a pawnshop are adverts. Found on blind pages in the style of Shanghai tabloids.
     */
    @Test
    void programmesNoticesAndPawnshopsOfTheThirtiesAreAdverts() {
        assertThat(CjkAdvertRule.isAdvertText("光華大戲院\n今明兩天\n國產有聲巨片\n秋海棠\n連映三場\n夜場九時\n北四川路虬江路口\n"))
                .isTrue();
        assertThat(CjkAdvertRule.isAdvertText("大新舞臺\n本星期六起\n秦慧芬　全本玉堂春\n夜場七時開鑼\n四馬路\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("聲明\n鄙人於本月十日\n遺失圖章一方文曰\n張德順印除已登\n報作廢外概與本人\n無涉特此聲明\n張德順啟\n"))
                .isTrue();
        assertThat(CjkAdvertRule.isAdvertText("招租\n卡德路石庫門房屋\n一樓一底　前後天井\n水電俱全\n月租廿八元\n看屋請洽弄口\n"))
                .isTrue();
        assertThat(CjkAdvertRule.isAdvertText("大豐押店\n押款迅速\n利息公道\n期限六個月\n南市小東門\n大街五號\n")).isTrue();
    }

    /** Gossip about a cinema in the running text of a narrow column punctuates its clauses with 、: it is news. */
    @Test
    void gossipAboutAShowWithTheEnumerationCommaIsNews() {
        assertThat(CjkAdvertRule.isAdvertText("電臺歌女小鸝鳴、\n歌喉婉轉、近為百\n代公司邀請灌製唱\n片四張、所唱均係\n新編時調、聞片成\n之後、將在各大公\n司發售、\n"))
                .isFalse();
        assertThat(CjkAdvertRule.isAdvertText("某影院新片開映\n、日場夜場均告\n客滿、連映三日\n、觀眾仍擁擠不\n堪、票價亦漲\n"))
                .isFalse();
    }

    /** A lawyer's notice (its address broken over two lines) and a film company's casting call are adverts. */
    @Test
    void aLawyersNoticeAndACastingCallAreAdverts() {
        assertThat(CjkAdvertRule.isAdvertText("林文彬律師代表\n顧蔡氏聲明\n茲據當事人顧蔡氏\n委稱本人與顧阿福\n業經協議離婚嗣後\n各不相涉特此聲明\n事務所　愛多亞路\n三十六號\n"))
                .isTrue();
        assertThat(CjkAdvertRule.isAdvertText("招請女演員\n本公司擬招女演員\n四名年在十八歲\n至廿二歲之間\n者為合格有意者\n請附二寸照片一張\n大中華影片公司啟\n"))
                .isTrue();
    }

    @Test
    void aRestaurantWithItsAddressIsAnAdvert() {
        assertThat(CjkAdvertRule.isAdvertText("夏令冷飲\n冰淇淋\n刨冰\n汽水\n福利西菜社\n霞飛路\n五百號\n")).isTrue();
    }

    /** A cinema's programme with its hours of showing and no address or phone number. */
    @Test
    void aCinemaProgrammeWithItsHoursIsAnAdvert() {
        assertThat(CjkAdvertRule.isAdvertText("光華大戲院\n今日開映\n國產有聲片\n歸燕\n日夜四場\n二時　四時\n七時　九時一刻\n")).isTrue();
    }

    /**
     * A private notice under its heading (尋人, 結婚啟事, a lawyer's 緊要聲明) is an advert though its text is
     * punctuated like a report; a headline about a statement is news.
     */
    @Test
    void aNoticeUnderItsHeadingIsAnAdvertWhateverItsPunctuation() {
        Proposal p = Segmenter.segmentStrict("""
                米價再漲

                本市米價、近日又復飛漲
                、貧民叫苦、

                尋人
                吳阿二、年十二歲、浦
                東口音、於本月三日在
                城隍廟走失、酬洋十元、

                結婚啟事
                我倆於本月二十五日在新新
                酒樓結婚、特此敬告親友、
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "advert");
        assertThat(CjkAdvertRule.isNoticeHeading("王大年律師代表")).isTrue();
        assertThat(CjkAdvertRule.isNoticeHeading("陳李氏緊要聲明")).isTrue();
        assertThat(CjkAdvertRule.isNoticeHeading("外部發表聲明")).isFalse();
    }

    /** A cinema's advert right under an item's last line, no blank between: the item ends, the advert is one. */
    @Test
    void anAdvertGluedUnderAnItemsLastLineIsSplitOff() {
        Proposal p = Segmenter.segmentStrict("""
                碼頭工人罷工

                浦東碼頭工人、因工資
                問題、昨起罷工、資方
                尚在交涉中、
                大光華戲院
                今日起映
                《海上鴛鴦》
                每日四場
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert");
        assertThat(String.join("", p.articles().get(0).paragraphs())).endsWith("尚在交涉中、");
    }

    /** Gossip about a film's run closing an item, at the column's width, is the item's. */
    @Test
    void aFilmsRunAtTheEndOfAnItemIsNoAdvert() {
        Proposal p = Segmenter.segmentStrict("""
                影片賣座

                明星公司新片在新光開映
                以來、連日客滿、戲院方
                面決定續映一星期、
                日夜四場仍告滿座
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news");
    }

    /** A patent medicine by its claims (家庭常備, 四時必備) and its price per box, with no shop named. */
    @Test
    void aPatentMedicineByItsClaimsIsAnAdvert() {
        assertThat(CjkAdvertRule.isAdvertText("家庭常備\n清涼丹\n四時必備\n頭暈腹痛\n每盒五角\n")).isTrue();
        assertThat(CjkAdvertRule.isAdvertText("衛生局長談\n夏令衛生\n家庭常備藥物\n不可缺少\n")).isFalse();
    }

    /** A short wire item and the medicine glued under it would pass for one advert; the item stays news. */
    @Test
    void aShortItemOverAGluedAdvertStaysNews() {
        Proposal p = Segmenter.segmentStrict("""
                蘇省府改組說不確

                （鎮江十日電）外傳蘇省府將有改組
                之議，據省府負責人談，純屬謠言，毫無
                根據。
                亞林大補丸
                專治身體虛弱　面黃肌瘦
                每瓶大洋一元五角
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert");
        assertThat(p.articles().get(0).dateline()).isEqualTo("鎮江十日電");
    }

    /** An advert set into an item mid-sentence: the text under it finishes the item's sentence. */
    @Test
    void theTextUnderAnAdvertSetMidSentenceFinishesTheItem() {
        Proposal p = Segmenter.segmentStrict("""
                影片公司欠薪風潮

                某影片公司職員數十人，因
                公司積欠薪水兩月，昨日齊
                集經理室要求，恐將宣告停

                仁濟堂
                止咳丸
                每盒三角

                業云。

                法租界巡捕舞弊案宣判

                法租界某捕房華捕三名，被
                控向煙販索賄，昨日宣判。
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "advert", "news");
        assertThat(String.join("", p.articles().get(0).paragraphs())).endsWith("恐將宣告停業云。");
    }

    /** A signature short of the column over an advert ends its item: what follows the advert is not its text. */
    @Test
    void textUnderAnAdvertAfterASignatureIsNotTheItemsText() {
        Proposal p = Segmenter.segmentStrict("""
                電車上的扒手

                編輯先生：本月二十日上午，
                我乘第八路電車至外灘，皮
                夾已被扒去，希望當局加派
                便衣探捕，以保乘客安全。
                讀者　趙仲平

                美華時裝公司
                女子旗袍　新式裁剪
                霞飛路八百號

                今晚回力球預測

                第一盤　二號　六號
                第二盤　四號　一號
                """, null);
        assertThat(String.join("", p.articles().get(0).paragraphs())).doesNotContain("回力球");
    }
}
