package org.galley.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.galley.importing.PageFile;

/**
 * An English story continued from page 1 on page 5: the jump line "Continued on Page 5", and on page 5
 * "Continued from First Page" with the headline repeated, so import proposes the link from these two pages alone.
 */
public final class ContinuedPages {

    public static final String ENGLISH_P1 = """
            MAYOR OPENS NEW BRIDGE.

            The new bridge over the river was opened yesterday before a large crowd of people
            who had come from all parts of the county to see it, and the
            Continued on Page 5
            """;

    public static final String ENGLISH_P5 = """
            Continued from First Page

            MAYOR OPENS NEW BRIDGE.

            mayor said in his address that the bridge would serve the farmers of the valley
            for a hundred years to come.
            """;

    private ContinuedPages() {
    }

    /** The two pages as files p1.txt and p5.txt, in that order. */
    public static List<PageFile> english() {
        return List.of(new PageFile("p1.txt", ENGLISH_P1.getBytes(StandardCharsets.UTF_8)),
                new PageFile("p5.txt", ENGLISH_P5.getBytes(StandardCharsets.UTF_8)));
    }
}
