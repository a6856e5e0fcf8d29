package org.galley.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a user sees when navigation fails: a plain sentence and a way back, never a stack trace. */
@PermitAll
@ParentLayout(MainLayout.class)
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        boolean notFound = parameter.getException() instanceof NotFoundException;
        if (!notFound) {
            log.error("Navigation to {} failed", event.getLocation().getPath(), parameter.getException());
        }
        removeAll();
        add(new H2(getTranslation(notFound ? "error.notFound" : "error.unexpected")),
                new Paragraph(getTranslation("error.nothingChanged")),
                new Anchor("", getTranslation("error.backToIssues")));
        return notFound ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
