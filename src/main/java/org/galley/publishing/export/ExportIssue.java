package org.galley.publishing.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A published issue as the exporters see it: metadata and the published articles in page order. */
public record ExportIssue(long issueId, String newspaperTitle, String language, LocalDate date, String edition,
                          String number, int publicationVersion, Instant publishedAt, String publishedBy,
                          List<ExportArticle> articles) {
    public ExportIssue {
        articles = List.copyOf(articles);
    }
}
