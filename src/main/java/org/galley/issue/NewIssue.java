package org.galley.issue;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;

/** What staff give to create an issue: the newspaper's title, the date, and optionally edition and number. */
public record NewIssue(String title,
                       // A number is not a date: Jackson would read 20230301 as a day count (the year 57358).
                       @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE) LocalDate date,
                       String edition, String number, String language) {
}
