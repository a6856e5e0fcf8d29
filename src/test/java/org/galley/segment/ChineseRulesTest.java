package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per Chinese rule, on small made-up pages (no names or lines from the seed). */
class ChineseRulesTest {

    private static Proposal zh(String text) {
        return Segmenter.segment(text, "zh");
    }

    private static ProposedArticle only(Proposal p) {
        assertThat(p.articles()).hasSize(1);
        return p.articles().get(0);
    }

    @Test
    void cjkLinesJoinWithoutSeparator() {
        LineJoiner j = new LineJoiner(true, Vocabulary.EMPTY);
        assertThat(j.join(List.of("今天上午，市长来到", "河边公园检查工作。"))).isEqualTo("今天上午，市长来到河边公园检查工作。");
        assertThat(j.join(List.of("采用ORC", "工艺"))).isEqualTo("采用ORC工艺");
        assertThat(j.join(List.of("面积达50", "00平方米"))).isEqualTo("面积达5000平方米");
    }

    @Test
    void blankLineAfterMidSentenceIsAColumnBreakAfterFullStopAParagraphEnd() {
        ProposedArticle a = only(zh("本报讯 今年以来，全县推进质量变革、效率变革和动\n\n力变革。\n\n第二段从这里开始，写了些内容。\n\n山河新貌\n"));
        assertThat(a.paragraphs()).containsExactly("今年以来，全县推进质量变革、效率变革和动力变革。", "第二段从这里开始，写了些内容。");
    }

    @Test
    void headlinePrintedAfterItsBodyBelongsToThatBody() {
        Proposal p = zh("本报讯 第一篇的正文，写得很长很长。\n\n第一篇标题\n\n本报讯 第二篇的正文也写得很长。\n\n第二篇标题\n");
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("第一篇标题", "第二篇标题");
        assertThat(p.articles().get(1).paragraphs()).containsExactly("第二篇的正文也写得很长。");
    }

    @Test
    void headlineDuplicatedByTheLayoutIsOneHeadline() {
        assertThat(DuplicateTitleRule.dedupe("全县召开大会全县召开大会")).isEqualTo("全县召开大会");
        assertThat(DuplicateTitleRule.dedupe("全县召开大会 全县召开大会")).isEqualTo("全县召开大会");
        assertThat(DuplicateTitleRule.dedupe("好好学习")).isEqualTo("好好学习"); // 好好 is not a duplicated headline
        assertThat(DuplicateTitleRule.dedupe("天天")).isEqualTo("天天");
    }

    @Test
    void shortTitleLinesJoinLongOnesAreKickerAndHeadline() {
        TitleBuilder t = new TitleBuilder(true, new LineJoiner(true, Vocabulary.EMPTY));
        assertThat(t.build(List.of(List.of("古镇老街", "焕发新生机")))).isEqualTo(new Title(null, "古镇老街焕发新生机", null));
        assertThat(t.build(List.of(List.of("聚焦乡村振兴推动产业融合发展", "全县农业产值实现两位数增长目标"))))
                .isEqualTo(new Title("聚焦乡村振兴推动产业融合发展", "全县农业产值实现两位数增长目标", null));
    }

    @Test
    void muchShorterFirstDeckIsHeadlineWithSubheadline() {
        TitleBuilder t = new TitleBuilder(true, new LineJoiner(true, Vocabulary.EMPTY));
        assertThat(t.build(List.of(List.of("县政府召开常务会议", "研究部署春季农业生产和安全生产工作等事项"))))
                .isEqualTo(new Title(null, "县政府召开常务会议", "研究部署春季农业生产和安全生产工作等事项"));
        assertThat(t.build(List.of(List.of("山城引题文字在这里出现", "主标题文字在这里", "——副题说明文字在这里出现了"))))
                .isEqualTo(new Title("山城引题文字在这里出现", "主标题文字在这里", "——副题说明文字在这里出现了"));
    }

    @Test
    void bylineWithJustifiedRoleWordAndCorrespondentsOnTheNextLine() {
        ProposedArticle a = only(zh("■记 者 周小明\n通讯员 钱多多 孙 亮\n\n本报讯 正文在这里，写得很长很长。\n\n标题在此\n"));
        assertThat(a.byline()).isEqualTo(new Byline(List.of("周小明"), List.of("钱多多", "孙亮"), List.of()));
    }

    @Test
    void bylineWithReporterAndCorrespondentsOnOneLine() {
        ParsedByline b = CjkBylineRule.parse("■记者 吴一凡 通讯员 郑 好 冯小刚");
        assertThat(b.reporters).containsExactly("吴一凡");
        assertThat(b.correspondents).containsExactly("郑好", "冯小刚");
    }

    @Test
    void photoCreditWithTwoJustifiedNames() {
        ParsedByline b = CjkBylineRule.parse("■摄影 赵 刚 欧阳明");
        assertThat(b.photographers).containsExactly("赵刚", "欧阳明");
        assertThat(JustifiedNames.merge(List.of("李", "明", "张", "三", "丰"))).containsExactly("李明张三丰");
    }

