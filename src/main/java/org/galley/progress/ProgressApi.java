package org.galley.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/issues/{id}/progress}: what the issue view shows, as JSON. */
@RestController
@RequestMapping("/api/issues")
class ProgressApi {

    record ProgressJson(long issueId, int articles, Map<String, Integer> articlesByState, int done, double doneFraction,
                        int unassignedLines, int unlinkedJumps, List<PageJson> pages) {
    }

    record PageJson(long pageId, int pageNumber, int articles, Map<String, Integer> articlesByState, int unassignedLines,
                    int unlinkedJumps, String lastWorkedBy, Instant lastWorkedAt, String finishedBy, Instant finishedAt,
                    String claimedBy) {
    }

    private final ProgressService progress;

    ProgressApi(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/{id}/progress")
    ProgressJson progress(@PathVariable long id) {
        IssueProgress p = progress.progress(id);
        IssueProgress.Totals t = p.totals();
        return new ProgressJson(p.issueId(), p.articles(), p.articlesByState(), t.done(), t.fraction(), p.unassignedLines(),
                p.unlinkedJumps(), p.pages().stream().map(g -> new PageJson(g.pageId(), g.pageNumber(), g.articles(),
                        g.articlesByState(), g.unassignedLines(), g.unlinkedJumps(), g.lastWorkedBy(), g.lastWorkedAt(),
                        g.finishedBy(), g.finishedAt(), g.claimedBy())).toList());
    }
}
