package org.galley.issue;

import java.time.LocalDate;

/** What staff give to create an issue: the newspaper's title, the date, and optionally edition and number. */
public record NewIssue(String title, LocalDate date, String edition, String number, String language) {
}
