package org.galley.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.List;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.galley.common.GalleyI18NProvider;
import org.galley.common.LanguagePreference;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The editor's shell: navigation, language, who is logged in, and log-out. The menu comes from the views' own
 * {@code @Menu} annotations (titles are translation keys) and features add parts to the header through
 * {@link HeaderContribution} beans, so the shell imports no feature: packages stay free of cycles.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext auth;
    private final transient LanguagePreference users;
    private boolean localeApplied;

    public MainLayout(AuthenticationContext auth, LanguagePreference users, AccessAnnotationChecker access,
                      ObjectProvider<HeaderContribution> headerParts) {
        this.auth = auth;
        this.users = users;
        H1 brand = new H1("Galley");
        brand.addClassName("galley-brand");

        SideNav nav = new SideNav();
        for (MenuEntry entry : menu(access)) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
        addToDrawer(nav);

        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setItems(GalleyI18NProvider.LOCALES);
        language.setItemLabelGenerator(l -> l.equals(GalleyI18NProvider.CHINESE) ? "中文" : "English");
        language.setValue(GalleyI18NProvider.supported(getLocale()));
        language.setAriaLabel(getTranslation("nav.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                users.setOwnLocale(e.getValue());
                switchLocale(e.getValue());
            }
        });

        Span who = new Span(auth.getPrincipalName().orElse(""));
        who.setId("current-user");
        Button logout = new Button(getTranslation("nav.logout"), e -> auth.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand);
        headerParts.orderedStream().forEach(part -> header.add(part.create()));
        header.add(language, who, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(brand);
        header.addClassName("galley-header");
        addToNavbar(header);
        setPrimarySection(Section.DRAWER);
    }

    /** The views that carry {@code @Menu} and that this user may open, in their declared order. */
    static List<MenuEntry> menu(AccessAnnotationChecker access) {
        return MenuConfiguration.getMenuEntries().stream()
                .filter(e -> e.menuClass() == null || access.hasAccess(e.menuClass()))
                .toList();
    }

    /** The user's saved language wins over the browser's, once per session. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (localeApplied) {
            return;
        }
        localeApplied = true;
        if (auth.isAuthenticated()) {
            users.ownLocale().map(GalleyI18NProvider::supported)
                    .filter(l -> !l.equals(GalleyI18NProvider.supported(getLocale())))
                    .ifPresent(this::switchLocale);
        }
    }

    private void switchLocale(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        // Views build their text when created: reload so every string is in the new language.
        ui.getPage().reload();
    }
}
