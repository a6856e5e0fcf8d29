package org.galley.progress;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small in-memory broadcaster, one list of listeners per page: the open page editors register, services publish.
 * Inside a transaction an event goes out after the commit, so nobody hears of a change that was rolled back.
 * One server only; several Galley servers behind a balancer would need the database's LISTEN/NOTIFY instead.
 */
@Component
public class PageEvents {

    private static final Logger log = LoggerFactory.getLogger(PageEvents.class);
    private final Map<Long, List<Consumer<PageEvent>>> listeners = new ConcurrentHashMap<>();

    /** Listens to one page until the returned handle is run. Listeners must return quickly (UI.access). */
    public Runnable register(long pageId, Consumer<PageEvent> listener) {
        listeners.computeIfAbsent(pageId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(pageId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    public void publish(PageEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
    }

    int listenerCount(long pageId) {
        return listeners.getOrDefault(pageId, List.of()).size();
    }

    private void deliver(PageEvent event) {
        for (Consumer<PageEvent> l : listeners.getOrDefault(event.pageId(), List.of())) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                // A closed browser tab must not stop the others from hearing.
                log.debug("A page listener failed on {}", event, e);
            }
        }
    }
}
