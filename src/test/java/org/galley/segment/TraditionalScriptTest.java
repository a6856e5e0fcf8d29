package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule words in traditional characters are read like their simplified forms; the page says which script it is. */
class TraditionalScriptTest {

    private static Proposal segment(String text) {
        return Segmenter.segmentStrict(text, null);
    }

    @Test
    void foldingKeepsLengthAndPositions() {
        String t = "本報訊（記者 陳大文）";
        assertThat(Scripts.fold(t)).isEqualTo("本报讯（记者 陈大文）");
        assertThat(Scripts.fold(t)).hasSameSizeAs(t);
        assertThat(Scripts.fold("plain text")).isEqualTo("plain text");
    }

    @Test
    void traditionalLocalDatelineAndBracketedByline() {
        ProposedArticle a = segment("市府決定擴建碼頭\n\n本報訊（記者 陳大文）市府昨日開會，決定擴建碼頭。\n")
                .articles().get(0);
        assertThat(a.dateline()).isEqualTo("本報訊");
        assertThat(a.byline().reporters()).containsExactly("陳大文");
        assertThat(a.paragraphs()).containsExactly("市府昨日開會，決定擴建碼頭。");
    }

    @Test
    void traditionalBylineRoleWords() {
        assertThat(CjkBylineRule.parse("■記者 林小雨").reporters).containsExactly("林小雨");
        assertThat(CjkBylineRule.parse("通訊員 周一鳴").correspondents).containsExactly("周一鳴");
        assertThat(CjkBylineRule.parse("■攝影 何志強").photographers).containsExactly("何志強");
    }

    @Test
    void traditionalAdvertJumpAndEditorLines() {
        assertThat(AdvertRule.endsAdvert("（廣告）", true)).isTrue();
        assertThat(ContinuationRule.jump("（下轉第3版）", true)).isEqualTo(1);
        assertThat(ContinuationRule.jump("（上接第1版）", true)).isEqualTo(-1);
        assertThat(FurnitureRule.isZhFurniture("責任編輯：張小青", true)).isTrue();
    }

    @Test
    void pageLanguageTagSaysWhichScript() {
        Proposal hant = segment("菜價飛漲\n\n本報訊 市民叫苦不迭，社會局已派員查勘。\n");
        assertThat(hant.language()).isEqualTo("zh");
        assertThat(hant.languageTag()).isEqualTo("zh-Hant");
        assertThat(ProposalJson.toJson(hant, "x.txt")).contains("\"language\": \"zh-Hant\"");
        Proposal hans = segment("菜价飞涨\n\n本报讯 市民叫苦不迭，社会局已派员查勘。\n");
        assertThat(hans.languageTag()).isEqualTo("zh-Hans");
        assertThat(segment("The council met on Tuesday.\n").languageTag()).isEqualTo("en");
    }

    /**
     * Rule words whose traditional form the table lacked (found by converting every rule word with OpenCC's s2t,
     * s2tw and s2hk and folding it back): a theatre's 開鑼, a round-up's 瑣聞 or 匯訊, a notice's 訃告 or 佈告.
     */
    @Test
    void traditionalFormsOfRuleWordsFoldToTheRuleWords() {
        String[][] pairs = {{"開鑼", "开锣"}, {"瑣聞", "琐闻"}, {"瑣記", "琐记"}, {"匯訊", "汇讯"}, {"雜綴", "杂缀"},
            {"訃告", "讣告"}, {"特此佈告", "特此布告"}, {"中介勿擾", "中介勿扰"}, {"鉅片", "钜片"}, {"賜顧", "赐顾"},
            {"採寫", "采写"}, {"詰問", "诘问"}, {"訂閲", "订阅"}};
        for (String[] p : pairs) {
            assertThat(Scripts.fold(p[0])).as(p[0]).isEqualTo(p[1]);
        }
        assertThat(CjkAdvertRule.isAdvertText("天蟾舞台\n今晚准演\n全本紅鬃烈馬\n七時開鑼\n電話九〇四一一\n")).isTrue();
    }
}
