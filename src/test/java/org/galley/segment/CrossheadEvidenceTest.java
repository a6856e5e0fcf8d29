package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A short one-line head after a finished item is the next item's headline unless something says the item goes on:
 * a numbered sub-head, text opening with a word that refers back, an earlier crosshead, a word of the headline.
 */
class CrossheadEvidenceTest {

    @Test
    void shortHeadlineAfterAFinishedItemStartsTheNextItemEvenWithoutADateline() {
        Proposal p = Segmenter.segmentStrict("""
                電話加價

                本報訊　電話公司呈請
                加價一案、已由市府批
                准、自下月起實行、

                老翁墮河

                南碼頭昨晨有一老翁失
                足墮河、經船戶救起、
                送往醫院、
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("電話加價", "老翁墮河");
    }

    @Test
    void textOpeningWithAWordThatRefersBackKeepsTheHeadInsideTheItem() {
        Proposal p = Segmenter.segmentStrict("""
                綁票案破獲

                本報訊　閘北某富商之
                子、上月被匪綁去、家
                屬報案後、捕房嚴密偵
                查、

                匪窟被抄

                該捕房探員昨晨按址前
                往、將匪徒三名拿獲、
                肉票安然救出、
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("綁票案破獲");
            assertThat(a.paragraphRoles()).containsExactly("text", "crosshead", "text");
        });
    }

    @Test
    void numberedSubHeadsOfARoundUpStayInIt() {
        Proposal p = Segmenter.segmentStrict("""
                各業近況

                本報訊　本埠各業、近
                來情形不一、茲分誌如
                次、

                一

                絲業因外銷不暢、各廠
                多半停工、

                二

                茶業新茶上市、價格平
                穩、
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("各業近況");
            assertThat(a.paragraphs()).contains("一", "二");
        });
    }

    @Test
    void headSharingAWordWithTheHeadlineIsACrosshead() {
        Proposal p = Segmenter.segmentStrict("""
                紗廠工潮擴大

                本報訊　滬東各紗廠工
                人、昨日起相繼停工、
                人數已達萬餘、

                工潮原因

                工人所爭者、為米貼及
                工時兩項、
                """, null);
        assertThat(p.articles()).singleElement()
                .satisfies(a -> assertThat(a.paragraphRoles()).containsExactly("text", "crosshead", "text"));
    }
}
