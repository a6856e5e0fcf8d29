package org.galley.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.galley.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** The log-in form. A wrong password gets a plain message; too many get told to wait. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("galley-login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(getTranslation("login.error.title"), getTranslation("login.error.message")));
        Paragraph about = new Paragraph(getTranslation("login.about"));
        about.addClassName("galley-login-about");
        add(login, about);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        if (lastFailureWasThrottled()) {
            login.setI18n(i18n(getTranslation("login.throttled.title"), getTranslation("login.throttled.message")));
        }
        login.setError(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Galley";
    }

    private static boolean lastFailureWasThrottled() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        return http != null && http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException;
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorMessage);
        error.setUsername(getTranslation("login.required"));
        error.setPassword(getTranslation("login.required"));
        return i18n;
    }

}
