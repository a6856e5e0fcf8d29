package org.galley.segment;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per page of the segmenter on one core, beside the baseline of merely splitting the same text into lines.
 * Sampled per call, so JMH prints percentiles: on a shared machine the median ({@code p0.50}) is the figure to read,
 * not the mean. MB/s = the page's UTF-8 size (printed at setup) / the median time. Warm-up is 20 s per fork: with
 * 3 s the time per page was still falling fivefold through the measured iterations (the JIT had not finished on two
 * shared cores). A run takes about five minutes; {@code exec:exec} passes {@code -Dbench} as one argument, so these
 * annotations are the settings:
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench=SegmenterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class SegmenterBenchmark {
    @Param({"000_24a909c35df8419a.txt", "new-york-tribune-1903-05-01-p1.ocr.txt"})
    public String page;

    private String text;

    @Setup
    public void load() {
        text = TestData.read(page);
        System.out.println("\n[bench] " + page + ": " + text.getBytes(StandardCharsets.UTF_8).length
                + " bytes UTF-8");
    }

    @Benchmark
    public Proposal segment() {
        return Segmenter.segment(text, null);
    }

    /** The floor: splitting the text into lines, which any segmenter must do. */
    @Benchmark
    public void splitLines(Blackhole bh) {
        text.lines().forEach(bh::consume);
    }
}
