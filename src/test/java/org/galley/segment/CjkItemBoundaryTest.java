package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where one item of an older Chinese paper ends and the next begins (issue 11, patterns 1-3), for the rules no other
 * test switches on: a signature before a headline as wide as the column, a wire dateline broken over two lines
 * in the middle of a column, a second crosshead, hearsay openers, a notice's heading.
 */
class CjkItemBoundaryTest {

    private static Proposal segment(String text) {
        return Segmenter.segmentStrict(text, null);
    }

    @Test
    void aSignatureClosingTheTextMeansTheColumnWideLineBelowIsTheNextHeadline() {
        Proposal p = segment("""
                戲院失火

                本報訊　昨晚城西戲院
                後台起火、幸經撲滅、
                損失尚輕、（阿明）

                城南新建菜市今日開張

                城南新建菜市於今日開
                張、攤位百餘、
                """);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("戲院失火", "城南新建菜市今日開張");
    }

    @Test
    void aWireDatelineBrokenOverTwoLinesInsideAColumnOpensTheNextItem() {
        Proposal p = segment("""
                米價回落

                （杭州九日電）本地米價連
                日回落、市民稱便、
                （蘇州九
                日電）城內新設公園一所
                、定於下月開放、
                """);
        assertThat(p.articles()).extracting(ProposedArticle::dateline).containsExactly("杭州九日電", "蘇州九日電");
        assertThat(p.articles().get(1).paragraphs()).containsExactly("城內新設公園一所、定於下月開放、");
    }

    @Test
    void aSecondShortHeadInAnItemThatAlreadyHasACrossheadIsACrossheadToo() {
        Proposal p = segment("""
                碼頭工人罷工

                本報訊　浦東碼頭工人
                、昨日起全體罷工、貨
                物無法起卸、

                工會聲明

                該會昨發表聲明、謂工
                人所求者、僅米貼一項
                、

                廠方態度

                輪船公司表示、米貼一
                項、可以商量、
                """);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.paragraphRoles())
                .containsExactly("text", "crosshead", "text", "crosshead", "text"));
    }

    @Test
    void textOpeningWithHearsayNamesANewSubjectSoTheHeadAboveItStartsAnItem() {
        Proposal p = segment("""
                米商囤積

                本報訊　本埠米商多有
                囤積居奇者、社會局已
                派員查勘、

                戲院新張

                據悉城北大戲院、定於
                下月一日開幕、
                """);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("米商囤積", "戲院新張");
    }

    @Test
    void theHeadingOfANoticeIsTheNoticesNotACrossheadOfTheItemAbove() {
        Proposal p = segment("""
                福康藥房失竊

                本報訊　福康藥房昨夜被竊、損失藥品多種、已報捕房查緝、

                福康藥房

                止咳丸每盒五角
                各處均有代售
                電話三四五六號
                """);
        assertThat(p.articles()).extracting(ProposedArticle::kind, ProposedArticle::headline).containsExactly(
                org.assertj.core.groups.Tuple.tuple("news", "福康藥房失竊"),
                org.assertj.core.groups.Tuple.tuple("advert", "福康藥房"));
        assertThat(p.articles().get(0).paragraphRoles()).containsExactly("text");
    }
}
