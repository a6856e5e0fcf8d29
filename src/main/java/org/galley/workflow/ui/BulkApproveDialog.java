package org.galley.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.galley.article.Article;
import org.galley.article.ArticleState;
import org.galley.common.UserFacingException;
import org.galley.workflow.BulkApproval;
import org.galley.workflow.WorkflowService;

/**
 * Approve in bulk: the articles as they were loaded (each with the revision on screen), those that can be
 * approved ticked; "Approve selected" approves each at that revision in one transaction, then a second dialog
 * names those left out and why (changed since the list was loaded, or in a state that cannot be approved).
 */
public class BulkApproveDialog extends Dialog {

    private static final Set<ArticleState> APPROVABLE = Set.of(ArticleState.DRAFT, ArticleState.CORRECTED, ArticleState.REJECTED);

    final CheckboxGroup<Article> choice = new CheckboxGroup<>();
    final Button approve;
    private final transient WorkflowService workflow;
    private final Runnable onDone;

    /**
     * @param articles what the user sees (a page's articles, or those selected in the list)
     * @param preselect which to tick at first; those that cannot be approved are never ticked
     * @param onDone    redraws the caller after approving
     */
    public BulkApproveDialog(WorkflowService workflow, List<Article> articles, Set<Long> preselect, Runnable onDone) {
        this.workflow = workflow;
        this.onDone = onDone;
        setId("bulk-approve-dialog");
        setHeaderTitle(getTranslation("workflow.bulk.title"));
        setWidth("min(48em, 92vw)");
        choice.setId("bulk-approve-choice");
        choice.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        choice.setItems(articles);
        choice.setItemLabelGenerator(a -> getTranslation("workflow.bulk.item", a.pageNumber(),
                a.content().title().isBlank() ? getTranslation("editor.untitled") : a.content().title(),
                getTranslation("state." + a.state().name()), a.revision()));
        choice.setItemEnabledProvider(a -> APPROVABLE.contains(a.state()));
        choice.setValue(articles.stream().filter(a -> APPROVABLE.contains(a.state()) && preselect.contains(a.id()))
                .collect(Collectors.toSet()));
        Button all = new Button(getTranslation("workflow.bulk.all"), e -> choice.setValue(
                articles.stream().filter(a -> APPROVABLE.contains(a.state())).collect(Collectors.toSet())));
        all.setId("bulk-approve-all");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button none = new Button(getTranslation("workflow.bulk.none"), e -> choice.clear());
        none.setId("bulk-approve-none");
        none.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(getTranslation("workflow.bulk.explain")), new Div(all, none), choice);
        approve = new Button(getTranslation("workflow.bulk.approve"), e -> approveSelected());
        approve.setId("bulk-approve-ok");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("bulk-approve-cancel");
        getFooter().add(cancel, approve);
    }

    void approveSelected() {
        List<Article> selected = choice.getValue().stream().sorted(Comparator.comparingInt(Article::pageNumber)
                .thenComparingInt(Article::position)).toList();
        if (selected.isEmpty()) {
            Notification.show(getTranslation("workflow.error.bulkEmpty")).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            return;
        }
        BulkApproval result;
        try {
            result = workflow.approveAll(selected.stream().map(a -> new BulkApproval.Request(a.id(), a.revision())).toList());
        } catch (UserFacingException e) {
            Notification.show(getTranslation(e.key(), e.args()), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notification.show(getTranslation("error.forbidden")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        close();
        onDone.run();
        result(selected.stream().collect(Collectors.toMap(Article::id, Function.identity())), result).open();
    }

    /** What happened: how many were approved, and each article left out with its reason. */
    Dialog result(Map<Long, Article> asLoaded, BulkApproval result) {
        Dialog d = new Dialog();
        d.setId("bulk-approve-result");
        d.setHeaderTitle(getTranslation("workflow.bulk.resultTitle"));
        Span count = new Span(getTranslation("workflow.bulk.approved", result.approved().size()));
        count.setId("bulk-approved-count");
        d.add(new Paragraph(count));
        if (!result.skipped().isEmpty()) {
            d.add(new Paragraph(getTranslation("workflow.bulk.skipped", result.skipped().size())));
            for (BulkApproval.Skipped k : result.skipped()) {
                Article a = asLoaded.get(k.id());
                String title = a == null || a.content().title().isBlank() ? getTranslation("editor.untitled") : a.content().title();
                Div row = new Div(new Span(title + " — " + getTranslation("workflow.skipped." + k.reason(), k.id(), k.currentRevision(),
                        getTranslation("state." + k.state()))));
                row.setId("bulk-skipped-" + k.id());
                row.addClassName("galley-bulk-skipped");
                d.add(row);
            }
        }
        Button close = new Button(getTranslation("common.close"), e -> d.close());
        close.setId("bulk-approve-close");
        d.getFooter().add(close);
        return d;
    }
}
