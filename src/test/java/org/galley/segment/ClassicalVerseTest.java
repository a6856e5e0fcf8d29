package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A tabloid's poem (a title, lines of five or seven characters without punctuation, the poet's pen name) is an
 * article: its verses are text, not a stack of headlines, wherever the title stands. Each test fails without
 * {@link CjkTitleRule#isVerse}.
 */
class ClassicalVerseTest {

    private static final String STORY = """
            影星婚訊

            某影星與某
            公子訂婚之
            說、已非一
            日、

            """;

    @Test
    void aQuatrainUnderItsTitleIsThePoemsText() {
        Proposal p = Segmenter.segmentStrict(STORY + """
                春日偶成

                細雨斜風過畫橋
                桃花落盡柳絲搖
                閒來獨倚欄杆望
                一片春愁寄遠潮
                （海上閒人）
                """, null);
        assertThat(p.articles()).hasSize(2);
        assertThat(p.articles().get(1)).satisfies(a -> {
            assertThat(a.headline()).isEqualTo("春日偶成");
            assertThat(a.paragraphs()).containsExactly("細雨斜風過畫橋桃花落盡柳絲搖閒來獨倚欄杆望一片春愁寄遠潮");
            assertThat(a.byline().reporters()).containsExactly("海上閒人");
        });
        assertThat(p.unassigned()).isEmpty();
    }

    @Test
    void aPoemsTitleSetRightAboveItsVersesHeadsThem() {
        Proposal p = Segmenter.segmentStrict(STORY + """
                秋夜

                月落烏啼夜
                霜天客夢寒
                孤燈照殘卷
                獨坐到更闌
                江上漁歌起
                山中鐘韻殘
                故園千里外
                何日得重看
                （瘦鵑）
                """.replace("秋夜\n\n", "秋夜\n"), null);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("影星婚訊", "秋夜");
        assertThat(p.articles().get(1).paragraphs()).singleElement().asString().startsWith("月落烏啼夜").endsWith("何日得重看");
    }

    @Test
    void fourHeadlineLinesOfUnequalLengthStayAHeadlineStack() {
        assertThat(CjkTitleRule.isVerse(PageText.lines("滬西綁案\n匪徒索價五萬\n捕房派探偵查\n一人已經落網\n"), 0, 4)).isFalse();
        assertThat(CjkTitleRule.isVerse(PageText.lines("菜價飛漲\n市民叫苦\n米價回落\n市面平靜\n"), 0, 4)).isFalse();
        assertThat(CjkTitleRule.isVerse(PageText.lines("細雨斜風過畫橋，\n桃花落盡柳絲搖。\n閒來獨倚欄杆望，\n一片春愁寄遠潮。\n"), 0, 4)).isTrue();
    }

    /**
     * Verse set as running text, its clauses all of seven characters, under a title standing alone after a story:
     * a new item (a poem), not a crosshead of the story, though it opens with 又, a word that goes on.
     */
    @Test
    void aTitleOverVerseSetAsRunningTextIsAPoemNotACrosshead() {
        Proposal p = Segmenter.segmentStrict("""
                小菜場中
                秤頭作弊

                社會局近派員分赴各
                小菜場、檢查秤具、查
                出短秤者三十餘家、

                歲暮感懷

                又是年關近歲除、客
                中囊澀意何如、家書一紙三
                回讀、愧向高堂報起居、
                （冷翁）
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("小菜場中秤頭作弊", "歲暮感懷");
        assertThat(p.articles().get(1).byline().reporters()).containsExactly("冷翁");
        assertThat(CjkTitleRule.isVerseText("據馬某供稱、死者欠伊賭債二百元、屢索不還、反遭辱罵、")).isFalse();
    }
}
