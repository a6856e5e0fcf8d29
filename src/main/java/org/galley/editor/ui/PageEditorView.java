package org.galley.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.editor.EditorService;
import org.galley.editor.PageLayout;
import org.galley.security.Role;
import org.galley.workflow.WorkflowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page editor: the raw page with line numbers, each line tinted by its article and marked with its role,
 * beside the page's articles as cards. What the user can do is declared once, in {@link EditorOperation#TABLE}:
 * the toolbar ({@link EditorToolbar}), the Alt+Shift shortcuts ({@link EditorKeys}) and the help
 * ({@link HelpDialog}) are derived from it for the user's role. Every change saves through the store as one
 * revision per article.
 */
@Route("pages/:pageId")
@PermitAll
public class PageEditorView extends SplitLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(PageEditorView.class);

    private final transient EditorService editor;
    private final transient ArticleService articles;
    private final transient WorkflowService workflow;
    final Role role;
    public final RawPage raw = new RawPage();
    public final VerticalLayout cards = new VerticalLayout();
    final VerticalLayout leftovers = new VerticalLayout();
    final Span selection = new Span();
    final MenuBar toolbar;
    private long pageId;
    public PageLayout layout;
    Long selected;
    int pickFirst = -1;
    int pickLast = -1;
    public long lastRenderNanos;

    public PageEditorView(EditorService editor, ArticleService articles, WorkflowService workflow, AuthenticationContext auth) {
        this.editor = editor;
        this.articles = articles;
        this.workflow = workflow;
        this.role = auth.hasRole("ADMIN") ? Role.ADMIN : auth.hasRole("EDITOR") ? Role.EDITOR : Role.CORRECTOR;
        setSizeFull();
        setSplitterPosition(55);
        addClassName("galley-page-editor");

        raw.onLineClick(this::lineClicked);
        Div rawScroll = new Div(raw);
        rawScroll.addClassName("galley-raw-scroll");
        addToPrimary(rawScroll);

        cards.setPadding(false);
        cards.setSpacing(false);
        cards.setId("cards");
        leftovers.setPadding(false);
        leftovers.setId("leftovers");
        selection.setId("selection");
        selection.addClassName("galley-selection");
        toolbar = EditorToolbar.build(this, role);
        VerticalLayout side = new VerticalLayout(toolbar, selection, cards, new H3(getTranslation("editor.unassigned")), leftovers);
        side.addClassName("galley-side");
        addToSecondary(side);
        String letters = EditorOperation.visibleTo(role).stream().map(o -> String.valueOf(o.key())).collect(Collectors.joining());
        EditorKeys.install(this, letters, this::keyPressed);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("pageId").flatMap(PageEditorView::parse);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        pageId = id.get();
        try {
            render();
        } catch (org.galley.common.UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("article").flatMap(PageEditorView::parse)
                .filter(a -> layout.articles().stream().anyMatch(x -> x.id() == a)).ifPresent(this::select);
    }

    @Override
    public String getPageTitle() {
        return layout == null ? "Galley" : getTranslation("editor.pageTitle", layout.page().pageNumber()) + " · Galley";
    }

    /** Reads the page again and redraws everything; keeps the selection where it still exists. */
    public void render() {
        long start = System.nanoTime();
        layout = editor.layout(pageId);
        Map<Long, Integer> hues = Tints.hues(layout.articles().stream().map(Article::id).toList());
        raw.show(layout, hues);
        cards.removeAll();
        for (Article a : layout.articles()) {
            ArticleCard card = new ArticleCard(a, hues.get(a.id()), this::blankLine);
            card.addClickListener(e -> select(a.id()));
            card.addDoubleClickListener(e -> {
                select(a.id());
                edit();
            });
            cards.add(card);
        }
        leftovers.removeAll();
        for (PageLayout.Leftover l : layout.unassigned()) {
            leftovers.add(leftoverRow(l));
        }
        if (layout.unassigned().isEmpty()) {
            leftovers.add(new Span(getTranslation("editor.nothingUnassigned")));
        }
        if (selected != null && layout.articles().stream().noneMatch(a -> a.id() == selected)) {
            selected = null;
        }
        applySelection();
        lastRenderNanos = System.nanoTime() - start;
        log.debug("Page editor for page {} rendered in {} ms", pageId, lastRenderNanos / 1_000_000);
    }

    private Component leftoverRow(PageLayout.Leftover l) {
        Button assign = new Button(getTranslation("editor.assignToArticle"), e -> assignLeftover(l));
        assign.setId("assign-leftover-" + l.index());
        assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Span kind = new Span(getTranslation("editor.leftover." + leftoverKind(l)));
        kind.addClassName("galley-leftover-kind");
        Span text = new Span(l.text().strip());
        text.addClassName("galley-leftover-text");
        HorizontalLayout row = new HorizontalLayout(kind, text, new Span(LineRanges.format(l.lines(), this::blankLine)), assign);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("galley-leftover");
        row.getElement().setAttribute("data-leftover", String.valueOf(l.index()));
        return row;
    }

    static String leftoverKind(PageLayout.Leftover l) {
        String r = l.role() == null ? "" : l.role().toLowerCase();
        return r.equals("byline") || r.equals("caption") ? r : "block";
    }

    boolean blankLine(int n) {
        return n >= 1 && n <= layout.lines().size() && layout.lines().get(n - 1).isBlank();
    }

    /** A key from {@link EditorKeys}: "?" or an operation's letter, looked up in the table for the user's role. */
    void keyPressed(String key) {
        if ("?".equals(key)) {
            openHelp();
        } else if (key != null && key.length() == 1) {
            EditorOperation.forKey(key.charAt(0), role).ifPresent(op -> op.handler().accept(this));
        }
    }

    /** Selects an article and scrolls the raw page to its first line. */
    public void select(long articleId) {
        selected = articleId;
        applySelection();
        current().flatMap(a -> a.content().lines().stream().map(org.galley.segment.LineSpan::first).min(Integer::compare))
                .ifPresent(raw::scrollTo);
    }

    private void applySelection() {
        raw.highlight(selected, pickFirst, pickLast);
        cards.getChildren().forEach(c -> c.getElement().getClassList().set("selected",
                selected != null && c instanceof ArticleCard card && card.articleId == selected));
        String text = selected == null ? getTranslation("editor.noSelection")
                : getTranslation("editor.selected", current().map(a -> a.content().title()).orElse(""));
        if (pickFirst > 0) {
            text += " · " + getTranslation("editor.linesPicked", pickFirst, pickLast);
        }
        selection.setText(text);
    }

    /** A click picks a line (Shift+click extends the range) and selects the article that owns it. */
    public void lineClicked(int line, boolean shift) {
        if (shift && pickFirst > 0) {
            pickFirst = Math.min(pickFirst, line);
            pickLast = Math.max(pickLast, line);
        } else {
            pickFirst = line;
            pickLast = line;
        }
        Long owner = layout.roles().get(line - 1).articleId();
        selected = owner;
        applySelection();
        if (owner == null && pickedLeftover().isEmpty()) {
            Notification.show(getTranslation("editor.lineUnowned", line));
        }
    }

    /** The article on this page whose headline is {@code headline} (for tests and deep links). */
    public Article articleTitled(String headline) {
        return layout.articles().stream().filter(a -> headline.equals(a.content().headline())).findFirst().orElseThrow();
    }

    public Optional<Article> current() {
        return layout.articles().stream().filter(a -> selected != null && a.id() == selected).findFirst();
    }

    private Optional<Article> requireSelection() {
        Optional<Article> a = current();
        if (a.isEmpty()) {
            Notification.show(getTranslation("editor.selectFirst")).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        return a;
    }

    void edit() {
        requireSelection().ifPresent(a -> new ArticleEditor(articles, a, layout.lines(), saved -> render()).open());
    }

    void history() {
        requireSelection().ifPresent(a -> new HistoryDialog(articles, a.id(), this::render).open());
    }

    void split() {
        requireSelection().ifPresent(a -> {
            if (a.content().paragraphs().size() < 2) {
                Notification.show(getTranslation("article.error.splitPoint", a.content().paragraphs().size()));
                return;
            }
            RadioButtonGroup<Integer> at = EditorDialogs.paragraphChoice(a, 1);
            at.setLabel(getTranslation("editor.splitBefore"));
            EditorDialogs.confirm(this, getTranslation("editor.op.split"), at,
                    () -> run(() -> editor.split(a.id(), a.revision(), at.getValue()), "editor.done.split"));
        });
    }

    void merge(int direction) {
        requireSelection().ifPresent(a -> {
            int i = layout.articles().indexOf(a);
            int j = i + direction;
            if (j < 0 || j >= layout.articles().size()) {
                Notification.show(getTranslation("editor.noNeighbour"));
                return;
            }
            Article other = layout.articles().get(j);
            // The earlier article on the page takes in the later one, so the text keeps its reading order.
            Article into = direction < 0 ? other : a;
            Article from = direction < 0 ? a : other;
            run(() -> {
                articles.merge(into.id(), into.revision(), from.id(), from.revision());
                selected = into.id();
            }, "editor.done.merge");
        });
    }

    void move() {
        requireSelection().ifPresent(a -> {
            Select<String> what = new Select<>();
            what.setId("move-what");
            what.setLabel(getTranslation("editor.moveWhat"));
            what.setItems(List.of("PARAGRAPHS", "HEADLINE", "KICKER", "SUBHEADLINE", "BYLINE", "CAPTION", "DATELINE"));
            what.setItemLabelGenerator(o -> getTranslation("field." + o.toLowerCase()));
            what.setValue("PARAGRAPHS");
            CheckboxGroup<Integer> paras = EditorDialogs.paragraphsChoice(a);
            paras.setLabel(getTranslation("field.paragraphs"));
            Select<Article> target = EditorDialogs.articleChoice(this, layout.articles(), a, null);
            what.addValueChangeListener(e -> paras.setVisible("PARAGRAPHS".equals(e.getValue())));
            VerticalLayout form = new VerticalLayout(what, target, paras);
            form.setPadding(false);
            EditorDialogs.confirm(this, getTranslation("editor.op.move"), form, () -> {
                Article to = target.getValue();
                if (to == null) {
                    Notification.show(getTranslation("editor.chooseTarget"));
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
                Notification.show(getTranslation("article.error.paragraphs"));
                return;
            }
            RadioButtonGroup<Integer> which = EditorDialogs.paragraphChoice(a, 0);
            which.setLabel(getTranslation("field.paragraphs"));
            Select<EditorService.Field> becomes = new Select<>();
            becomes.setId("paragraph-becomes");
            becomes.setLabel(getTranslation("editor.becomes"));
            becomes.setItems(EditorService.Field.KICKER, EditorService.Field.HEADLINE, EditorService.Field.SUBHEADLINE,
                    EditorService.Field.DATELINE, EditorService.Field.CAPTION);
            becomes.setItemLabelGenerator(f -> getTranslation("field." + f.name().toLowerCase()));
            becomes.setValue(EditorService.Field.SUBHEADLINE);
            VerticalLayout form = new VerticalLayout(becomes, which);
            form.setPadding(false);
            EditorDialogs.confirm(this, getTranslation("editor.op.paragraphRole"), form,
                    () -> run(() -> editor.paragraphTo(a.id(), a.revision(), which.getValue(), becomes.getValue()), "editor.done.role"));
        });
    }

    void reorder(int direction) {
        requireSelection().ifPresent(a -> {
            List<Long> ids = new ArrayList<>(layout.articles().stream().map(Article::id).toList());
            int i = ids.indexOf(a.id());
            int j = i + direction;
            if (j < 0 || j >= ids.size()) {
                Notification.show(getTranslation("editor.noNeighbour"));
                return;
            }
            ids.set(i, ids.get(j));
            ids.set(j, a.id());
            run(() -> articles.reorder(pageId, ids), "editor.done.reorder");
        });
    }

    /** The leftover holding the picked line, if the user picked one. */
    Optional<PageLayout.Leftover> pickedLeftover() {
        return layout.unassigned().stream().filter(l -> pickFirst > 0 && l.lines().stream()
                .anyMatch(s -> s.first() <= pickFirst && pickFirst <= s.last())).findFirst();
    }

    /** The toolbar's assign: the leftover whose line is picked, else the user chooses one. */
    void assignLeftover() {
        if (layout.unassigned().isEmpty()) {
            Notification.show(getTranslation("editor.nothingUnassigned"));
            return;
        }
        assignLeftover(pickedLeftover().orElse(null));
    }

    /**
     * Assigns a leftover to the article the user picks (the selected one is offered first): a byline to the
     * byline, a caption to the caption, a block to a new paragraph.
     */
    void assignLeftover(PageLayout.Leftover preselected) {
        Select<PageLayout.Leftover> which = new Select<>();
        which.setId("leftover-choice");
        which.setLabel(getTranslation("editor.leftover.which"));
        which.setWidthFull();
        which.setItems(layout.unassigned());
        which.setItemLabelGenerator(l -> getTranslation("editor.leftover." + leftoverKind(l)) + ": " + l.text().strip());
        if (preselected != null) {
            layout.unassigned().stream().filter(l -> l.index() == preselected.index()).findFirst().ifPresent(which::setValue);
        }
        Select<Article> target = EditorDialogs.articleChoice(this, layout.articles(), null, current().orElse(null));
        VerticalLayout form = new VerticalLayout(which, target);
        form.setPadding(false);
        EditorDialogs.confirm(this, getTranslation("editor.op.assignLeftover"), form, () -> {
            PageLayout.Leftover l = which.getValue();
            Article to = target.getValue();
            if (l == null || to == null) {
                Notification.show(getTranslation(l == null ? "editor.leftover.chooseFirst" : "editor.chooseTarget"));
                return;
            }
            run(() -> {
                editor.assignLeftover(to.id(), to.revision(), l.index());
                selected = to.id();
            }, "editor.done.assign");
        });
    }

    void fromLines(String kind) {
        if (pickFirst < 1) {
            Notification.show(getTranslation("editor.pickLinesFirst"));
            return;
        }
        int first = pickFirst;
        int last = pickLast;
        run(() -> {
            Article created = editor.createFromLines(pageId, first, last, kind, selected);
            selected = created.id();
            pickFirst = -1;
            pickLast = -1;
        }, "furniture".equals(kind) ? "editor.done.furniture" : "editor.done.created");
    }

    void submit() {
        requireSelection().ifPresent(a -> run(() -> workflow.submit(a.id()), "editor.done.submit"));
    }

    void approve() {
        requireSelection().ifPresent(a -> run(() -> workflow.approve(a.id(), a.revision()), "editor.done.approve"));
    }

    /** Excluding takes an article out of the publication: the user confirms first. */
    void exclude() {
        requireSelection().ifPresent(a -> EditorDialogs.confirm(this, getTranslation("editor.op.exclude"),
                new Paragraph(getTranslation("editor.confirmExclude", a.content().title().isBlank() ? getTranslation("editor.untitled") : a.content().title())),
                () -> run(() -> workflow.exclude(a.id(), null), "editor.done.exclude")));
    }

    void reject() {
        requireSelection().ifPresent(a -> {
            TextField note = new TextField(getTranslation("editor.rejectNote"));
            note.setId("reject-note");
            note.setWidthFull();
            EditorDialogs.confirm(this, getTranslation("editor.op.reject"), note,
                    () -> run(() -> workflow.reject(a.id(), note.getValue()), "editor.done.reject"));
        });
    }

    void openHelp() {
        new HelpDialog(role).open();
    }

    /** Runs a change, tells the user how it went, and redraws the page from the store. */
    private void run(Runnable change, String doneKey) {
        try {
            change.run();
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (org.galley.common.UserFacingException e) {
            Notification.show(getTranslation(e.key(), e.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notification.show(getTranslation("error.forbidden")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        render();
    }

    static String kindKey(String kind) {
        return ArticleEditor.KINDS.contains(kind) ? kind : "news";
    }

    static Optional<Long> parse(String raw) {
        try {
            return Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
