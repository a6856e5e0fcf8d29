package org.galley.progress;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.galley.common.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How far an issue is: per page and in all. Read by everyone on staff, like the issue itself. */
@Service
public class ProgressService {

    private final ProgressRepository repository;
    private final UnlinkedJumpCounter jumps;
    private final Clock clock;
    private final Duration idle;

    ProgressService(ProgressRepository repository, UnlinkedJumpCounter jumps, Clock clock,
                    @Value("${galley.claims.idle-timeout:30m}") Duration idle) {
        this.repository = repository;
        this.jumps = jumps;
        this.clock = clock;
        this.idle = idle;
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public IssueProgress progress(long issueId) {
        if (!repository.issueExists(issueId)) {
            throw UserFacingException.notFound("issue.error.unknown", issueId);
        }
        return compute(repository, issueId, jumps, clock.instant().minus(idle));
    }

    /** Each issue's totals, for the progress bars of the issues list. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Map<Long, IssueProgress.Totals> totals() {
        return repository.totalsByIssue();
    }

    static IssueProgress compute(ProgressRepository repository, long issueId, UnlinkedJumpCounter jumpCounter,
                                 java.time.Instant claimCutoff) {
        Map<Long, Map<String, Integer>> states = repository.statesByPage(issueId);
        Map<Long, Integer> leftovers = repository.leftoverLinesByPage(issueId);
        Map<Long, ProgressRepository.Worked> revised = repository.lastRevisionByPage(issueId);
        Map<Long, ProgressRepository.Worked> finished = repository.lastFinishedByPage(issueId);
        Map<Long, String> claims = repository.liveClaims(issueId, claimCutoff);
        Map<Long, Integer> unlinked = jumpCounter.unlinkedJumpsByPage(issueId);
        List<PageProgress> pages = new ArrayList<>();
        for (ProgressRepository.PageRow p : repository.pages(issueId)) {
            ProgressRepository.Worked edit = revised.get(p.pageId());
            ProgressRepository.Worked done = finished.get(p.pageId());
            // Finishing a page is work on it too: whichever came last.
            ProgressRepository.Worked last = edit == null ? done
                    : done == null || edit.at().isAfter(done.at()) ? edit : done;
            pages.add(new PageProgress(p.pageId(), p.pageNumber(), new TreeMap<>(states.getOrDefault(p.pageId(), Map.of())),
                    leftovers.getOrDefault(p.pageId(), 0), unlinked.getOrDefault(p.pageId(), 0),
                    last == null ? null : last.by(), last == null ? null : last.at(),
                    done == null ? null : done.by(), done == null ? null : done.at(), claims.get(p.pageId())));
        }
        return new IssueProgress(issueId, List.copyOf(pages));
    }
}
