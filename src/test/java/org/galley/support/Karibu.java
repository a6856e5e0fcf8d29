package org.galley.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;
import java.util.List;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.galley.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** Karibu-Testing set-up for Galley's views, with a logged-in user when a test needs one. */
public final class Karibu {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.galley");

    private Karibu() {
    }

    public static void setUp(ApplicationContext ctx) {
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
    }

    public static void tearDown() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Logs in as the user, as Spring Security would, including what Vaadin's view access checker reads. */
    public static void login(String username, Role role) {
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(role.authority()));
        var principal = new User(username, "x", authorities);
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        Set<String> roles = switch (role) {
            case ADMIN -> Set.of("ADMIN", "EDITOR", "CORRECTOR");
            case EDITOR -> Set.of("EDITOR", "CORRECTOR");
            case CORRECTOR -> Set.of("CORRECTOR");
        };
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((p, r) -> roles.contains(r));
    }
}
