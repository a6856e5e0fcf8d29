package org.galley.article;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.galley.article.diff.ArticleDiff;
import org.galley.common.GalleyI18NProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Articles and their history for scripts: read, save from a base revision (409 on conflict), revisions, diff. */
@RestController
class ArticleApi {

    /**
     * The article's content as the API shows it (its own type, not the stored one): {@code paragraphs} are
     * {@code {text, role}}, {@code lines} are {@code {pageId, first, last}} and read-only (the server keeps them).
     */
    record ContentOut(String kind, String kicker, String headline, String subheadline, Byline byline, String dateline,
                      List<Paragraph> paragraphs, String caption, boolean continued, List<LineRef> lines) {
        static ContentOut of(ArticleContent c) {
            return c == null ? null : new ContentOut(c.kind(), c.kicker(), c.headline(), c.subheadline(), c.byline(), c.dateline(),
                    c.body(), c.caption(), c.continued(), c.lines());
        }
    }

    /**
     * What a save may change: the text fields. No {@code lines}: which raw lines an article owns changes only by
     * structure operations. A paragraph is a string (body text) or {@code {text, role}}.
     */
    record ContentIn(String kind, String kicker, String headline, String subheadline, Byline byline, String dateline,
                     List<ParagraphIn> paragraphs, String caption, boolean continued, Object lines) {
        ArticleContent toContent() {
            if (lines != null) {
                // Refused rather than ignored, so a script that still sends lines learns they are the server's.
                throw new org.galley.common.UserFacingException("article.error.linesReadOnly");
            }
            return new ArticleContent(kind, kicker, headline, subheadline, byline, dateline,
                    paragraphs == null ? List.of() : paragraphs.stream().map(p -> p == null ? null : new Paragraph(p.text(), p.role())).toList(),
                    caption, continued, List.of());
        }
    }

    record ParagraphIn(String text, String role) {
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        static ParagraphIn of(com.fasterxml.jackson.databind.JsonNode node) {
            if (node.isTextual()) {
                return new ParagraphIn(node.asText(), Paragraph.BODY);
            }
            if (!node.isObject() || !node.path("text").isTextual()) {
                throw new org.galley.common.UserFacingException("article.error.paragraphs");
            }
            return new ParagraphIn(node.get("text").asText(), node.path("role").isTextual() ? node.get("role").asText() : Paragraph.BODY);
        }
    }

    record ArticleJson(long id, long issueId, long pageId, int page, int position, int revision, String state,
                       Integer approvedRevision, String updatedBy, Instant updatedAt, ContentOut content) {
        static ArticleJson of(Article a) {
            return new ArticleJson(a.id(), a.issueId(), a.pageId(), a.pageNumber(), a.position(), a.revision(),
                    a.state().name(), a.approvedRevision(), a.updatedBy(), a.updatedAt(), ContentOut.of(a.content()));
        }
    }

    record RevisionJson(int revision, String author, Instant createdAt, String origin, String note, ContentOut content) {
        static RevisionJson of(Revision r, boolean withContent) {
            return new RevisionJson(r.number(), r.author(), r.createdAt(), r.origin().name(), r.note(),
                    withContent ? ContentOut.of(r.content()) : null);
        }
    }

    record SaveRequest(Integer baseRevision, ContentIn content, String note) {
    }

    private final ArticleService articles;
    private final GalleyI18NProvider i18n;

    ArticleApi(ArticleService articles, GalleyI18NProvider i18n) {
        this.articles = articles;
        this.i18n = i18n;
    }

    @GetMapping("/api/issues/{issueId}/articles")
    List<ArticleJson> byIssue(@PathVariable long issueId) {
        return articles.byIssue(issueId).stream().map(ArticleJson::of).toList();
    }

    @GetMapping("/api/articles/{id}")
    ArticleJson get(@PathVariable long id) {
        return ArticleJson.of(articles.get(id));
    }

    @PutMapping("/api/articles/{id}")
    ArticleJson save(@PathVariable long id, @RequestBody SaveRequest request) {
        if (request == null || request.baseRevision() == null || request.content() == null) {
            throw new org.galley.common.UserFacingException("article.error.saveRequest");
        }
        return ArticleJson.of(articles.save(id, request.baseRevision(), request.content().toContent(), request.note()));
    }

    @GetMapping("/api/articles/{id}/revisions")
    List<RevisionJson> revisions(@PathVariable long id) {
        return articles.history(id).stream().map(r -> RevisionJson.of(r, false)).toList();
    }

    @GetMapping("/api/articles/{id}/revisions/{n}")
    RevisionJson revision(@PathVariable long id, @PathVariable int n) {
        return RevisionJson.of(articles.revision(id, n), true);
    }

    /** Field-by-field differences between two revisions: character level for Chinese, word level for Latin. */
    @GetMapping("/api/articles/{id}/diff")
    Map<String, Object> diff(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from);
        body.put("to", to);
        body.put("fields", ArticleDiff.between(articles.revision(id, from).content(), articles.revision(id, to).content()));
        return body;
    }

    /** A conflict answers 409 with both versions, so a script can merge and retry from the current revision. */
    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(EditConflictException e, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 409);
        body.put("error", i18n.getTranslation(e.key(), locale, e.args()));
        body.put("code", e.key());
        body.put("baseRevision", e.baseRevision());
        body.put("theirs", RevisionJson.of(e.theirs(), true));
        body.put("yours", ContentOut.of(e.yours()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }
}
