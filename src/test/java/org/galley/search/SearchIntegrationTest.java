package org.galley.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.galley.article.Article;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.article.Byline;
import org.galley.common.UserFacingException;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.IssueService;
import org.galley.issue.NewIssue;
import org.galley.publishing.PublishingService;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search on the real database: what matches (bigrams, stemmed words, folded scripts and widths, phrases,
 * exclusions, OR), the filters, who may ask for what, and that every kind of change (save, structure change,
 * import, merge, workflow, publication) updates the index in its own transaction. Each test searches only its
 * own newspaper title, so the shared database's other articles never interfere.
 */
@IntegrationTest
class SearchIntegrationTest {

    @Autowired
    SearchService search;
    @Autowired
    TestData data;
    @Autowired
    IssueService issues;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;
    @Autowired
    PublishingService publishing;
    @Autowired
    ImportService importing;
    @Autowired
    TransactionTemplate tx;

    record Found(String title, TestData.Fixture fixture) {
    }

    Found fixture(ArticleContent... contents) {
        TestData.Fixture f = data.issueWithArticles(contents);
        String title = TestData.asUser("t", "ROLE_CORRECTOR", () -> issues.find(f.issueId()).orElseThrow().title());
        return new Found(title, f);
    }

    static ArticleContent article(String headline, String byline, String... paragraphs) {
        return ArticleContent.of("news", null, headline, null,
                byline == null ? Byline.empty() : new Byline(List.of(byline), List.of(), List.of()), null,
                List.of(paragraphs), null, false, List.of());
    }

    List<Long> find(String role, String title, String q) {
        return find(role, new SearchService.Request(q, null, null, title, null, null, null, null, false, 1));
    }

    List<Long> find(String role, SearchService.Request r) {
        return TestData.asUser("searcher", role, () -> search.search(r).hits().stream().map(SearchService.Hit::articleId).toList());
    }

    List<Long> editorFinds(String title, String q) {
        return find("ROLE_EDITOR", title, q);
    }

    @Test
    void hanTextMatchesByBigramsAndOneCharacterByPrefix() {
        Found f = fixture(article("平湖港口扩建", null, "独山港区的码头今年完工。"), article("嘉兴新闻", null, "湖边的公园开放。"));
        long port = f.fixture().articleIds().get(0);
        long park = f.fixture().articleIds().get(1);
        assertThat(editorFinds(f.title(), "平湖")).containsExactly(port);
        assertThat(editorFinds(f.title(), "独山港")).containsExactly(port);
        assertThat(editorFinds(f.title(), "港区码头")).as("not adjacent in the text").isEmpty();
        assertThat(editorFinds(f.title(), "湖")).containsExactlyInAnyOrder(port, park);
        assertThat(editorFinds(f.title(), "园")).as("a character at the end of a run").containsExactly(park);
        assertThat(editorFinds(f.title(), "山湖")).isEmpty();
    }

    @Test
    void englishWordsMatchByTheirStems() {
        Found f = fixture(article("Harbour works", null, "The dockers were running late."), article("Parks", null, "A run in the park."));
        assertThat(editorFinds(f.title(), "runs")).containsExactlyInAnyOrderElementsOf(f.fixture().articleIds());
        assertThat(editorFinds(f.title(), "DOCKER")).containsExactly(f.fixture().articleIds().get(0));
        assertThat(editorFinds(f.title(), "harbours")).containsExactly(f.fixture().articleIds().get(0));
    }

    @Test
    void simplifiedFindsTraditionalAndTheReverseAndWidthsFold() {
        Found f = fixture(article("報紙發行", null, "臺灣經濟"), article("报纸印刷", null, "ＡＢＣ１２３ 型号"));
        long traditional = f.fixture().articleIds().get(0);
        long simplified = f.fixture().articleIds().get(1);
        assertThat(editorFinds(f.title(), "报纸")).containsExactlyInAnyOrder(traditional, simplified);
        assertThat(editorFinds(f.title(), "報紙")).containsExactlyInAnyOrder(traditional, simplified);
        assertThat(editorFinds(f.title(), "台湾经济")).containsExactly(traditional);
        assertThat(editorFinds(f.title(), "abc123")).containsExactly(simplified);
        assertThat(editorFinds(f.title(), "ＡＢＣ１２３")).containsExactly(simplified);
    }

