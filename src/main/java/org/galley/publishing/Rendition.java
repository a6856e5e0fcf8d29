package org.galley.publishing;

import java.time.Instant;

/**
 * One stored rendering of a publication's export (without its bytes): rendition 1 is the export as published;
 * later ones are renderings of the same version with the formats of the day they were made.
 */
public record Rendition(int rendition, Origin origin, String fileName, String sha256, int sizeBytes, String renderedBy,
                        Instant renderedAt) {

    public enum Origin {
        /** Rendered in the transaction that published the version. */
        PUBLISH,
        /** The version was published before exports were stored: rendered when first downloaded. */
        FIRST_DOWNLOAD,
        /** Rendered again on an editor's request, with the exporters of that day. */
        RERENDER
    }
}
