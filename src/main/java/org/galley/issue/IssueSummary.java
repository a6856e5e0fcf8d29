package org.galley.issue;

import java.time.LocalDate;
import java.util.Map;

/** One newspaper issue as the issue list shows it: what it is and how far its articles have come. */
public record IssueSummary(long id, String title, String language, LocalDate date, String edition, String number,
                           int pages, int articles, Map<String, Integer> articlesByState) {

    public String displayTitle() {
        return edition == null || edition.isBlank() ? title : title + " · " + edition;
    }
}
