package org.galley.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/issues} for scripts. */
@RestController
@RequestMapping("/api/issues")
class IssueApi {

    record IssueJson(long id, String title, String language, LocalDate date, String edition, String number, int pages, int articles,
                     Map<String, Integer> articlesByState) {
        static IssueJson of(IssueSummary s) {
            return new IssueJson(s.id(), s.title(), s.language(), s.date(), s.edition(), s.number(), s.pages(), s.articles(), s.articlesByState());
        }
    }

    private final IssueService issues;

    IssueApi(IssueService issues) {
        this.issues = issues;
    }

    @GetMapping
    List<IssueJson> list() {
        return issues.list().stream().map(IssueJson::of).toList();
    }

    @GetMapping("/{id}")
    IssueJson get(@PathVariable long id) {
        return issues.find(id).map(IssueJson::of)
                .orElseThrow(() -> org.galley.common.UserFacingException.notFound("issue.error.unknown", id));
    }

    /** Creates an issue: {"title": "平湖日报", "date": "2023-03-01", "edition": "", "number": "1234"}. */
    @PostMapping
    ResponseEntity<IssueJson> create(@RequestBody(required = false) NewIssue request) {
        IssueSummary created = issues.create(request);
        return ResponseEntity.created(URI.create("/api/issues/" + created.id())).body(IssueJson.of(created));
    }
}
