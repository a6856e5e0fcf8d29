package org.galley.article;

import java.util.List;
import org.galley.common.UserFacingException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Continued articles for scripts: link two parts ({@code POST /api/articles/{id}/link}), unlink one
 * ({@code POST /api/articles/{id}/unlink}), an article's parts, and the issue's jump lines no link joins.
 * The same rights as the other structure operations (correctors and up, checked in ArticleLinks).
 */
@RestController
class ArticleLinksApi {

    /** {@code {"baseRevision": n, "other": id, "otherRevision": m}}: both revisions as the caller saw them. */
    record LinkRequest(Integer baseRevision, Long other, Integer otherRevision) {
    }

    /** {@code {"part": id}}: the part to give back. */
    record UnlinkRequest(Long part) {
    }

    record LinkJson(long article, long part, int partPage, Integer toLine, Integer fromLine, String origin) {
        static LinkJson of(ArticleLink l) {
            return new LinkJson(l.articleId(), l.partId(), l.partPageNumber(), l.toLine() == 0 ? null : l.toLine(),
                    l.fromLine() == 0 ? null : l.fromLine(), l.origin());
        }
    }

    private final ArticleLinks links;

    ArticleLinksApi(ArticleLinks links) {
        this.links = links;
    }

    @PostMapping("/api/articles/{id}/link")
    ArticleApi.ArticleJson link(@PathVariable long id, @RequestBody(required = false) LinkRequest request) {
        if (request == null || request.baseRevision() == null || request.other() == null || request.otherRevision() == null) {
            throw new UserFacingException("link.error.request");
        }
        return ArticleApi.ArticleJson.of(links.link(id, request.baseRevision(), request.other(), request.otherRevision()));
    }

    @PostMapping("/api/articles/{id}/unlink")
    List<ArticleApi.ArticleJson> unlink(@PathVariable long id, @RequestBody(required = false) UnlinkRequest request) {
        if (request == null || request.part() == null) {
            throw new UserFacingException("link.error.request");
        }
        return links.unlink(id, request.part()).stream().map(ArticleApi.ArticleJson::of).toList();
    }

    @GetMapping("/api/articles/{id}/parts")
    List<LinkJson> parts(@PathVariable long id) {
        return links.partsOf(id).stream().map(LinkJson::of).toList();
    }

    @GetMapping("/api/issues/{id}/links")
    List<LinkJson> issueLinks(@PathVariable long id) {
        return links.links(id).stream().map(LinkJson::of).toList();
    }

    @GetMapping("/api/issues/{id}/jumps")
    List<UnlinkedJump> unlinkedJumps(@PathVariable long id) {
        return links.unlinkedJumps(id);
    }
}
