package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A tabloid's lists and serials: market prices and results set one entry to a line are one paragraph each; a
 * serial's instalment ends at （未完） even where the bracket broke over two lines, and the next item's text is not
 * read as more of it. Invented pages in the style of a fourth blind set; each test fails without its rule.
 */
class ListsAndInstalmentsTest {

    @Test
    void pricesSetOneToALineAreOneParagraphEach() {
        Proposal p = Segmenter.segmentStrict("""
                昨日市價

                昨日各市行情如下：
                標金開盤七百零二元四角
                收盤七百零一元八角
                白粳每石十一元五角
                洋秈每石九元八角
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.paragraphs()).containsExactly(
                "昨日各市行情如下：", "標金開盤七百零二元四角", "收盤七百零一元八角", "白粳每石十一元五角", "洋秈每石九元八角"));
    }

    /** A ragged column of a serial, lines without punctuation of different lengths, is running text. */
    @Test
    void raggedLinesThatRunOnAreNoList() {
        Proposal p = Segmenter.segmentStrict("""
                歇浦潮痕

                　　話說趙大少
                爺自從那日在大新舞
                廳見了曼娜一面
                、便如失魂落魄一般、
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.paragraphs()).hasSize(1));
    }

    @Test
    void textAfterAnInstalmentsEndIsTheNextItem() {
        Proposal p = Segmenter.segmentStrict("""
                浦江潮

                　　王小二笑道：「發財
                談不上，不過混口飯吃罷
                了。明天到大世界門口來
                找我，包你有好處。」（未
                完）

                光裕社彈詞家沈調仙，
                近因咽喉發炎，已向各書場
                告假一月，聽客聞之，莫不
                惋惜。
                """, null);
        assertThat(p.articles()).first().satisfies(a -> assertThat(String.join("", a.paragraphs())).endsWith("（未完）"));
        // a text without a headline of its own is left for an editor to assign, not added to the serial
        assertThat(p.unassigned()).singleElement().satisfies(u -> assertThat(u.text()).startsWith("光裕社"));
    }

    /** After （未完）, a line short of the column over an indented paragraph heads the next item, nine wide or not. */
    @Test
    void aHeadlineOverAnIndentedParagraphAfterAnInstalmentsEndHeadsTheNextItem() {
        Proposal p = Segmenter.segmentStrict("""
                浦江潮

                　　王小二笑道：「發財
                談不上，不過混口飯吃罷
                了。明天到大世界門口來
                找我，包你有好處。」（未
                完）

                評彈名家沈調仙輟唱
                　　光裕社彈詞家沈調仙，
                近因咽喉發炎，已向各書場
                告假一月，聽客聞之，莫不
                惋惜。
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("浦江潮", "評彈名家沈調仙輟唱");
    }
}
