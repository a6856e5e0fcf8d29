package org.galley.segment;

import java.io.PrintStream;

/** Command line for the segmenter: {@code segment [--out DIR] FILE...}. Placeholder until the segmenter lands. */
public final class SegmentCommand {
    private SegmentCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("segment: not implemented yet");
        return 2;
    }
}
