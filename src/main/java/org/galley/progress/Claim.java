package org.galley.progress;

import java.time.Instant;

/** Someone's claim on a page: "I'm on page 3". */
public record Claim(long pageId, String holder, Instant claimedAt, Instant activeAt) {
}
