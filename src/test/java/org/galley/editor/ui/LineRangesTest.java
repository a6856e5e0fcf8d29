package org.galley.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.galley.segment.LineSpan;
import org.junit.jupiter.api.Test;

class LineRangesTest {

    @Test
    void touchingRangesAreShownAsOne() {
        assertThat(LineRanges.formatSpans(List.of(new LineSpan(41, 93), new LineSpan(94, 133)), n -> false)).isEqualTo("[41–133]");
    }

    @Test
    void rangesSeparatedOnlyByBlankLinesAreShownAsOneButRealGapsStay() {
        List<LineSpan> spans = List.of(new LineSpan(50, 60), new LineSpan(3, 3), new LineSpan(5, 9));
        assertThat(LineRanges.formatSpans(spans, n -> n == 4)).isEqualTo("[3–9, 50–60]");
        assertThat(LineRanges.formatSpans(spans, n -> false)).isEqualTo("[3, 5–9, 50–60]");
    }

    @Test
    void overlappingRangesAndNoRanges() {
        assertThat(LineRanges.formatSpans(List.of(new LineSpan(10, 20), new LineSpan(12, 15)), n -> false)).isEqualTo("[10–20]");
        assertThat(LineRanges.formatSpans(List.of(), n -> false)).isEmpty();
    }
}
