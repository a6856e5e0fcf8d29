package org.galley.segment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Quick old-against-new timing of the segmenter on a shared machine, where a JMH run takes minutes and its wall-clock
 * medians follow the other processes' load. Each build of the package (a directory of compiled classes: a copy of
 * target/classes taken before a change, and target/classes itself) is loaded in its own class loader; they run in
 * alternating rounds and each round reports the thread's CPU time per page, so that load hits them alike. The
 * proposals of all builds are compared first. Not a test: run it with
 * {@code java -cp target/test-classes:target/classes org.galley.segment.SegmenterTiming /tmp/old-classes,target/classes
 * src/test/resources/segment/new-york-tribune-1903-05-01-p1.ocr.txt 21 1}
 * (builds, page, rounds, seconds per round); the first third of the rounds is warm-up.
 */
public final class SegmenterTiming {
    private SegmenterTiming() {
    }

    public static void main(String[] args) throws Exception {
        String[] dirs = args[0].split(",");
        Path page = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 21;
        long roundNanos = (long) ((args.length > 3 ? Double.parseDouble(args[3]) : 1) * 1e9);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int n = dirs.length;
        Method[] segment = new Method[n];
        String reference = null;
        for (int i = 0; i < n; i++) {
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(dirs[i]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            segment[i] = loader.loadClass(Segmenter.class.getName()).getMethod("segment", String.class, String.class);
            Class<?> proposal = loader.loadClass(Proposal.class.getName());
            Method toJson = loader.loadClass(ProposalJson.class.getName()).getMethod("toJson", proposal, String.class);
            String json = (String) toJson.invoke(null, segment[i].invoke(null, text, null), page.toString());
            if (reference == null) {
                reference = json;
            } else {
                System.out.println(dirs[i] + ": proposal identical to " + dirs[0] + ": " + reference.equals(json));
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<List<Double>> perPage = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perPage.add(new ArrayList<>());
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                long start = threads.getCurrentThreadCpuTime();
                long now;
                int calls = 0;
                do {
                    segment[i].invoke(null, text, null);
                    calls++;
                    now = threads.getCurrentThreadCpuTime();
                } while (now - start < roundNanos);
                perPage.get(i).add((now - start) / 1e3 / calls);
            }
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        for (int i = 0; i < n; i++) {
            List<Double> times = new ArrayList<>(perPage.get(i).subList(rounds / 3, rounds));
            times.sort(null);
            double median = times.get(times.size() / 2);
            System.out.printf("%s %s: median %.0f us/page CPU (min %.0f, max %.0f) = %.1f MB/s  [load %s]%n",
                    dirs[i], page.getFileName(), median, times.get(0), times.get(times.size() - 1), bytes / median,
                    load);
        }
    }
}
