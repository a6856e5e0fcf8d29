package org.galley.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/issues} for scripts. */
@RestController
@RequestMapping("/api/issues")
class IssueApi {

    record IssueJson(long id, String title, LocalDate date, String edition, String number, int pages, int articles,
                     Map<String, Integer> articlesByState) {
        static IssueJson of(IssueSummary s) {
            return new IssueJson(s.id(), s.title(), s.date(), s.edition(), s.number(), s.pages(), s.articles(), s.articlesByState());
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
}
