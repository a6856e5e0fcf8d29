package org.galley.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.galley.issue.IssueSummary;
import org.galley.issue.ui.IssuesView;
import org.galley.security.Role;
import org.galley.security.ui.LoginView;
import org.galley.security.ui.UsersView;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@IntegrationTest
@ExtendWith(KaribuViews.class)
class ShellViewsTest {

    @Test
    void anonymousVisitorIsSentToTheLoginForm() {
        UI.getCurrent().navigate("");
        assertThat(_find(LoginView.class)).hasSize(1);
        _get(LoginForm.class);
    }

    @Test
    void aCorrectorSeesTheDemoIssueInTheIssueList() {
        Karibu.login("corrector1", Role.CORRECTOR);
        UI.getCurrent().navigate(IssuesView.class);
        @SuppressWarnings("unchecked")
        Grid<IssueSummary> grid = _get(Grid.class, spec -> spec.withId("issues"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(1);
        assertThat(GridKt._findAll(grid)).anySatisfy(i -> {
            assertThat(i.title()).isEqualTo("Demo · 平湖");
            assertThat(i.pages()).isEqualTo(1);
        });
    }

    @Test
    void theUsersViewIsHiddenFromACorrector() {
        Karibu.login("corrector2", Role.CORRECTOR);
        UI.getCurrent().navigate(IssuesView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).doesNotContain("users");
        try {
            UI.getCurrent().navigate("users");
        } catch (RuntimeException | AssertionError e) {
            // Karibu reports the denial as an exception; which one depends on the error views registered.
            assertThat(e.getMessage()).containsAnyOf("Access is denied", "AccessDeniedException");
        }
        assertThat(UI.getCurrent().getCurrentView()).as("the corrector must not get the users view").isNotInstanceOf(UsersView.class);
    }

    @Test
    void anAdminAddsAUserThroughTheUsersView() {
        Karibu.login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        UsersView view = _get(UsersView.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("add-user")));
        String name = "viewuser" + System.nanoTime() % 100000;
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Username")).setValue(name);
        _get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withLabel("Password")).setValue("view-password-1");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save")));
        assertThat(GridKt._findAll(view.grid)).anySatisfy(u -> {
            assertThat(u.username()).isEqualTo(name);
            assertThat(u.role()).isEqualTo(Role.CORRECTOR);
        });
    }

    @Test
    void anAdminSeesTheUsersViewWithTheAdmin() {
        Karibu.login("admin", Role.ADMIN);
        UI.getCurrent().navigate(IssuesView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("users");
        // The menu is built from the views' @Menu annotations, their titles translated, in their declared order.
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).startsWith("Issues", "Import").contains("Users");
        UI.getCurrent().navigate(UsersView.class);
        UsersView view = _get(UsersView.class);
        assertThat(GridKt._findAll(view.grid)).extracting(u -> u.username()).contains("admin");
    }
}
