package org.galley.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in user opening a route their role does not allow (a corrector on /users): Vaadin's access control
 * reroutes to {@link AccessDeniedException}; without this view Flow's default answered with a bare English
 * "Could not navigate to 'users'" outside the layout. This one says it in the user's language, inside the
 * layout, with a way back.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("not-allowed");
        addClassName("galley-not-allowed");
        // The issue list is the root route; linking by path keeps common.ui free of feature packages.
        Anchor back = new Anchor("", getTranslation("error.backToIssues"));
        back.setId("back-to-issues");
        add(new H2(getTranslation("error.notAllowed")),
                new Paragraph(getTranslation("error.notAllowedDetail", "/" + event.getLocation().getPath())), back);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
