package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The masthead of a front page (paper's name, issue date, sheet) is furniture, not the first item's kicker. */
class CjkMastheadTest {

    @Test
    void mastheadBlockAtTheTopIsFurnitureAndTheFirstItemKeepsItsOwnHeadline() {
        Proposal p = Segmenter.segmentStrict("""
                鐵報
                中華民國二十六年四月二日　星期五
                第一張

                關稅會議
                今日開幕

                （中央社南京一日電）關稅會
                議定今日上午在財政部開幕、
                各省代表均已到京、
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.kicker()).isNull();
            assertThat(a.headline()).isEqualTo("關稅會議今日開幕");
        });
        assertThat(p.furniture()).extracting(Furniture::text).contains("中華民國二十六年四月二日　星期五", "第一張");
    }

    @Test
    void issueDateOfTodaysPaperIsFurnitureWhereverItStands() {
        Proposal p = Segmenter.segmentStrict("""
                2023年11月8日 星期三
                城北公园完成提升改造

                本报讯 经过半年施工，城北公园提升改造工程近日完工，新增步道两公里。
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.headline()).isEqualTo("城北公园完成提升改造"));
        assertThat(p.furniture()).extracting(Furniture::text).containsExactly("2023年11月8日 星期三");
    }

    @Test
    void aHeadlineThatMentionsADateIsNoMasthead() {
        Proposal p = Segmenter.segmentStrict("""
                五月九日國恥紀念大會

                本報訊　各界定於明日上午在公共體育場舉行紀念大會、
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.headline()).isEqualTo("五月九日國恥紀念大會"));
        assertThat(p.furniture()).isEmpty();
    }
}
