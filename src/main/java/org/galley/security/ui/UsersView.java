package org.galley.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.galley.common.UserFacingException;
import org.galley.security.Role;
import org.galley.security.StaffUser;
import org.galley.security.UserService;

/** Admins list staff, add them, set their role, disable accounts and reset passwords. */
@Route("users")
@Menu(title = "nav.users", order = 9)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserService users;
    public final Grid<StaffUser> grid = new Grid<>(StaffUser.class, false);

    public UsersView(UserService users) {
        this.users = users;
        setSizeFull();
        Button add = new Button(getTranslation("users.add"), e -> openAddDialog());
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("users.title")), add);
        top.setAlignItems(Alignment.BASELINE);

        grid.addColumn(StaffUser::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(StaffUser::displayName).setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("users.role")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled")).setHeader(getTranslation("users.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        add(top, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · Galley";
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    private Select<Role> roleSelect(StaffUser user) {
        Select<Role> select = new Select<>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        select.setValue(user.role());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> users.setRole(user.username(), e.getValue()), "users.saved");
            }
        });
        return select;
    }

    private HorizontalLayout actions(StaffUser user) {
        Button toggle = new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable"),
                e -> act(() -> users.setEnabled(user.username(), !user.enabled()), "users.saved"));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button reset = new Button(getTranslation("users.resetPassword"), e -> openResetDialog(user));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(toggle, reset);
    }

    private void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.add"));
        TextField username = new TextField(getTranslation("users.username"));
        TextField displayName = new TextField(getTranslation("users.displayName"));
        PasswordField password = new PasswordField(getTranslation("users.password"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.CORRECTOR);
        dialog.add(new FormLayout(username, displayName, password, role));
        Button save = new Button(getTranslation("common.save"), e -> {
            if (act(() -> users.create(username.getValue(), displayName.getValue(), password.getValue(), role.getValue()), "users.saved")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openResetDialog(StaffUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.resetPasswordFor", user.username()));
        PasswordField password = new PasswordField(getTranslation("users.password"));
        dialog.add(password);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (act(() -> users.resetPassword(user.username(), password.getValue()), "users.saved")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Runs an action; a refusal is shown in the user's language and nothing changes. */
    private boolean act(Runnable action, String successKey) {
        try {
            action.run();
            Notification.show(getTranslation(successKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            return true;
        } catch (UserFacingException e) {
            Notification.show(getTranslation(e.key(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
            return false;
        }
    }
}
