package org.galley.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.galley.common.UserFacingException;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The same issue created by several people at once: one is created, the others are told it exists. */
@IntegrationTest
class IssueCreationRaceTest {

    @Autowired
    IssueService issues;

    @Test
    void parallelCreatesOfOneIssueGiveOneIssueAndClearConflicts() throws Exception {
        int threads = 8;
        for (int round = 0; round < 5; round++) {
            NewIssue request = new NewIssue("Race " + UUID.randomUUID(), LocalDate.of(2023, 3, 1), "", null, "en");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> TestData.asUser("racer", "ROLE_CORRECTOR", () -> {
                    start.await();
                    try {
                        issues.create(request);
                        return "created";
                    } catch (UserFacingException e) {
                        return e.key();
                    }
                })));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            pool.shutdown();
            assertThat(outcomes).filteredOn("created"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("created")).containsOnly("issue.error.exists");
        }
    }
}
