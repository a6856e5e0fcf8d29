package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.galley.support.ContinuedPages.ENGLISH_P1;
import static org.galley.support.ContinuedPages.ENGLISH_P5;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.galley.common.UserFacingException;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.NewIssue;
import org.galley.support.IntegrationTest;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.http.MediaType;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Continued articles on the real database: jump lines recorded at import, links proposed from them (simplified,
 * traditional, English; two candidates told apart by headline words), a linked article as one article with one
 * state and one approval, unlinking giving both parts back without losing a character, and every page's
 * invariant holding throughout.
 */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class ContinuedArticlesTest {
    @Autowired
    org.galley.progress.ProgressService progress;

    static final AtomicInteger DAY = new AtomicInteger();

    static final String SIMPLIFIED_P1 = """
            河道整治工程全面启动

            本报讯 全市河道整治工程昨日启动，首批十条河道将在年内完工，市民对此十分关注。
            （下转第3版）

            独山港新码头建成投用

            本报讯 独山港新码头昨日建成投用，年吞吐能力达到五百万吨，将带动周边产业发展。
            （下转第3版）
            """;

    // The two continuations in the other order than their first parts: only the headline words can pair them.
    static final String SIMPLIFIED_P3 = """
            （上接第1版）
            独山港
            码头建成后，港区将新增就业岗位两千个，周边道路同步改造，预计明年全部完成。

            （上接第1版）
            河道整治
            另据介绍，工程总投资约两亿元，由市水务部门负责实施，各区同步推进。
            """;

    static final String TRADITIONAL_P1 = """
            河道整治工程全面啟動

            本報訊 全市河道整治工程昨日啟動，首批十條河道將在年內完工，市民對此十分關注。
            （下轉第二版）
            """;

    static final String TRADITIONAL_P2 = """
            （上接第一版）
            另據介紹，工程總投資約兩億元，由市水務部門負責實施，各區同步推進。
            """;

    @Autowired
    ImportService importer;
    @Autowired
    ArticleService articles;
    @Autowired
    ArticleLinks links;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.galley.security.UserService users;

    ImportResult importIssue(String language, Map<String, String> pages) {
        List<PageFile> files = pages.entrySet().stream()
                .map(e -> new PageFile(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8))).toList();
        return importer.importIssue(new NewIssue("Continued " + UUID.randomUUID(), LocalDate.of(1990, 1, 1).plusDays(DAY.incrementAndGet()),
                "", null, language), files, null);
    }

    Article titled(long issueId, String headlineStart) {
        return articles.byIssue(issueId).stream()
                .filter(a -> a.content().headline() != null && a.content().headline().startsWith(headlineStart)).findFirst().orElseThrow();
    }

    void assertInvariant(ImportResult r) {
        for (long pageId : r.pageIds()) {
            assertThat(articles.invariantViolations(pageId)).as("page %d", pageId).isEmpty();
        }
    }

    static String text(ArticleContent c) {
        return String.join("|", c.paragraphs());
    }

    @Test
    void simplifiedJumpsAreLinkedAtImportAndTheHeadlineWordsPickThePartner() {
        ImportResult r = importIssue("zh", Map.of("p1.txt", SIMPLIFIED_P1, "p3.txt", SIMPLIFIED_P3));
        assertThat(jdbc.sql("select count(*) from jump_line j join page p on p.id = j.page_id where p.issue_id = :i")
                .param("i", r.issueId()).query(Integer.class).single()).as("four jump lines recorded").isEqualTo(4);
        assertThat(links.links(r.issueId())).as("both pairs linked").hasSize(2);
        assertThat(links.unlinkedJumps(r.issueId())).isEmpty();
        assertThat(articles.byIssue(r.issueId())).as("two articles, each across pages 1 and 3").hasSize(2);

        Article river = titled(r.issueId(), "河道整治");
        Article port = titled(r.issueId(), "独山港");
        assertThat(text(river.content())).contains("首批十条河道", "工程总投资约两亿元").doesNotContain("码头", "下转", "上接");
        assertThat(text(port.content())).contains("年吞吐能力", "新增就业岗位").doesNotContain("河道", "下转", "上接");
        assertThat(port.content().paragraphs()).as("the repeated keyword line 独山港 is no paragraph").noneMatch(p -> p.equals("独山港"))
                .anyMatch(p -> p.startsWith("码头建成后"));
        // Reading order: the first part's text before the continuation's.
        assertThat(text(river.content()).indexOf("首批")).isLessThan(text(river.content()).indexOf("总投资"));
        assertThat(LineRef.numbers(river.content().lines()).keySet()).containsExactlyInAnyOrderElementsOf(r.pageIds());
        assertInvariant(r);
    }

    @Test
    void traditionalAndEnglishJumpsAreLinkedToo() {
        ImportResult zh = importIssue("zh", Map.of("p1.txt", TRADITIONAL_P1, "p2.txt", TRADITIONAL_P2));
        assertThat(links.links(zh.issueId())).singleElement().satisfies(l -> assertThat(l.partPageNumber()).isEqualTo(2));
        assertThat(text(articles.byIssue(zh.issueId()).get(0).content())).contains("首批十條河道", "總投資").doesNotContain("下轉", "上接");
        assertInvariant(zh);

        ImportResult en = importIssue("en", Map.of("p1.txt", ENGLISH_P1, "p5.txt", ENGLISH_P5));
        assertThat(links.links(en.issueId())).singleElement().satisfies(l -> assertThat(l.partPageNumber()).isEqualTo(5));
        Article bridge = articles.byIssue(en.issueId()).get(0);
        assertThat(articles.byIssue(en.issueId())).hasSize(1);
        assertThat(text(bridge.content())).contains("large crowd", "farmers of the valley").doesNotContain("Continued");
        assertInvariant(en);
    }

    @Test
    void aPageAddedLaterIsLinkedWithTheIssuesOpenJumps() {
        ImportResult first = importIssue("en", Map.of("p1.txt", ENGLISH_P1));
        assertThat(links.unlinkedJumps(first.issueId())).singleElement().satisfies(j -> {
            assertThat(j.direction()).isEqualTo("to");
            assertThat(j.targetPage()).isEqualTo(5);
            assertThat(j.text()).isEqualTo("Continued on Page 5");
        });
        // The issue's progress counts the open jump on its page, and none once it is linked.
        assertThat(progress.progress(first.issueId()).unlinkedJumps()).isEqualTo(1);
        importer.importPages(first.issueId(), List.of(new PageFile("p5.txt", ENGLISH_P5.getBytes(StandardCharsets.UTF_8))), null);
        assertThat(links.links(first.issueId())).hasSize(1);
        assertThat(links.unlinkedJumps(first.issueId())).isEmpty();
        assertThat(progress.progress(first.issueId()).unlinkedJumps()).isZero();
    }

    @Test
    void aLinkedArticleHasOneStateAndOneApproval() {
        ImportResult r = importIssue("en", Map.of("p1.txt", ENGLISH_P1, "p5.txt", ENGLISH_P5));
        ArticleLink link = links.links(r.issueId()).get(0);
        Article linked = articles.get(link.articleId());
        workflow.approve(linked.id(), linked.revision());
        assertThat(articles.get(linked.id()).state()).isEqualTo(ArticleState.APPROVED);
        assertThat(workflow.blockers(r.issueId())).as("the part is no article of its own to approve").isEmpty();
        Article part = articles.get(link.partId());
        assertThatThrownBy(() -> workflow.approve(part.id(), part.revision())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void unlinkGivesBothPartsBackExactlyAndLinkingByHandJoinsThemAgain() {
        ImportResult r = importIssue("zh", Map.of("p1.txt", SIMPLIFIED_P1, "p3.txt", SIMPLIFIED_P3));
        Article port = titled(r.issueId(), "独山港");
        ArticleLink link = links.partsOf(port.id()).get(0);
        Revision before = articles.history(link.partId()).get(0);

        List<Article> back = links.unlink(port.id(), link.partId());
        assertThat(articles.byIssue(r.issueId())).hasSize(3);
        Article part = articles.get(link.partId());
        assertThat(part.content().paragraphs()).isEqualTo(before.content().paragraphs());
        assertThat(part.content().lines()).isEqualTo(before.content().lines());
        assertThat(back).extracting(Article::id).containsExactly(port.id(), link.partId());
        assertThat(links.unlinkedJumps(r.issueId())).extracting(UnlinkedJump::line).containsExactlyInAnyOrder(9, 1);
        assertInvariant(r);

        Article first = articles.get(port.id());
        Article linked = links.link(part.id(), part.revision(), first.id(), first.revision());
        assertThat(linked.id()).as("the part on the earlier page takes in the other").isEqualTo(port.id());
        assertThat(links.partsOf(port.id())).singleElement().satisfies(l -> {
            assertThat(l.origin()).isEqualTo("editor");
            assertThat(l.toLine()).isEqualTo(9);
            assertThat(l.fromLine()).isEqualTo(1);
        });
        assertInvariant(r);
    }

    @Test
    void unlinkAfterAnEditCutsThePartsPageOutWithoutLosingACharacter() {
        ImportResult r = importIssue("en", Map.of("p1.txt", ENGLISH_P1, "p5.txt", ENGLISH_P5));
        ArticleLink link = links.links(r.issueId()).get(0);
        Article linked = articles.get(link.articleId());
        List<String> paragraphs = new java.util.ArrayList<>(linked.content().paragraphs());
        paragraphs.set(0, paragraphs.get(0).replace("yesterday", "on Tuesday"));
        Article edited = articles.save(linked.id(), linked.revision(), linked.content().withParagraphs(paragraphs), "date");
        String all = chars(edited.content());

        links.unlink(linked.id(), link.partId());
        Article first = articles.get(linked.id());
        Article part = articles.get(link.partId());
        // The repeated headline left the linked text and comes back with the part.
        assertThat(part.content().headline()).isEqualTo("MAYOR OPENS NEW BRIDGE.");
        assertThat(sorted(chars(first.content()) + chars(part.content()))).as("every character in one of the two")
                .isEqualTo(sorted(all + "MAYOROPENSNEWBRIDGE."));
        assertThat(text(first.content())).contains("on Tuesday").doesNotContain("farmers");
        assertThat(text(part.content())).contains("farmers");
        assertThat(LineRef.numbers(first.content().lines()).keySet()).containsExactly(r.pageIds().get(0));
        assertThat(LineRef.numbers(part.content().lines()).keySet()).containsExactly(r.pageIds().get(1));
        assertInvariant(r);
    }

    @Test
    void linkingIsRefusedOnOnePageAcrossIssuesAndFromAStaleRevision() {
        ImportResult r = importIssue("zh", Map.of("p1.txt", SIMPLIFIED_P1, "p3.txt", SIMPLIFIED_P3));
        Article river = titled(r.issueId(), "河道整治");
        Article port = titled(r.issueId(), "独山港");
        ArticleLink riverPart = links.partsOf(river.id()).get(0);
        links.unlink(river.id(), riverPart.partId());
        Article part = articles.get(riverPart.partId());
        assertThatThrownBy(() -> links.link(river.id(), river.revision(), part.id(), part.revision()))
                .as("stale revision").isInstanceOf(UserFacingException.class);
        Article riverNow = articles.get(river.id());
        assertThatThrownBy(() -> links.link(riverNow.id(), riverNow.revision(), port.id(), port.revision()))
                .as("same page").isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("link.error.samePage"));
        assertThatThrownBy(() -> links.unlink(riverNow.id(), part.id()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("link.error.noLink"));
        assertThat(articles.byIssue(r.issueId())).hasSize(3);
        assertInvariant(r);
    }

    @Test
    void theApiUnlinksListsTheUnlinkedJumpsAndLinksAgainWithACorrectorsRights() throws Exception {
        ImportResult r = importIssue("en", Map.of("p1.txt", ENGLISH_P1, "p5.txt", ENGLISH_P5));
        String name = "links" + UUID.randomUUID().toString().substring(0, 6);
        String password = "continued-password-1";
        org.galley.support.TestData.asUser("admin", "ROLE_ADMIN", () -> users.create(name, name, password, org.galley.security.Role.CORRECTOR));
        ArticleLink l = links.links(r.issueId()).get(0);

        mvc.perform(post("/api/articles/{id}/unlink", l.articleId()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"part\": " + l.partId() + "}").with(httpBasic(name, password)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/issues/{id}/jumps", r.issueId()).with(httpBasic(name, password)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].direction").value("to")).andExpect(jsonPath("$[0].targetPage").value(5))
                .andExpect(jsonPath("$[0].candidates[0].articleId").value(l.partId()));
        mvc.perform(post("/api/articles/{id}/link", l.articleId()).contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(httpBasic(name, password)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("link.error.request"));
        // MockMvc's log-ins leave the test thread without one: read as the corrector.
        Article a = org.galley.support.TestData.asUser(name, "ROLE_CORRECTOR", () -> articles.get(l.articleId()));
        Article part = org.galley.support.TestData.asUser(name, "ROLE_CORRECTOR", () -> articles.get(l.partId()));
        mvc.perform(post("/api/articles/{id}/link", a.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"baseRevision\": " + a.revision() + ", \"other\": " + part.id() + ", \"otherRevision\": " + part.revision() + "}")
                        .with(httpBasic(name, password)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(a.id()));
        mvc.perform(get("/api/issues/{id}/links", r.issueId()).with(httpBasic(name, password)))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].partPage").value(5))
                .andExpect(jsonPath("$[0].origin").value("editor"));
        mvc.perform(get("/api/issues/{id}/jumps", 999_999_999L).with(httpBasic(name, password))).andExpect(status().isNotFound());
    }

    static String chars(ArticleContent c) {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {c.kicker(), c.headline(), c.subheadline(), c.dateline(), c.caption()}) {
            if (s != null) {
                sb.append(s);
            }
        }
        c.paragraphs().forEach(sb::append);
        return sb.toString().replaceAll("\\s+", "");
    }

    static String sorted(String s) {
        return s.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
