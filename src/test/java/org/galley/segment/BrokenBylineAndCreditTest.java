package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bylines that a narrow column breaks or that today's traditional papers write as 記者 某某／攝. */
class BrokenBylineAndCreditTest {

    @Test
    void bracketedBylineAfterTheDatelineClosedOnTheNextLine() {
        Proposal p = Segmenter.segmentStrict("""
                城南新建体育馆开放

                　　本报讯（记者 吴小飞 通讯员 马
                丽）昨天，城南体育馆正式对外开放，
                市民可预约使用羽毛球场和游泳池。
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.dateline()).isEqualTo("本报讯");
            assertThat(a.byline().reporters()).containsExactly("吴小飞");
            assertThat(a.byline().correspondents()).containsExactly("马丽");
            assertThat(a.paragraphs()).containsExactly("昨天，城南体育馆正式对外开放，市民可预约使用羽毛球场和游泳池。");
        });
    }

    @Test
    void photoCreditWithSlashIsThePhotographer() {
        assertThat(CjkBylineRule.parse("記者 蘇家豪／攝").photographers).containsExactly("蘇家豪");
        assertThat(CjkBylineRule.parse("文/图 李明").reporters).containsExactly("李明");
    }

    @Test
    void photoCreditUnderTheTextIsNotGluedToIt() {
        Proposal p = Segmenter.segmentStrict("""
                燈會吸引人潮

                　　本報訊　元宵燈會昨晚登場，吸引大批市民前往賞燈。
                記者 蘇家豪／攝
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.paragraphs()).containsExactly("元宵燈會昨晚登場，吸引大批市民前往賞燈。");
            assertThat(a.byline().photographers()).containsExactly("蘇家豪");
        });
    }
}
