package org.galley.article.diff;

import java.util.ArrayList;
import java.util.List;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.galley.article.LineRef;

/**
 * Time of one comparison of two revisions whose raw line spans share no line (every other line on each side,
 * the worst case for a text diff), for 8,000, 32,000 and 200,000 spans; and of two unrelated 60,000-word texts.
 * Run: ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.galley.article.diff.DiffBenchmark
 */
public final class DiffBenchmark {

    public static void main(String[] args) {
        // Sizes from the arguments that are numbers (the bench profile also passes its JMH pattern).
        int[] sizes = java.util.Arrays.stream(args).filter(a -> a.matches("\\d+")).mapToInt(Integer::parseInt).toArray();
        if (sizes.length == 0) {
            sizes = new int[] {8_000, 32_000, 200_000};
        }
        for (int n : sizes) {
            List<LineRef> odd = new ArrayList<>();
            List<LineRef> even = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                odd.add(new LineRef(1L, 2 * i + 1, 2 * i + 1));
                even.add(new LineRef(1L, 2 * i + 2, 2 * i + 2));
            }
            long start = System.nanoTime();
            int fields = ArticleDiff.between(content(odd, "p"), content(even, "p")).size();
            System.out.printf("spans %,d: %.3f s (%d changed field)%n", n, (System.nanoTime() - start) / 1e9, fields);
        }
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            a.append("a").append(i).append(' ');
            b.append("b").append(i).append('\n');
        }
        long start = System.nanoTime();
        List<FieldDiff> diffs = ArticleDiff.between(content(List.of(), a.toString()), content(List.of(), b.toString()));
        System.out.printf("unrelated 60,000-word texts: %.3f s, %s%n", (System.nanoTime() - start) / 1e9, ArticleDiff.summary(diffs));
    }

    static ArticleContent content(List<LineRef> lines, String paragraph) {
        return ArticleContent.of("news", null, "H", null, Byline.empty(), null, List.of(paragraph), null, false, lines);
    }
}
