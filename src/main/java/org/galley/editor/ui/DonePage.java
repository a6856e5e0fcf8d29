package org.galley.editor.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import org.galley.common.UserFacingException;

/** "Done with this page": releases the claim, records who finished the page, and opens the next page with work left. */
final class DonePage {

    private DonePage() {
    }

    static void finish(PageEditorView view) {
        int number = view.layout.page().pageNumber();
        long issueId = view.layout.page().issueId();
        Optional<Long> next;
        try {
            next = view.claimBanner.finish();
        } catch (UserFacingException e) {
            Notification.show(view.getTranslation(e.key(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notification.show(view.getTranslation("error.forbidden")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        if (next.isPresent()) {
            Notification.show(view.getTranslation("progress.finishedPage", number)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            view.getUI().ifPresent(ui -> ui.navigate("pages/" + next.get()));
        } else {
            Notification.show(view.getTranslation("progress.allDone", number)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            view.getUI().ifPresent(ui -> ui.navigate("issues/" + issueId));
        }
    }
}
