package org.galley.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One newspaper issue as the issue list shows it: what it is, how far its articles have come (live articles only:
 * merged-away articles and page furniture are not articles), and its latest publication, if any.
 */
public record IssueSummary(long id, String title, String language, LocalDate date, String edition, String number,
                           int pages, int articles, Map<String, Integer> articlesByState,
                           Integer publishedVersion, Instant publishedAt, boolean withdrawn) {

    public String displayTitle() {
        return edition == null || edition.isBlank() ? title : title + " · " + edition;
    }

    /** Published and not withdrawn: its latest version is out. */
    public boolean isPublished() {
        return publishedVersion != null && !withdrawn;
    }
}
