package org.galley.progress.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import org.galley.common.AuditTrail;
import org.galley.common.UserFacingException;
import org.galley.progress.Claim;
import org.galley.progress.ClaimService;
import org.galley.progress.PageEvent;
import org.galley.progress.PageEvents;

/**
 * The page editor's line about who is on the page: nobody (with "Claim this page"), you (with "Release"), or someone
 * else. It listens to the page while shown, so a colleague's claim, release or save appears at once (server push);
 * a colleague's save also redraws the page through {@code onOtherSave}.
 */
public class PageClaimBanner extends HorizontalLayout {

    private final transient ClaimService claims;
    private final transient PageEvents events;
    private final Runnable onOtherSave;
    final Span text = new Span();
    final Button claim = new Button();
    final Button release = new Button();
    private long pageId = -1;
    private int pageNumber;
    private String me = "";
    private String holder;
    private transient Runnable registration;

    public PageClaimBanner(ClaimService claims, PageEvents events, Runnable onOtherSave) {
        this.claims = claims;
        this.events = events;
        this.onOtherSave = onOtherSave;
        setId("claim-banner");
        addClassName("galley-claim-banner");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        text.setId("claim-text");
        claim.setText(getTranslation("progress.claim"));
        claim.setId("claim-page");
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
        claim.addClickListener(e -> claim());
        release.setText(getTranslation("progress.release"));
        release.setId("release-page");
        release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        release.addClickListener(e -> release());
        add(text, claim, release);
    }

    /** Shows the page's claim and listens to the page from now on. */
    public void show(long pageId, int pageNumber) {
        boolean samePage = this.pageId == pageId;
        this.pageId = pageId;
        this.pageNumber = pageNumber;
        this.me = AuditTrail.currentActor();
        holder = claims.holder(pageId).map(Claim::holder).orElse(null);
        draw();
        if (!samePage && isAttached()) {
            listen();
        }
    }

    public Optional<String> holder() {
        return Optional.ofNullable(holder);
    }

    /** Whether someone other than the user holds the page. */
    public boolean heldByOther() {
        return holder != null && !holder.equals(me);
    }

    /** Warns (never blocks) a user about to change a page someone else holds. */
    public void warnIfHeldByOther() {
        if (heldByOther()) {
            Notification.show(getTranslation("progress.warnHeld", pageNumber, holder), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
    }

    /**
     * Work on the page (a save, say): the user's claim starts its idle time again. The others hear of a save from
     * the article store itself (ChangeAnnouncer), which also covers saves through the API.
     */
    public void worked() {
        if (pageId > 0 && me.equals(holder)) {
            claims.touch(pageId);
        }
    }

    void claim() {
        try {
            holder = claims.claim(pageId).holder();
        } catch (UserFacingException e) {
            Notification.show(getTranslation(e.key(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            holder = claims.holder(pageId).map(Claim::holder).orElse(null);
        }
        draw();
    }

    void release() {
        claims.release(pageId);
        holder = null;
        draw();
    }

    /** "Done with this page": ends the user's claim, records that they finished the page; the next page to open. */
    public Optional<Long> finish() {
        Optional<Long> next = claims.finish(pageId);
        if (me.equals(holder)) {
            holder = null;
        }
        draw();
        return next;
    }

    private void draw() {
        getElement().setAttribute("data-holder", holder == null ? "" : holder);
        if (holder == null) {
            text.setText(getTranslation("progress.nobody", pageNumber));
        } else if (holder.equals(me)) {
            text.setText(getTranslation("progress.youHold", pageNumber));
        } else {
            text.setText(getTranslation("progress.heldBy", pageNumber, holder));
        }
        getElement().getClassList().set("held-by-other", heldByOther());
        claim.setVisible(holder == null);
        release.setVisible(holder != null && holder.equals(me));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (pageId > 0) {
            listen();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopListening();
        super.onDetach(event);
    }

    private void listen() {
        stopListening();
        UI ui = UI.getCurrent();
        long page = pageId;
        registration = events.register(page, event -> ui.access(() -> heard(event)));
    }

    private void stopListening() {
        if (registration != null) {
            registration.run();
            registration = null;
        }
    }

    void heard(PageEvent event) {
        if (event.pageId() != pageId) {
            return;
        }
        if (event instanceof PageEvent.ClaimChanged c) {
            holder = c.holder();
            draw();
        } else if (event instanceof PageEvent.ArticleSaved s && !s.by().equals(me)) {
            Notification n = Notification.show(getTranslation("progress.savedBy", s.by(),
                    s.title() == null || s.title().isBlank() ? "—" : s.title(), s.revision()), 6000, Notification.Position.BOTTOM_END);
            n.addClassName("galley-saved-by-other");
            onOtherSave.run();
        }
    }
}