    @Test
    void phrasesExclusionAndOr() {
        Found f = fixture(article("One", null, "The new town hall opened."), article("Two", null, "A town that is new."),
                article("Three", null, "Fire at the mill."));
        List<Long> ids = f.fixture().articleIds();
        assertThat(editorFinds(f.title(), "\"new town\"")).containsExactly(ids.get(0));
        assertThat(editorFinds(f.title(), "new town")).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(editorFinds(f.title(), "town -hall")).containsExactly(ids.get(1));
        assertThat(editorFinds(f.title(), "hall OR mill")).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
        assertThat(editorFinds(f.title(), "town -\"town hall\"")).containsExactly(ids.get(1));
    }

    @Test
    void aPhraseMatchesOnlyWhereItsCharactersAreAdjacentNotAcrossPunctuationParagraphsOrFields() {
        Found f = fixture(article("标题", null, "今年实施园区提标扩容行动。"),
                article("标题", null, "建设化工园区。提标扩容是重点。"),
                article("标题", null, "化工园区，提标扩容"),
                article("标题", null, "新建园区", "提标扩容"),
                article("新建园区", null, "提标扩容"),
                article("标题", null, "提标园区"));
        List<Long> ids = f.fixture().articleIds();
        assertThat(editorFinds(f.title(), "\"园区提标\"")).containsExactly(ids.get(0));
        assertThat(editorFinds(f.title(), "园区提标")).containsExactly(ids.get(0));
        assertThat(editorFinds(f.title(), "區提")).as("a bigram made only by joining across a break").containsExactly(ids.get(0));
        // Both words anywhere: every article but none.
        assertThat(editorFinds(f.title(), "园区 提标")).hasSize(6);
    }

    @Test
    void aFrequentPhraseWhoseCharactersMostArticlesHoldApartIsFoundOnEveryPageNewestFirst() {
        // Decoys newer than every match hold all the phrase's bigrams but never together: the newest candidates
        // of the loose query are decoys, so the search must look further than its first candidates.
        ArticleContent[] contents = new ArticleContent[133];
        for (int i = 0; i < contents.length; i++) {
            contents[i] = i % 40 == 0 ? article("匹配 " + i, null, "今年园区提标扩容。")
                    : article("干扰 " + i, null, "园区建设，区提升，提标改造。");
        }
        Found f = fixture(contents);
        List<Long> ids = f.fixture().articleIds();
        List<Long> matches = List.of(ids.get(120), ids.get(80), ids.get(40), ids.get(0));
        SearchService.Results results = TestData.asUser("c", "ROLE_CORRECTOR", () -> search.search(
                new SearchService.Request("\"园区提标\"", null, null, f.title(), null, null, null, null, false, 1)));
        assertThat(results.hits().stream().map(SearchService.Hit::articleId)).containsExactlyElementsOf(matches);
        assertThat(results.total()).isEqualTo(4);
        assertThat(editorFinds(f.title(), "园区提标 -干扰")).containsExactlyElementsOf(matches);
        SearchService.Results decoys = TestData.asUser("c", "ROLE_CORRECTOR", () -> search.search(
                new SearchService.Request("提升 -\"园区提标\"", null, null, f.title(), null, null, null, null, false, 1)));
        assertThat(decoys.total()).isEqualTo(contents.length - matches.size());
        assertThat(decoys.hits()).hasSize(SearchService.PAGE_SIZE).noneMatch(h -> matches.contains(h.articleId()));
    }

