package org.galley.editor.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.editor.EditorService;
import org.galley.editor.PageLayout;
import org.galley.workflow.WorkflowService;

/**
 * What the page editor's operations do: each handler of {@link EditorOperation#TABLE} lands here, asks what it
 * needs in a dialog, calls one service method and redraws the page. The view keeps the page, the selection and
 * the picked lines.
 */
final class EditorActions {

    private final PageEditorView view;
    private final EditorService editor;
    private final ArticleService articles;
    private final WorkflowService workflow;

    EditorActions(PageEditorView view, EditorService editor, ArticleService articles, WorkflowService workflow) {
        this.view = view;
        this.editor = editor;
        this.articles = articles;
        this.workflow = workflow;
    }

    Optional<Article> requireSelection() {
        Optional<Article> a = view.current();
        if (a.isEmpty()) {
            Notification.show(view.getTranslation("editor.selectFirst")).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        return a;
    }

    /** The article editor last opened, to ask before leaving the page with its text unsaved. */
    ArticleEditor openEditor;

    void edit() {
        requireSelection().ifPresent(a -> {
            view.claimBanner.warnIfHeldByOther();
            openEditor = new ArticleEditor(articles, a, view.layout.lines(), saved -> {
                view.claimBanner.worked();
                view.render();
            });
            openEditor.open();
        });
    }

    /** "Done with this page": asks first when the article editor holds unsaved text, then {@link DonePage}. */
    void doneWithPage() {
        if (openEditor != null && openEditor.isOpened() && openEditor.hasUnsavedChanges()) {
            ArticleEditor unsaved = openEditor;
            EditorDialogs.confirm(view, view.getTranslation("editor.op.donePage"),
                    new Paragraph(view.getTranslation("progress.unsavedConfirm")), () -> {
                        unsaved.close();
                        DonePage.finish(view);
                    });
            return;
        }
        DonePage.finish(view);
    }

    void history() {
        requireSelection().ifPresent(a -> new HistoryDialog(articles, a.id(), view::render).open());
    }

    void split() {
        requireSelection().ifPresent(a -> {
            if (a.content().paragraphs().size() < 2) {
                Notification.show(view.getTranslation("article.error.splitPoint", a.content().paragraphs().size()));
                return;
            }
            RadioButtonGroup<Integer> at = EditorDialogs.paragraphChoice(a, 1);
            at.setLabel(view.getTranslation("editor.splitBefore"));
            EditorDialogs.confirm(view, view.getTranslation("editor.op.split"), at,
                    () -> run(() -> editor.split(a.id(), a.revision(), at.getValue()), "editor.done.split"));
        });
    }

    void merge(int direction) {
        requireSelection().ifPresent(a -> {
            int i = view.layout.articles().indexOf(a);
            int j = i + direction;
            if (j < 0 || j >= view.layout.articles().size()) {
                Notification.show(view.getTranslation("editor.noNeighbour"));
                return;
            }
            Article other = view.layout.articles().get(j);
            // The earlier article on the page takes in the later one, so the text keeps its reading order.
            Article into = direction < 0 ? other : a;
            Article from = direction < 0 ? a : other;
            run(() -> {
                articles.merge(into.id(), into.revision(), from.id(), from.revision());
                view.selected = into.id();
            }, "editor.done.merge");
        });
    }

    void move() {
        requireSelection().ifPresent(a -> {
            Select<String> what = new Select<>();
            what.setId("move-what");
            what.setLabel(view.getTranslation("editor.moveWhat"));
            what.setItems(List.of("PARAGRAPHS", "HEADLINE", "KICKER", "SUBHEADLINE", "BYLINE", "CAPTION", "DATELINE"));
            what.setItemLabelGenerator(o -> view.getTranslation("field." + o.toLowerCase()));
            what.setValue("PARAGRAPHS");
            CheckboxGroup<Integer> paras = EditorDialogs.paragraphsChoice(a);
            paras.setLabel(view.getTranslation("field.paragraphs"));
            Select<Article> target = EditorDialogs.articleChoice(view, view.layout.articles(), a, null);
            what.addValueChangeListener(e -> paras.setVisible("PARAGRAPHS".equals(e.getValue())));
            VerticalLayout form = new VerticalLayout(what, target, paras);
            form.setPadding(false);
            EditorDialogs.confirm(view, view.getTranslation("editor.op.move"), form, () -> {
                Article to = target.getValue();
                if (to == null) {
                    Notification.show(view.getTranslation("editor.chooseTarget"));
                    return;
                }
                if ("PARAGRAPHS".equals(what.getValue())) {
                    run(() -> articles.moveParagraphs(a.id(), a.revision(), to.id(), to.revision(), new ArrayList<>(paras.getValue())), "editor.done.move");
                } else {
                    run(() -> editor.moveField(a.id(), a.revision(), to.id(), to.revision(), EditorService.Field.valueOf(what.getValue())), "editor.done.move");
                }
            });
        });
    }

    void paragraphRole() {
        requireSelection().ifPresent(a -> {
            if (a.content().paragraphs().isEmpty()) {
                Notification.show(view.getTranslation("article.error.paragraphs"));
                return;
            }
            RadioButtonGroup<Integer> which = EditorDialogs.paragraphChoice(a, 0);
            which.setLabel(view.getTranslation("field.paragraphs"));
            Select<EditorService.Field> becomes = new Select<>();
            becomes.setId("paragraph-becomes");
            becomes.setLabel(view.getTranslation("editor.becomes"));
            becomes.setItems(EditorService.Field.KICKER, EditorService.Field.HEADLINE, EditorService.Field.SUBHEADLINE,
                    EditorService.Field.DATELINE, EditorService.Field.CAPTION);
            becomes.setItemLabelGenerator(f -> view.getTranslation("field." + f.name().toLowerCase()));
            becomes.setValue(EditorService.Field.SUBHEADLINE);
            VerticalLayout form = new VerticalLayout(becomes, which);
            form.setPadding(false);
            EditorDialogs.confirm(view, view.getTranslation("editor.op.paragraphRole"), form,
                    () -> run(() -> editor.paragraphTo(a.id(), a.revision(), which.getValue(), becomes.getValue()), "editor.done.role"));
        });
    }

    void reorder(int direction) {
        requireSelection().ifPresent(a -> {
            List<Long> ids = new ArrayList<>(view.layout.articles().stream().map(Article::id).toList());
            int i = ids.indexOf(a.id());
            int j = i + direction;
            if (j < 0 || j >= ids.size()) {
                Notification.show(view.getTranslation("editor.noNeighbour"));
                return;
            }
            ids.set(i, ids.get(j));
            ids.set(j, a.id());
            run(() -> articles.reorder(view.pageId(), ids), "editor.done.reorder");
        });
    }

    /** The toolbar's assign: the leftover whose line is picked, else the user chooses one. */
    void assignLeftover() {
        if (view.layout.unassigned().isEmpty()) {
            Notification.show(view.getTranslation("editor.nothingUnassigned"));
            return;
        }
        assignLeftover(view.pickedLeftover().orElse(null));
    }

    /**
     * Assigns a leftover to the article the user picks (the view.selected one is offered first): a byline to the
     * byline, a caption to the caption, a block to a new paragraph.
     */
    void assignLeftover(PageLayout.Leftover preselected) {
        Select<PageLayout.Leftover> which = new Select<>();
        which.setId("leftover-choice");
        which.setLabel(view.getTranslation("editor.leftover.which"));
        which.setWidthFull();
        which.setItems(view.layout.unassigned());
        which.setItemLabelGenerator(l -> view.getTranslation("editor.leftover." + PageEditorView.leftoverKind(l)) + ": " + l.text().strip());
        if (preselected != null) {
            view.layout.unassigned().stream().filter(l -> l.index() == preselected.index()).findFirst().ifPresent(which::setValue);
        }
        Select<Article> target = EditorDialogs.articleChoice(view, view.layout.articles(), null, view.current().orElse(null));
        VerticalLayout form = new VerticalLayout(which, target);
        form.setPadding(false);
        EditorDialogs.confirm(view, view.getTranslation("editor.op.assignLeftover"), form, () -> {
            PageLayout.Leftover l = which.getValue();
            Article to = target.getValue();
            if (l == null || to == null) {
                Notification.show(view.getTranslation(l == null ? "editor.leftover.chooseFirst" : "editor.chooseTarget"));
                return;
            }
            run(() -> {
                // The leftover's own role decides where it goes: byline to byline, caption to caption, else a paragraph.
                editor.assignLeftoverAs(to.id(), to.revision(), view.pageId(), l.index(), PageEditorView.leftoverKind(l));
                view.selected = to.id();
            }, "editor.done.assign");
        });
    }

    void fromLines(String kind) {
        if (view.pickFirst < 1) {
            Notification.show(view.getTranslation("editor.pickLinesFirst"));
            return;
        }
        int first = view.pickFirst;
        int last = view.pickLast;
        run(() -> {
            Article created = editor.createFromLines(view.pageId(), first, last, kind, view.selected);
            // Furniture is the page's, not an article: nothing new to select.
            if (created != null) {
                view.selected = created.id();
            }
            view.pickFirst = -1;
            view.pickLast = -1;
        }, "furniture".equals(kind) ? "editor.done.furniture" : "editor.done.created");
    }

    void submit() {
        requireSelection().ifPresent(a -> run(() -> workflow.submit(a.id()), "editor.done.submit"));
    }

    void approve() {
        requireSelection().ifPresent(a -> run(() -> workflow.approve(a.id(), a.revision()), "editor.done.approve"));
    }

    /** Approve in bulk: the page's own articles as on screen, all that can be approved ticked. */
    void approvePage() {
        java.util.List<Article> own = view.layout.articles().stream().filter(a -> a.pageId() == view.pageId()).toList();
        new org.galley.workflow.ui.BulkApproveDialog(workflow, own, own.stream().map(Article::id).collect(java.util.stream.Collectors.toSet()),
                view::render).open();
    }

    /** Excluding takes an article out of the publication: the user confirms first. */
    void exclude() {
        requireSelection().ifPresent(a -> EditorDialogs.confirm(view, view.getTranslation("editor.op.exclude"),
                new Paragraph(view.getTranslation("editor.confirmExclude", a.content().title().isBlank() ? view.getTranslation("editor.untitled") : a.content().title())),
                () -> run(() -> workflow.exclude(a.id(), null), "editor.done.exclude")));
    }

    void reject() {
        requireSelection().ifPresent(a -> {
            TextField note = new TextField(view.getTranslation("editor.rejectNote"));
            note.setId("reject-note");
            note.setWidthFull();
            EditorDialogs.confirm(view, view.getTranslation("editor.op.reject"), note,
                    () -> run(() -> workflow.reject(a.id(), note.getValue()), "editor.done.reject"));
        });
    }

    // ---- continued articles: the dialogs are in ContinuedParts ----

    void link() {
        requireSelection().ifPresent(a -> ContinuedParts.linkDialog(view, editor, a));
    }

    void unlink() {
        requireSelection().ifPresent(a -> ContinuedParts.unlinkDialog(view, editor, a));
    }

    void jumps() {
        ContinuedParts.jumpsDialog(view, editor);
    }

    /** Runs a change, tells the user how it went, and redraws the page from the store. */
    void run(Runnable change, String doneKey) {
        view.claimBanner.warnIfHeldByOther();
        try {
            change.run();
            view.claimBanner.worked();
            Notification.show(view.getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (org.galley.common.UserFacingException e) {
            Notification.show(view.getTranslation(e.key(), e.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notification.show(view.getTranslation("error.forbidden")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        view.render();
    }

    /** Zooms the scan beside the text in (step > 0) or out. */
    void zoom(int step) {
        view.scan.zoom(step);
    }
}
