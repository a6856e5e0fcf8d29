package org.galley.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.galley.common.UserFacingException;
import org.galley.security.ApiToken;
import org.galley.security.ApiTokenService;
import org.galley.security.CreatedApiToken;

/**
 * Each user's personal API tokens: create one (shown once, in a dialog), see which exist, revoke them. The menu
 * title is an i18n key, like the other {@code nav.*} entries.
 */
@Route("tokens")
@PermitAll
@Menu(title = "nav.tokens", order = 90)
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiTokenService tokens;
    public final TextField name = new TextField();
    public final Button create = new Button();
    public final Grid<ApiToken> grid = new Grid<>(ApiToken.class, false);
    /** The dialog showing a new token, while it is open. */
    public Dialog createdDialog;

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        setSizeFull();
        name.setId("token-name");
        name.setLabel(getTranslation("tokens.name"));
        name.setPlaceholder(getTranslation("tokens.namePlaceholder"));
        name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
        name.setWidth("24em");
        create.setText(getTranslation("tokens.create"));
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(Alignment.BASELINE);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("tokens");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.name")).setAutoWidth(true);
        grid.addColumn(t -> t.hint() + "…").setHeader(getTranslation("tokens.hint")).setAutoWidth(true);
        grid.addColumn(t -> when.format(t.createdAt())).setHeader(getTranslation("tokens.createdAt")).setAutoWidth(true);
        grid.addColumn(t -> format(when, t.lastUsedAt())).setHeader(getTranslation("tokens.lastUsed")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("tokens.none"));

        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.about")), form, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title") + " · Galley";
    }

    private String format(DateTimeFormatter when, Instant at) {
        return at == null ? getTranslation("tokens.never") : when.format(at);
    }

    private void refresh() {
        grid.setItems(tokens.own());
    }

    private void create() {
        try {
            CreatedApiToken created = tokens.create(name.getValue());
            name.clear();
            refresh();
            showOnce(created);
        } catch (UserFacingException e) {
            Notification.show(getTranslation(e.key(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void showOnce(CreatedApiToken created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tokens.createdTitle") + ": " + created.token().name());
        TextField secret = new TextField();
        secret.setId("new-token");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidth("32em");
        secret.addFocusListener(e -> secret.getElement().executeJs("this.inputElement.select()"));
        dialog.add(new Paragraph(getTranslation("tokens.copyNow")), secret);
        Button close = new Button(getTranslation("common.close"), e -> dialog.close());
        close.setId("close-token");
        dialog.getFooter().add(close);
        // Forgotten as soon as the dialog closes: the server keeps only the hash.
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                dialog.removeAll();
                createdDialog = null;
            }
        });
        createdDialog = dialog;
        dialog.open();
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button(getTranslation("tokens.revoke"), e -> {
            try {
                tokens.revoke(token.id());
                Notification.show(getTranslation("tokens.revoked")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException ex) {
                Notification.show(getTranslation(ex.key(), ex.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return revoke;
    }
}
