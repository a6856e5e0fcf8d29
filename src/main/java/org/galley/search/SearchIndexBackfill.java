package org.galley.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, indexes the articles that have no search entry yet: all of them on a database from before search
 * existed, none afterwards (every change keeps the index current in its own transaction).
 */
@Component
@Order(100)
class SearchIndexBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBackfill.class);
    private final SearchService search;

    SearchIndexBackfill(SearchService search) {
        this.search = search;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (search.anyArticleMissing()) {
            long start = System.nanoTime();
            int n = search.rebuild(true);
            log.info("Search index: {} article(s) indexed in {} ms", n, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
