package org.galley.article;

import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.galley.article.diff.ArticleDiff;
import org.galley.article.diff.Comparison;
import org.galley.common.GalleyI18NProvider;
import org.galley.common.Note;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
    record ContentIn(String kind, String kicker, String headline, String subheadline, BylineIn byline, String dateline,
                     List<ParagraphIn> paragraphs, String caption, boolean continued, Object lines) {
        ArticleContent toContent() {
            if (lines != null && !(lines instanceof List<?> l && l.isEmpty())) {
                // Refused rather than ignored, so a script that still sends lines learns they are the server's.
                // An empty list claims nothing and is accepted, for clients written when lines were sent.
                throw new org.galley.common.UserFacingException("article.error.linesReadOnly");
            }
            return new ArticleContent(kind, kicker, headline, subheadline, byline == null ? null : byline.toByline(), dateline,
                    paragraphs == null ? List.of() : paragraphs.stream().map(p -> p == null ? null : new Paragraph(p.text(), p.role())).toList(),
                    caption, continued, List.of());
        }
    }

    /** A byline as sent: all three lists are required (the stored type would quietly take a missing one as empty). */
    record BylineIn(List<String> reporters, List<String> correspondents, List<String> photographers) {
        BylineIn {
            if (reporters == null || correspondents == null || photographers == null) {
                throw new IllegalArgumentException("a byline needs reporters, correspondents and photographers");
            }
        }

        Byline toByline() {
            return new Byline(reporters, correspondents, photographers);
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
                       Integer approvedRevision, String updatedBy, Instant updatedAt, ContentOut content,
                       String stateNote) {
        static ArticleJson of(Article a) {
            return new ArticleJson(a.id(), a.issueId(), a.pageId(), a.pageNumber(), a.position(), a.revision(),
                    a.state().name(), a.approvedRevision(), a.updatedBy(), a.updatedAt(), ContentOut.of(a.content()),
                    a.stateNote());
        }
    }

    /**
     * A revision; {@code note} is rendered in the request's language. A note the system wrote also comes as
     * {@code noteKey} and {@code noteArgs} (a translation key and its arguments); a person's note has neither.
     */
    record RevisionJson(int revision, String author, Instant createdAt, String origin, String note, String noteKey,
                        List<Object> noteArgs, ContentOut content) {
        static RevisionJson of(Revision r, boolean withContent, GalleyI18NProvider i18n, Locale locale) {
            var key = Note.decode(r.note());
            return new RevisionJson(r.number(), r.author(), r.createdAt(), r.origin().name(),
                    r.note() == null ? null : Note.render(r.note(), locale, i18n),
                    key.map(Note::key).orElse(null), key.map(Note::args).orElse(null),
                    withContent ? ContentOut.of(r.content()) : null);
        }
    }

    /** {@code merge: true} lets the server merge three-way with changes saved since the base revision. */
    record SaveRequest(Integer baseRevision, ContentIn content, String note, Boolean merge) {
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
        ArticleContent content = request.content().toContent();
        return ArticleJson.of(Boolean.TRUE.equals(request.merge())
                ? articles.saveMerging(id, request.baseRevision(), content, request.note())
                : articles.save(id, request.baseRevision(), content, request.note()));
    }

    @GetMapping("/api/articles/{id}/revisions")
    List<RevisionJson> revisions(@PathVariable long id, Locale locale) {
        return articles.history(id).stream().map(r -> RevisionJson.of(r, false, i18n, locale)).toList();
    }

    @GetMapping("/api/articles/{id}/revisions/{n}")
    RevisionJson revision(@PathVariable long id, @PathVariable int n, Locale locale) {
        return RevisionJson.of(articles.revision(id, n), true, i18n, locale);
    }

    /** Field-by-field differences between two revisions: character level for Chinese, word level for Latin. */
    @GetMapping("/api/articles/{id}/diff")
    Map<String, Object> diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from);
        body.put("to", to);
        // Bounded in time and size: a field too large to compare says so ("tooLarge") instead of holding a core.
        Comparison comparison = ArticleDiff.compare(articles.revision(id, from).content(), articles.revision(id, to).content());
        body.put("tooLarge", comparison.tooLarge());
        if (comparison.tooLarge()) {
            body.put("message", i18n.getTranslation("diff.tooLarge", locale, String.join(", ", comparison.tooLargeFields())));
        }
        body.put("fields", comparison.fields());
        return body;
    }

    /**
     * A byline object missing one of its lists cannot be built: say which lists a byline needs rather than
     * only that the body is not well formed. Any other unreadable body gets the API's general answer.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, Locale locale) {
        boolean byline = e.getCause() instanceof ValueInstantiationException v && v.getType() != null
                && (v.getType().hasRawClass(Byline.class) || v.getType().hasRawClass(BylineIn.class));
        String key = byline ? "article.error.byline" : "error.badRequest";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", i18n.getTranslation(key, locale));
        body.put("code", key);
        return ResponseEntity.badRequest().body(body);
    }

    /**
     * A conflict answers 409 with both versions and the base they started from, so a script can merge and retry
     * from the current revision; after {@code merge: true}, {@code overlapping} names what could not be merged.
     */
    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(EditConflictException e, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 409);
        body.put("error", i18n.getTranslation(e.key(), locale, e.args()));
        body.put("code", e.key());
        body.put("baseRevision", e.baseRevision());
        body.put("theirs", RevisionJson.of(e.theirs(), true, i18n, locale));
        body.put("yours", ContentOut.of(e.yours()));
        body.put("base", e.base() == null ? null : RevisionJson.of(e.base(), true, i18n, locale));
        body.put("overlapping", e.overlapping());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }
}
