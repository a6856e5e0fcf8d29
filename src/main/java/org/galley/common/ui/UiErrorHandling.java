package org.galley.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.galley.common.DatabaseFailures;
import org.galley.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Any exception a view does not handle becomes a short notification in the user's language; the details go
 * to the log. Refusals ({@link UserFacingException}) say what was wrong.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable t = error.getThrowable();
            UI ui = UI.getCurrent();
            if (ui == null) {
                log.error("Error outside a UI", t);
                return;
            }
            String text;
            UserFacingException refusal = find(t, UserFacingException.class);
            if (refusal != null) {
                text = ui.getTranslation(refusal.key(), refusal.args());
            } else if (find(t, AccessDeniedException.class) != null) {
                text = ui.getTranslation("error.forbidden");
            } else if (DatabaseFailures.record(t)) {
                // The database is down (it is being restarted): say so, and that nothing was saved, not "something went wrong".
                log.warn("Database unavailable in the editor: {}", t.toString());
                text = ui.getTranslation("error.databaseUnavailable") + " " + ui.getTranslation("error.nothingChanged");
            } else {
                log.error("Unexpected error in the editor", t);
                text = ui.getTranslation("error.unexpected") + " " + ui.getTranslation("error.nothingChanged");
            }
            Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }));
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
