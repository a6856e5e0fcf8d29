package org.galley.publishing.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.galley.segment.LineSpan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Export of a 24-page issue of 150 articles (6–10 paragraphs of about 150 characters each) to its ZIP, beside
 * the floor of merely writing the same text into a ZIP. Run:
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench=ExportBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExportBenchmark {

    ExportIssue issue;

    @Setup
    public void buildIssue() {
        String sentence = "平湖市职业中专红绿蓝志愿者服务队自2019年成立以来，围绕校训积极投身于各个志愿服务中，用实际行动践行青春志愿的初心。";
        List<ExportArticle> articles = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 6 + i % 5; p++) {
                paragraphs.add(sentence.repeat(2) + " " + i + "-" + p);
            }
            ArticleContent c = ArticleContent.of("news", i % 3 == 0 ? "引题" + i : null, "第" + i + "篇稿件的标题", null,
                    new Byline(List.of("记者" + i), List.of("通讯员" + i), List.of()), "本报讯", paragraphs,
                    i % 10 == 0 ? "图片说明" + i : null, false, List.of(new org.galley.article.LineRef(1, 1, 40)));
            articles.add(new ExportArticle(1000 + i, 2, 1 + i / 7 % 24, "要闻", i + 1, c, Instant.parse("2023-03-01T08:00:00Z"), "editor"));
        }
        issue = new ExportIssue(1, "平湖日报", "zh", LocalDate.of(2023, 3, 1), "", "1234", 1, Instant.parse("2023-03-01T09:00:00Z"),
                "editor", articles);
    }

    @Benchmark
    public byte[] exportZip() {
        return IssueExporter.exportZip(issue);
    }

    /** The floor: the same paragraphs written into one ZIP entry, no formats at all. */
    @Benchmark
    public byte[] zipOfRawTextOnly() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("all.txt"));
            for (ExportArticle a : issue.articles()) {
                for (String p : a.content().paragraphs()) {
                    zip.write(p.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
