package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 8 writers, 200 saves each, from fresh and stale bases: every save lands once or is a conflict; nothing is lost. */
@IntegrationTest
class ConcurrentSavesTest {

    @Autowired
    ArticleService store;
    @Autowired
    TestData data;

    @Test
    void everySaveLandsAsExactlyOneRevisionOrIsReportedAsAConflict() throws Exception {
        long id = data.issueWithArticles(TestData.content("Race", "start")).articleIds().get(0);
        int threads = 8;
        int savesPerThread = 200;
        List<String> landed = Collections.synchronizedList(new ArrayList<>());
        List<String> conflicts = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int writer = t;
            futures.add(pool.submit(() -> TestData.asUser("writer" + writer, "ROLE_CORRECTOR", () -> {
                start.await();
                for (int i = 0; i < savesPerThread; i++) {
                    String marker = "w" + writer + "-" + i;
                    int current = store.get(id).revision();
                    // A third of the saves deliberately start from an old base.
                    int base = ThreadLocalRandom.current().nextInt(3) == 0 ? Math.max(1, current - 1) : current;
                    try {
                        store.save(id, base, TestData.content(marker, "text by " + marker), marker);
                        landed.add(marker);
                    } catch (EditConflictException e) {
                        conflicts.add(marker);
                    }
                }
                return null;
            })));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        List<Revision> history = TestData.asUser("checker", "ROLE_CORRECTOR", () -> store.history(id));
        assertThat(landed.size() + conflicts.size()).isEqualTo(threads * savesPerThread);
        assertThat(history).hasSize(landed.size() + 1);
        assertThat(history).extracting(Revision::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, landed.size() + 1).boxed().toList());
        Set<String> inHistory = history.stream().skip(1).map(r -> r.content().headline()).collect(Collectors.toSet());
        assertThat(inHistory).containsExactlyInAnyOrderElementsOf(landed);
        assertThat(history.stream().skip(1).map(Revision::note).collect(Collectors.toSet())).doesNotContainAnyElementsOf(conflicts);
        assertThat(landed).isNotEmpty();
        assertThat(conflicts).as("stale bases must produce conflicts").isNotEmpty();
    }
}
