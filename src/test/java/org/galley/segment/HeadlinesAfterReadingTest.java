package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 11, pattern 6: on a page whose headlines stand above their text, the "headlines after the text" reading must
 * not win by a unit or two (text left over at the top, a slogan at the foot, adverts between the items) and hand
 * every headline to the story before it.
 */
class HeadlinesAfterReadingTest {

    @Test
    void aRoundUpOfWireItemsWithLeftoverTextAboveAndASloganBelowKeepsItsHeadlinesOverTheirText() {
        Proposal p = Segmenter.segmentStrict("""
                上期續稿今日刊完、

                各地要聞

                （南京十日電）財政部昨日發表公告、
                （上海十日電）本埠米價連日回落、
                （北平十日電）故宮古物今日裝箱、
                （漢口十日電）江水續漲、堤防吃緊、
                （廣州十日電）省府議決擴建碼頭、
                （天津十日電）津浦路今日恢復通車、

                市民叫苦

                本報訊　菜價飛漲、市民叫苦不迭、

                請用國貨
                """, null);
        assertThat(p.articles()).filteredOn(a -> "各地要聞".equals(a.headline())).singleElement()
                .satisfies(a -> assertThat(a.dateline()).isEqualTo("南京十日電"));
        assertThat(p.articles()).filteredOn(a -> "市民叫苦".equals(a.headline())).singleElement()
                .satisfies(a -> assertThat(a.paragraphs()).containsExactly("菜價飛漲、市民叫苦不迭、"));
    }

    @Test
    void anAdvertTakesNoHeadlineAfterItSoTheHeadlinesAboveTheTextReadingStands() {
        Proposal p = Segmenter.segmentStrict("""
                上期續稿今日刊完、

                電車加價

                本報訊　電車公司呈請加價、已由市府批准、

                福康藥房
                止咳丸每盒五角
                各處均有代售

                老翁墮河

                本報訊　南碼頭昨晨有一老翁失足墮河、經船戶救起、

                請用國貨
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::kind, ProposedArticle::headline).containsExactly(
                org.assertj.core.groups.Tuple.tuple("news", "電車加價"),
                org.assertj.core.groups.Tuple.tuple("advert", null),
                org.assertj.core.groups.Tuple.tuple("news", "老翁墮河"));
    }
}
