package org.galley.importing;

import java.util.List;
import org.galley.article.ArticleService;
import org.galley.article.LineRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Pages imported before line ownership was kept get their owners at start: each live article takes the lines
 * its current revision names, the segmenter's furniture stays furniture, the rest are leftovers. Runs before
 * the seed import; a page that already has owners is left alone, so it runs once per page.
 */
@Component
@Order(0)
class LineOwnershipBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LineOwnershipBackfill.class);

    private final ArticleService articles;

    LineOwnershipBackfill(ArticleService articles) {
        this.articles = articles;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> pages = articles.pagesWithoutOwners();
        for (long pageId : pages) {
            List<LineRef> furniture = Leftovers.parse(articles.leftoversJson(pageId)).furniture().stream()
                    .flatMap(f -> f.lines().stream().map(s -> new LineRef(pageId, s.first(), s.last()))).toList();
            articles.recordOwners(pageId, furniture);
        }
        if (!pages.isEmpty()) {
            log.info("Recorded line owners of {} page(s) imported before ownership was kept", pages.size());
        }
    }
}