    @Test
    void proseStartingWithARoleWordIsNotAByline() {
        assertThat(CjkBylineRule.parse("记者了解到，工程将于年内完工")).isNull();
        assertThat(CjkBylineRule.parse("记者走访了多家企业和社区工作人员")).isNull();
        assertThat(CjkBylineRule.parse("通讯员 这是一段很长的正文内容而不是名字")).isNull();
    }

    @Test
    void datelineBenBaoXunGoesToDatelineAlsoWhenGluedToTheHeadlineAbove() {
        Proposal p = zh("本报讯 第一篇的正文，写得很长。\n\n第一篇\n标题\n 本报讯 第二篇正文紧贴着上一个标题。\n\n第二篇标题\n");
        assertThat(p.articles()).hasSize(2);
        assertThat(p.articles()).extracting(ProposedArticle::dateline).containsExactly("本报讯", "本报讯");
        assertThat(p.articles().get(0).headline()).isEqualTo("第一篇标题");
        assertThat(p.articles().get(1).paragraphs()).containsExactly("第二篇正文紧贴着上一个标题。");
    }

    @Test
    void datelineWithBracketedReporterAndAgencyDateline() {
        Dateline d = CjkDatelineRule.split("本报讯（记者 王小二）昨天上午，会议召开。");
        assertThat(d.dateline()).isEqualTo("本报讯");
        assertThat(d.byline().reporters).containsExactly("王小二");
        assertThat(d.rest()).isEqualTo("昨天上午，会议召开。");
        assertThat(CjkDatelineRule.split("新华社北京3月5日电 国务院总理作报告。").dateline()).isEqualTo("新华社北京3月5日电");
        assertThat(CjkDatelineRule.split("本报记者来到现场。")).isNull();
    }

    @Test
    void competingBylinesWithNoClearArticleAreUnassigned() {
        Proposal p = zh("■记者 甲乙丙\n\n■记者 丁戊己\n\n本报讯 正文在这里，写得很长很长。\n\n标题在此\n");
        assertThat(p.unassigned()).extracting(Unassigned::text).containsExactly("■记者 甲乙丙", "■记者 丁戊己");
        assertThat(only(p).byline().isEmpty()).isTrue();
    }

    @Test
    void furnitureByItsWordsOnALineOfItsOwn() {
        assertThat(FurnitureRule.isZhFurniture("江城日报 新江城客户端", true)).isTrue();
        assertThat(FurnitureRule.isZhFurniture("责任编辑：张三", true)).isTrue();
        assertThat(FurnitureRule.isZhFurniture("第3版", false)).isTrue();
        assertThat(FurnitureRule.isZhFurniture("市民可下载客户端，参与投票。", true)).isFalse();
        assertThat(zh("新江城客户端\n\n本报讯 正文在这里，写得很长很长。\n\n标题\n").furniture())
                .extracting(Furniture::text).containsExactly("新江城客户端");
    }

    @Test
    void photoItemIsTitleCaptionAndCreditWithoutBody() {
        ProposedArticle a = only(zh("近日，湖边的桃花竞相开放，吸引市民前来观赏。\n\n■摄影 林 木\n\n桃花朵朵开\n"));
        assertThat(a.kind()).isEqualTo("photo");
        assertThat(a.caption()).isEqualTo("近日，湖边的桃花竞相开放，吸引市民前来观赏。");
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.byline().photographers()).containsExactly("林木");
        assertThat(a.headline()).isEqualTo("桃花朵朵开");
    }

    @Test
    void articleEndingMidSentenceIsContinued() {
        ProposedArticle a = only(zh("本报讯 正文写到这里，\n\n标题\n"));
        assertThat(a.continued()).isTrue();
        assertThat(only(zh("本报讯 正文写完了。\n\n标题\n")).continued()).isFalse();
        assertThat(ContinuationRule.jump("（下转第3版）", true)).isEqualTo(1);
    }

    @Test
    void spacesBetweenChineseAndHalfWidthDigitsAreRemovedFullWidthPunctuationKept() {
        assertThat(CjkSpacing.clean("全县有 2个优秀集体、3名个人，增长 32.5%。", true))
                .isEqualTo("全县有2个优秀集体、3名个人，增长32.5%。");
        assertThat(CjkSpacing.clean("使用 ORC 工艺", true)).isEqualTo("使用ORC工艺");
        assertThat(CjkSpacing.clean("Hello  world", false)).isEqualTo("Hello world");
    }

    @Test
    void columnFragmentWithoutPunctuationIsNotTakenForAHeadline() {
        ProposedArticle a = only(zh("本报讯 今年以来，全县各地积极\n推进乡村道路建设和维护工作在\n\n全县范围内取得了明显成效和进展\n\n继续写下去，直到结束。\n\n标题\n"));
        assertThat(a.headline()).isEqualTo("标题");
        assertThat(a.paragraphs()).hasSize(1);
    }
}
