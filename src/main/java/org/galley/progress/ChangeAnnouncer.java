package org.galley.progress;

import org.galley.article.ArticlesChanged;
import org.galley.common.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the open page editors of every article change, whoever made it and however: the page editor, the API, a
 * structure operation, a find and replace. The article store announces changes ({@link ArticlesChanged}) without
 * knowing who listens; the events go out after the commit (see {@link PageEvents}).
 */
@Component
class ChangeAnnouncer {
    /** A change of more articles than this (an import, a publication) is no one's save on an open page. */
    private static final int MOST = 200;

    private final ProgressRepository repository;
    private final PageEvents events;

    ChangeAnnouncer(ProgressRepository repository, PageEvents events) {
        this.repository = repository;
        this.events = events;
    }

    @EventListener
    void on(ArticlesChanged change) {
        if (change.articleIds().isEmpty() || change.articleIds().size() > MOST) {
            return;
        }
        String by = AuditTrail.currentActor();
        for (ProgressRepository.ChangedArticle a : repository.changedArticles(change.articleIds())) {
            events.publish(new PageEvent.ArticleSaved(a.pageId(), a.id(), a.headline() == null ? "" : a.headline(), by, a.revision()));
        }
    }
}
