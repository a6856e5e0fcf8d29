package org.galley.issue;

import java.time.Instant;

/** One imported page: its raw text exactly as it arrived, never changed afterwards. */
public record Page(long id, long issueId, int pageNumber, String section, String sourceName, String rawText,
                   String sha256, String encoding, String language, String leftoversJson, String importedBy,
                   Instant importedAt) {
}
