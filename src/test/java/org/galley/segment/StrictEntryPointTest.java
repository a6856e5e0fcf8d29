package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A failure inside segmenting reaches a test through the strict entry point, and is flagged, not thrown, through
 * the guarded one. The failure is injected through the caller's own geometry list, which the layout rules read.
 */
class StrictEntryPointTest {
    private static final String PAGE = "本报讯 第一段正文，写在这里。\n";

    /** A geometry list of the right length whose entries cannot be read. */
    private static List<LineGeometry> unreadableGeometry() {
        return new AbstractList<>() {
            @Override
            public LineGeometry get(int index) {
                throw new IllegalStateException("geometry nobody foresaw");
            }

            @Override
            public int size() {
                return 1;
            }
        };
    }

    @Test
    void theStrictEntryPointLetsAFailureInsideSegmentingThrough() {
        assertThatThrownBy(() -> Segmenter.segmentStrict(PAGE, null, unreadableGeometry()))
                .isInstanceOf(IllegalStateException.class).hasMessage("geometry nobody foresaw");
    }

    @Test
    void theGuardedEntryPointFlagsTheSameFailureAndProposesNothing() {
        Proposal p = Segmenter.segment(PAGE, null, unreadableGeometry());
        assertThat(p.hasFailed()).isTrue();
        assertThat(p.failure()).isEqualTo("IllegalStateException");
        assertThat(p.articles()).isEmpty();
    }
}
