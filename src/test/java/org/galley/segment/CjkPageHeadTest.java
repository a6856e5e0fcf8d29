package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The running head of a Chinese page set as a block of its own at the top: the page code with the page's name
 * ({@code B2 都市新聞}, {@code 要闻 5}), the date (a slash before the weekday, or the weekday on a line of its own)
 * and the editors' credits. Read as text they became the kicker and headline of the first article (issue 11, a
 * second blind set); each test is an invented page and fails without CjkMasthead's page-head rule.
 */
class CjkPageHeadTest {

    private static final String STORY = """
            市區公車增闢兩條路線

            〔記者王美玲／新竹報導〕市府交通處
            昨天宣布，下月起增闢兩條公車路線，
            連接科學園區與火車站。
            """;

    @Test
    void aPageCodeWithItsNameAndASlashedDateAreFurniture() {
        Proposal p = Segmenter.segmentStrict("B2 都市新聞\n2021年4月9日／星期五\n\n" + STORY, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.kicker()).isNull();
            assertThat(a.headline()).isEqualTo("市區公車增闢兩條路線");
        });
        assertThat(p.furniture()).extracting(Furniture::text)
                .containsExactly("B2 都市新聞", "2021年4月9日／星期五");
    }

    @Test
    void aDateOverItsWeekdayIsFurniture() {
        Proposal p = Segmenter.segmentStrict("民國三十六年三月二日\n星期日\n\n" + STORY, null);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.kicker()).isNull());
        assertThat(p.furniture()).extracting(Furniture::text).containsExactly("民國三十六年三月二日", "星期日");
    }

    @Test
    void theEditorsCreditsAndThePageNameUnderThemAreFurniture() {
        Proposal p = Segmenter.segmentStrict("2022年9月1日 星期四 责任编辑：张红 版式：李明\n要闻 5\n\n"
                + "城东大桥今日通车\n\n本报讯 历时两年建设，城东大桥\n今日正式通车。\n", null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.kicker()).isNull();
            assertThat(a.headline()).isEqualTo("城东大桥今日通车");
        });
        assertThat(p.unassigned()).isEmpty();
        assertThat(p.furniture()).hasSize(2);
    }

    /** A week in running text, alone between two column breaks (續映一星期、), is the text's, not a date line. */
    @Test
    void aWeekInRunningTextAloneBetweenColumnBreaksStaysInTheText() {
        Proposal p = Segmenter.segmentStrict("""
                影片續映

                明星公司新片在新光大戲
                院開映以來、連日客滿、戲

                院方面決定續映一星期、

                以饗觀眾、
                """, null);
        assertThat(p.furniture()).isEmpty();
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(String.join("", a.paragraphs()))
                .contains("院方面決定續映一星期、以饗觀眾、"));
    }

    /** A headline of a number and a few characters alone at the top, with no date beside it, stays a headline. */
    @Test
    void aShortHeadlineWithANumberAloneAtTheTopStaysAHeadline() {
        Proposal p = Segmenter.segmentStrict("3人受伤\n\n本报讯 昨日下午，城南一工地发生\n脚手架倒塌事故。\n", null);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.headline()).isEqualTo("3人受伤"));
    }

    /** 本報特派員 is a role like 記者: the line names the author and is no part of the headline above it. */
    @Test
    void aSpecialCorrespondentLineIsAByline() {
        Proposal p = Segmenter.segmentStrict("""
                皖南水災嚴重
                災民數萬流離失所
                本報特派員　林志遠

                （本報蕪湖通訊）皖南連日大雨，
                河水暴漲，沿岸村莊多被淹沒。
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline() + a.subheadline()).doesNotContain("林志遠");
            assertThat(a.byline().reporters()).containsExactly("林志遠");
        });
    }
}