    @Test
    void fieldsDatesLanguageAndStateFilter() {
        Found f = fixture(article("Lighthouse keeper", "Mary Keeper", "Storm at sea."),
                article("Storm warning", null, "The keeper of the lighthouse said so."));
        List<Long> ids = f.fixture().articleIds();
        LocalDate date = TestData.asUser("t", "ROLE_CORRECTOR", () -> issues.find(f.fixture().issueId()).orElseThrow().date());
        SearchService.Request anywhere = new SearchService.Request("keeper", null, null, f.title(), null, null, null, null, false, 1);
        assertThat(find("ROLE_CORRECTOR", anywhere)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(find("ROLE_CORRECTOR", withField(anywhere, SearchQuery.Field.HEADLINE))).containsExactly(ids.get(0));
        assertThat(find("ROLE_CORRECTOR", withField(anywhere, SearchQuery.Field.BYLINE))).containsExactly(ids.get(0));
        assertThat(find("ROLE_CORRECTOR", withField(anywhere, SearchQuery.Field.BODY))).containsExactly(ids.get(1));
        assertThat(find("ROLE_CORRECTOR", new SearchService.Request("keeper", date, date, f.title(), null, null, null, null, false, 1)))
                .hasSize(2);
        assertThat(find("ROLE_CORRECTOR", new SearchService.Request("keeper", date.plusDays(1), null, f.title(), null, null, null, null, false, 1)))
                .isEmpty();
        assertThat(find("ROLE_CORRECTOR", new SearchService.Request("keeper", null, date.minusDays(1), f.title(), null, null, null, null, false, 1)))
                .isEmpty();
        assertThat(find("ROLE_CORRECTOR", new SearchService.Request("keeper", null, null, f.title(), null, "zh", null, null, false, 1)))
                .as("the test issue's pages are Chinese").hasSize(2);
        assertThat(find("ROLE_CORRECTOR", new SearchService.Request("keeper", null, null, f.title(), null, "en", null, null, false, 1)))
                .isEmpty();
        TestData.asUser("ed", "ROLE_EDITOR", () -> workflow.submit(ids.get(1)));
        assertThat(find("ROLE_CORRECTOR", new SearchService.Request("keeper", null, null, f.title(), "corrected", null, null, null, false, 1)))
                .containsExactly(ids.get(1));
        assertThat(find("ROLE_CORRECTOR", new SearchService.Request("keeper", null, null, f.title(), "DRAFT", null, null, null, false, 1)))
                .containsExactly(ids.get(0));
    }

    static SearchService.Request withField(SearchService.Request r, SearchQuery.Field field) {
        return new SearchService.Request(r.query(), r.from(), r.to(), r.title(), r.state(), r.language(), field, r.order(),
                r.includeHidden(), r.page());
    }

    @Test
    void excludedAndMergedAwayAreFoundOnlyByAnEditorWhoAsks() {
        Found f = fixture(article("Quarry", null, "Granite quarry reopens."), article("Advert", null, "Granite for sale."),
                article("Tail", null, "More granite news."));
        List<Long> ids = f.fixture().articleIds();
        TestData.asUser("ed", "ROLE_EDITOR", () -> workflow.exclude(ids.get(1), null));
        TestData.asUser("ed", "ROLE_EDITOR", () -> articles.merge(ids.get(0), 1, ids.get(2), 1));
        assertThat(find("ROLE_CORRECTOR", f.title(), "granite")).containsExactly(ids.get(0));
        assertThat(editorFinds(f.title(), "granite")).containsExactly(ids.get(0));
        SearchService.Request hidden = new SearchService.Request("granite", null, null, f.title(), null, null, null, null, true, 1);
        assertThat(find("ROLE_EDITOR", hidden)).containsExactlyInAnyOrderElementsOf(ids);
        SearchService.Request excluded = new SearchService.Request("granite", null, null, f.title(), "EXCLUDED", null, null, null, false, 1);
        assertThat(find("ROLE_EDITOR", excluded)).containsExactly(ids.get(1));
        assertThatThrownBy(() -> find("ROLE_CORRECTOR", hidden)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> find("ROLE_CORRECTOR", excluded)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.search(SearchService.Request.of("granite")))
                .as("no one logged in").isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aSaveUpdatesTheIndexAndARolledBackSaveDoesNot() {
        Found f = fixture(article("Bridge", null, "The old bridge stands."));
        long id = f.fixture().articleIds().get(0);
        TestData.asUser("c", "ROLE_CORRECTOR", () -> articles.save(id, 1, article("Bridge", null, "The new viaduct stands."), null));
        assertThat(editorFinds(f.title(), "viaduct")).containsExactly(id);
        assertThat(editorFinds(f.title(), "old")).isEmpty();
        TestData.asUser("c", "ROLE_CORRECTOR", () -> tx.execute(status -> {
            articles.save(id, 2, article("Bridge", null, "A ferry instead."), null);
            status.setRollbackOnly();
            return null;
        }));
        assertThat(editorFinds(f.title(), "ferry")).isEmpty();
        assertThat(editorFinds(f.title(), "viaduct")).containsExactly(id);
    }

    @Test
    void aSplitIndexesBothParts() {
        Found f = fixture(article("Two stories", null, "First about apples.", "Second about pears."));
        long id = f.fixture().articleIds().get(0);
        List<Article> parts = TestData.asUser("c", "ROLE_CORRECTOR", () -> articles.split(id, 1, 1));
        long second = parts.stream().mapToLong(Article::id).filter(x -> x != id).findFirst().orElseThrow();
        assertThat(editorFinds(f.title(), "pears")).containsExactly(second);
        assertThat(editorFinds(f.title(), "apples")).containsExactly(id);
    }

    @Test
    void anImportIsSearchableAtOnce() {
        String title = "Search import " + UUID.randomUUID();
        String page = "Zephyrton harbour reopens\n\nBy Ann Lee\n\nThe harbour of Zephyrton reopened on Monday after long repairs to the quay.\n";
        ImportResult result = TestData.asUser("c", "ROLE_CORRECTOR", () -> importing.importIssue(
                new NewIssue(title, LocalDate.of(1990, 5, 1), "", null, null),
                List.of(new PageFile("001.txt", page.getBytes(StandardCharsets.UTF_8))), null));
        assertThat(result.articles()).isPositive();
        assertThat(editorFinds(title, "zephyrton")).isNotEmpty();
    }

    @Test
    void publishingMarksArticlesPublished() {
        Found f = fixture(article("Bulletin", null, "Weekly almanac entry."));
        long id = f.fixture().articleIds().get(0);
        SearchService.Request published = new SearchService.Request("almanac", null, null, f.title(), "PUBLISHED", null, null, null, false, 1);
        assertThat(find("ROLE_CORRECTOR", published)).isEmpty();
        TestData.asUser("ed", "ROLE_EDITOR", () -> {
            workflow.approve(id, 1);
            return publishing.publish(f.fixture().issueId());
        });
        assertThat(find("ROLE_CORRECTOR", published)).containsExactly(id);
        TestData.asUser("ed", "ROLE_EDITOR", () -> {
            publishing.unpublish(f.fixture().issueId());
            return null;
        });
        assertThat(find("ROLE_CORRECTOR", published)).isEmpty();
    }

    @Test
    void snippetsMarkMatchesAndKeepMarkupAsText() {
        Found f = fixture(article("<b>Alert</b>", null, "Before <script>alert('x')</script> the 報紙 said so."));
        SearchService.Results r = TestData.asUser("c", "ROLE_CORRECTOR", () -> search.search(
                new SearchService.Request("报纸 alert", null, null, f.title(), null, null, null, null, false, 1)));
        SearchService.Hit hit = r.hits().get(0);
        assertThat(hit.snippet()).contains(new Highlight.Segment("報紙", true), new Highlight.Segment("alert", true));
        assertThat(String.join("", hit.snippet().stream().map(Highlight.Segment::text).toList()))
                .isEqualTo("Before <script>alert('x')</script> the 報紙 said so.");
        assertThat(hit.headline()).containsExactly(new Highlight.Segment("<b>", false), new Highlight.Segment("Alert", true),
                new Highlight.Segment("</b>", false));
    }

    @Test
    void newestFirstRunsAcrossDecadesAndCenturiesWithPagesDatesAndPhrases() {
        // Entries are read one decade (partition) at a time: each boundary, both open ends and a page that
        // spans several decades must come out in one order, newest first, then by id.
        String title = "Decades " + UUID.randomUUID();
        List<LocalDate> dates = List.of(LocalDate.of(1800, 1, 1), LocalDate.of(1809, 12, 31), LocalDate.of(1899, 12, 31),
                LocalDate.of(1900, 1, 1), LocalDate.of(1935, 5, 5), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1),
                LocalDate.of(2100, 6, 1));
        List<Long> newestFirst = new java.util.ArrayList<>();
        List<Long> phrases = new java.util.ArrayList<>();
        for (LocalDate date : dates) {
            List<Long> ids = data.issueWithArticles(title, date,
                    article("Quillwort " + date, null, "今年园区提标扩容。"),
                    article("Quillwort again " + date, null, "园区建设，区提升，提标改造。"),
                    article("Quillwort third " + date, null, "Nothing else."),
                    article("Other " + date, null, "Nothing here.")).articleIds();
            newestFirst.addAll(0, List.of(ids.get(2), ids.get(1), ids.get(0)));
            phrases.add(0, ids.get(0));
        }
        SearchService.Request first = new SearchService.Request("quillwort", null, null, title, null, null, null, null, false, 1);
        SearchService.Results one = TestData.asUser("c", "ROLE_CORRECTOR", () -> search.search(first));
        SearchService.Results two = TestData.asUser("c", "ROLE_CORRECTOR", () -> search.search(
                new SearchService.Request("quillwort", null, null, title, null, null, null, null, false, 2)));
        assertThat(one.hits().stream().map(SearchService.Hit::articleId)).containsExactlyElementsOf(newestFirst.subList(0, 20));
        assertThat(one.more()).isTrue();
        assertThat(one.total()).isEqualTo(24);
        assertThat(two.hits().stream().map(SearchService.Hit::articleId)).containsExactlyElementsOf(newestFirst.subList(20, 24));
        assertThat(two.more()).isFalse();
        // From the last day of one century to the last day of a decade: both ends count.
        assertThat(find("ROLE_CORRECTOR", new SearchService.Request("quillwort", LocalDate.of(1899, 12, 31), LocalDate.of(2019, 12, 31),
                title, null, null, null, null, false, 1))).containsExactlyElementsOf(newestFirst.subList(6, 18));
        assertThat(find("ROLE_CORRECTOR", new SearchService.Request("quillwort", LocalDate.of(1800, 1, 2), LocalDate.of(1809, 12, 30),
                title, null, null, null, null, false, 1))).isEmpty();
        assertThat(find("ROLE_CORRECTOR", title, "\"园区提标\"")).containsExactlyElementsOf(phrases);
    }

    @Test
    void anArticleWithMoreDistinctBigramsThanATsvectorHoldsIsSavedAndItsBeginningFound() {
        // Two paragraphs of 95,000 random Han characters (an article holds 200,000, a paragraph 100,000): about
        // 190,000 distinct bigrams, 1.1 MB of lexemes, over PostgreSQL's 1 MB per tsvector. The article must still
        // be created, and indexed as far as the limit allows.
        java.util.Random random = new java.util.Random(13);
        String[] paragraphs = new String[2];
        for (int p = 0; p < paragraphs.length; p++) {
            StringBuilder text = new StringBuilder(p == 0 ? "独一无二的开头。" : "");
            for (int i = 0; i < 95_000; i++) {
                text.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
            }
            paragraphs[p] = text.toString();
        }
        Found f = fixture(article("巨型文章", null, paragraphs));
        assertThat(find("ROLE_CORRECTOR", f.title(), "独一无二的开头")).containsExactly(f.fixture().articleIds().get(0));
        assertThat(find("ROLE_CORRECTOR", f.title(), "巨型文章")).containsExactly(f.fixture().articleIds().get(0));
    }

    @Test
    void theTotalIsCountedTo200AndSaysWhenThereAreMoreWithAndWithoutAPhrase() {
        ArticleContent[] many = new ArticleContent[205];
        for (int i = 0; i < many.length; i++) {
            many[i] = article("Item " + i, null, "港区扩容 quillwort " + i);
        }
        Found f = fixture(many);
        for (String q : List.of("quillwort", "\"港区扩容\"")) {
            SearchService.Results one = TestData.asUser("c", "ROLE_CORRECTOR", () -> search.search(
                    new SearchService.Request(q, null, null, f.title(), null, null, null, null, false, 1)));
            assertThat(one.total()).as(q).isEqualTo(SearchService.COUNT_CAP);
            assertThat(one.totalCapped()).as(q).isTrue();
            SearchService.Results eleven = TestData.asUser("c", "ROLE_CORRECTOR", () -> search.search(
                    new SearchService.Request(q, null, null, f.title(), null, null, null, null, false, 11)));
            assertThat(eleven.hits()).as(q).hasSize(5);
            assertThat(eleven.total()).as(q).isEqualTo(SearchService.COUNT_CAP);
            assertThat(eleven.totalCapped()).as(q).isTrue();
        }
    }

    @Test
    void pagesOfTwentyNewestFirst() {
        ArticleContent[] many = new ArticleContent[25];
        for (int i = 0; i < many.length; i++) {
            many[i] = article("Item " + i, null, "Quillwort census entry " + i);
        }
        Found f = fixture(many);
        SearchService.Request first = new SearchService.Request("quillwort", null, null, f.title(), null, null, null, null, false, 1);
        SearchService.Results one = TestData.asUser("c", "ROLE_CORRECTOR", () -> search.search(first));
        SearchService.Results two = TestData.asUser("c", "ROLE_CORRECTOR", () -> search.search(
                new SearchService.Request("quillwort", null, null, f.title(), null, null, null, null, false, 2)));
        assertThat(one.hits()).hasSize(20);
        assertThat(one.more()).isTrue();
        assertThat(one.total()).isEqualTo(25);
        assertThat(two.hits()).hasSize(5);
        assertThat(two.more()).isFalse();
        // The last page tells the total without counting.
        assertThat(two.total()).isEqualTo(25);
        assertThat(two.totalCapped()).isFalse();
        assertThat(one.hits().stream().map(SearchService.Hit::articleId)).doesNotContainAnyElementsOf(
                two.hits().stream().map(SearchService.Hit::articleId).toList());
    }

    @Test
    void byRelevanceTitlesAndRepeatsComeFirstAndNewestFirstByDateThenId() {
        Found f = fixture(article("Once", null, "One marram tuft on the dune."),
                article("Marram", null, "Dune grass."),
                article("Thrice", null, "Marram here, marram there, marram everywhere."));
        List<Long> ids = f.fixture().articleIds();
        SearchService.Request relevance = new SearchService.Request("marram", null, null, f.title(), null, null, null,
                SearchService.Order.RELEVANCE, false, 1);
        List<SearchService.Hit> ranked = TestData.asUser("c", "ROLE_CORRECTOR", () -> search.search(relevance)).hits();
        assertThat(ranked.stream().map(SearchService.Hit::articleId)).containsExactly(ids.get(1), ids.get(2), ids.get(0));
        assertThat(ranked.get(0).rank()).isGreaterThan(ranked.get(1).rank());
        assertThat(ranked.get(1).rank()).isGreaterThan(ranked.get(2).rank());
        // Newest first: one issue, so one date, then the later article first; its rank is still reported.
        List<SearchService.Hit> newest = TestData.asUser("c", "ROLE_CORRECTOR", () -> search.search(
                new SearchService.Request("marram", null, null, f.title(), null, null, null, null, false, 1))).hits();
        assertThat(newest.stream().map(SearchService.Hit::articleId)).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(newest).allSatisfy(h -> assertThat(h.rank()).isPositive());
    }

    @Test
    void badRequestsAreRefusedWithAMessage() {
        assertThatThrownBy(() -> find("ROLE_CORRECTOR", new SearchService.Request("x", LocalDate.of(2020, 2, 1),
                LocalDate.of(2020, 1, 1), null, null, null, null, null, false, 1)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("search.error.dates");
        assertThatThrownBy(() -> find("ROLE_CORRECTOR", new SearchService.Request("x", null, null, null, "LOST", null, null, null, false, 1)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("search.error.state");
        assertThatThrownBy(() -> find("ROLE_CORRECTOR", new SearchService.Request("x", null, null, null, null, null, null, null, false,
                SearchService.MAX_PAGE + 1)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("search.error.tooDeep");
    }
}
