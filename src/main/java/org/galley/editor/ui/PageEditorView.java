package org.galley.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.editor.EditorService;
import org.galley.editor.PageLayout;
import org.galley.workflow.WorkflowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page editor: the raw page with line numbers, each line tinted by its article and marked with its role,
 * beside the page's articles as cards. Every structure operation is a button and an Alt+Shift shortcut
 * (listed in the help dialog, opened with "?"), and saves through the store as one revision per article.
 */
@Route("pages/:pageId")
@PermitAll
public class PageEditorView extends SplitLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(PageEditorView.class);

    private final transient EditorService editor;
    private final transient ArticleService articles;
    private final transient WorkflowService workflow;
    private final boolean editorRole;
    public final RawPage raw = new RawPage();
    public final VerticalLayout cards = new VerticalLayout();
    final VerticalLayout leftovers = new VerticalLayout();
    final Span selection = new Span();
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
        this.editorRole = auth.hasAnyRole("EDITOR", "ADMIN");
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
        VerticalLayout side = new VerticalLayout(toolbar(), selection, cards, new H3(getTranslation("editor.unassigned")), leftovers);
        side.addClassName("galley-side");
        addToSecondary(side);
        shortcut('?', this::openHelp);
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
        Map<Long, Integer> tints = new HashMap<>();
        for (int i = 0; i < layout.articles().size(); i++) {
            tints.put(layout.articles().get(i).id(), i % 8);
        }
        raw.show(layout, tints);
        cards.removeAll();
        for (Article a : layout.articles()) {
            cards.add(card(a, tints.get(a.id())));
        }
        leftovers.removeAll();
        for (PageLayout.Leftover l : layout.unassigned()) {
            Button assign = new Button(getTranslation("editor.assignTo"), e -> assignLeftover(l));
            assign.setId("assign-leftover-" + l.index());
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(new Span(l.text().strip()), new Span(lines(l.lines())), assign);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.addClassName("galley-leftover");
            leftovers.add(row);
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

    private Component card(Article a, int tint) {
        Div card = new Div();
        card.addClassName("galley-card");
        card.setId("card-" + a.id());
        card.getStyle().set("--tint", String.valueOf(tint));
        card.getElement().setAttribute("tabindex", "0");
        Span title = new Span(a.content().title().isBlank() ? getTranslation("editor.untitled") : a.content().title());
        title.addClassName("galley-card-title");
        List<String> people = new ArrayList<>(a.content().byline().reporters());
        people.addAll(a.content().byline().correspondents());
        people.addAll(a.content().byline().photographers());
        Span byline = new Span(String.join(" ", people));
        byline.addClassName("galley-card-byline");
        Span meta = new Span(getTranslation("editor.cardMeta", getTranslation("kind." + kindKey(a.content().kind())),
                a.content().paragraphs().size(), getTranslation("state." + a.state().name()), a.revision(), lines(a.content().lines().stream().map(r -> new org.galley.segment.LineSpan(r.first(), r.last())).toList())));
        meta.addClassName("galley-card-meta");
        card.add(title, byline, meta);
        card.addClickListener(e -> select(a.id()));
        card.addDoubleClickListener(e -> {
            select(a.id());
            edit();
        });
        return card;
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.addClassName("galley-toolbar");
        bar.add(button("edit", 'E', this::edit), button("history", 'H', this::history), button("split", 'S', this::split),
                button("mergePrevious", 'P', () -> merge(-1)), button("mergeNext", 'N', () -> merge(1)),
                button("move", 'V', this::move), button("paragraphRole", 'R', this::paragraphRole),
                button("up", 'U', () -> reorder(-1)), button("down", 'J', () -> reorder(1)),
                button("assignByline", 'A', this::assignFirstLeftover), button("newFromLines", 'C', () -> fromLines("news")),
                button("markFurniture", 'F', () -> fromLines("furniture")), button("submit", 'D', this::submit));
        if (editorRole) {
            bar.add(button("approve", 'O', this::approve), button("reject", 'X', this::reject), button("exclude", 'Z', this::exclude));
        }
        Button help = new Button("?", e -> openHelp());
        help.setId("help");
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(help);
        return bar;
    }

    /** A toolbar button with an Alt+Shift shortcut: no browser or system binds those on letters. */
    private Button button(String key, char letter, Runnable action) {
        Button b = new Button(getTranslation("editor.op." + key), e -> action.run());
        b.setId("op-" + key);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setTooltipText(getTranslation("editor.op." + key) + " (Alt+Shift+" + letter + ")");
        Shortcuts.addShortcutListener(this, action::run, Key.of(String.valueOf(letter).toLowerCase()), KeyModifier.ALT, KeyModifier.SHIFT);
        return b;
    }

    private void shortcut(char key, Runnable action) {
        Shortcuts.addShortcutListener(this, action::run, Key.of(String.valueOf(key)));
    }

    public void select(long articleId) {
        selected = articleId;
        applySelection();
    }

    private void applySelection() {
        raw.highlight(selected, pickFirst, pickLast);
        cards.getChildren().forEach(c -> c.getElement().getClassList().set("selected",
                selected != null && c.getId().orElse("").equals("card-" + selected)));
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
        if (owner == null) {
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
            Select<Integer> at = paragraphChooser(a, 1);
            at.setLabel(getTranslation("editor.splitBefore"));
            confirm(getTranslation("editor.op.split"), at, () -> run(() -> editor.split(a.id(), a.revision(), at.getValue()), "editor.done.split"));
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
            what.setLabel(getTranslation("editor.moveWhat"));
            List<String> options = new ArrayList<>(List.of("PARAGRAPHS", "HEADLINE", "KICKER", "SUBHEADLINE", "BYLINE", "CAPTION", "DATELINE"));
            what.setItems(options);
            what.setItemLabelGenerator(o -> getTranslation("field." + o.toLowerCase()));
            what.setValue("PARAGRAPHS");
            CheckboxGroup<Integer> paras = new CheckboxGroup<>();
            paras.setLabel(getTranslation("field.paragraphs"));
            paras.setItems(IntStream.range(0, a.content().paragraphs().size()).boxed().toList());
            paras.setItemLabelGenerator(i -> (i + 1) + ". " + abbreviate(a.content().paragraphs().get(i)));
            Select<Article> target = articleChooser(a);
            what.addValueChangeListener(e -> paras.setVisible("PARAGRAPHS".equals(e.getValue())));
            confirm(getTranslation("editor.op.move"), new VerticalLayout(what, paras, target), () -> {
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
            Select<Integer> which = paragraphChooser(a, 0);
            which.setLabel(getTranslation("field.paragraphs"));
            Select<EditorService.Field> role = new Select<>();
            role.setLabel(getTranslation("editor.becomes"));
            role.setItems(EditorService.Field.KICKER, EditorService.Field.HEADLINE, EditorService.Field.SUBHEADLINE,
                    EditorService.Field.DATELINE, EditorService.Field.CAPTION);
            role.setItemLabelGenerator(f -> getTranslation("field." + f.name().toLowerCase()));
            role.setValue(EditorService.Field.SUBHEADLINE);
            confirm(getTranslation("editor.op.paragraphRole"), new VerticalLayout(which, role),
                    () -> run(() -> editor.paragraphTo(a.id(), a.revision(), which.getValue(), role.getValue()), "editor.done.role"));
        });
    }

    void reorder(int direction) {
        requireSelection().ifPresent(a -> {
            List<Long> ids = new ArrayList<>(layout.articles().stream().map(Article::id).toList());
            int i = ids.indexOf(a.id());
            int j = i + direction;
            if (j < 0 || j >= ids.size()) {
                return;
            }
            ids.set(i, ids.get(j));
            ids.set(j, a.id());
            run(() -> articles.reorder(pageId, ids), "editor.done.reorder");
        });
    }

    public void assignFirstLeftover() {
        if (layout.unassigned().isEmpty()) {
            Notification.show(getTranslation("editor.nothingUnassigned"));
            return;
        }
        assignLeftover(layout.unassigned().get(0));
    }

    void assignLeftover(PageLayout.Leftover leftover) {
        requireSelection().ifPresent(a -> run(() -> editor.assignLeftover(a.id(), a.revision(), leftover.index()), "editor.done.assign"));
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
            // Furniture is the page's, not an article: nothing new to select.
            if (created != null) {
                selected = created.id();
            }
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

    void exclude() {
        requireSelection().ifPresent(a -> run(() -> workflow.exclude(a.id(), null), "editor.done.exclude"));
    }

    void reject() {
        requireSelection().ifPresent(a -> {
            TextField note = new TextField(getTranslation("editor.rejectNote"));
            note.setWidthFull();
            confirm(getTranslation("editor.op.reject"), note, () -> run(() -> workflow.reject(a.id(), note.getValue()), "editor.done.reject"));
        });
    }

    void openHelp() {
        Dialog help = new Dialog();
        help.setId("help-dialog");
        help.setHeaderTitle(getTranslation("editor.help.title"));
        VerticalLayout list = new VerticalLayout();
        String[][] keys = {{"edit", "E"}, {"history", "H"}, {"split", "S"}, {"mergePrevious", "P"}, {"mergeNext", "N"},
                {"move", "V"}, {"paragraphRole", "R"}, {"up", "U"}, {"down", "J"}, {"assignByline", "A"},
                {"newFromLines", "C"}, {"markFurniture", "F"}, {"submit", "D"}, {"approve", "O"}, {"reject", "X"}, {"exclude", "Z"}};
        for (String[] k : keys) {
            list.add(new Span("Alt+Shift+" + k[1] + " — " + getTranslation("editor.op." + k[0])));
        }
        list.add(new Span("Ctrl+S — " + getTranslation("editor.save")));
        list.add(new Span("? — " + getTranslation("editor.help.title")));
        list.add(new Span(getTranslation("editor.help.lines")));
        help.add(list);
        help.getFooter().add(new Button(getTranslation("common.close"), e -> help.close()));
        help.open();
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

    private void confirm(String title, Component content, Runnable onOk) {
        Dialog d = new Dialog();
        d.setHeaderTitle(title);
        d.add(content);
        Button ok = new Button(getTranslation("common.ok"), e -> {
            d.close();
            onOk.run();
        });
        ok.setId("confirm-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()), ok);
        d.open();
    }

    private Select<Integer> paragraphChooser(Article a, int firstIndex) {
        Select<Integer> s = new Select<>();
        s.setId("paragraph-choice");
        List<Integer> indexes = IntStream.range(firstIndex, a.content().paragraphs().size()).boxed().toList();
        s.setItems(indexes);
        s.setItemLabelGenerator(i -> (i + 1) + ". " + abbreviate(a.content().paragraphs().get(i)));
        s.setValue(indexes.get(0));
        return s;
    }

    private Select<Article> articleChooser(Article except) {
        Select<Article> s = new Select<>();
        s.setId("target-article");
        s.setLabel(getTranslation("editor.target"));
        s.setItems(layout.articles().stream().filter(x -> x.id() != except.id()).toList());
        s.setItemLabelGenerator(x -> x.content().title().isBlank() ? getTranslation("editor.untitled") : x.content().title());
        return s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static String lines(List<org.galley.segment.LineSpan> spans) {
        return spans.stream().map(s -> s.first() == s.last() ? "" + s.first() : s.first() + "–" + s.last())
                .reduce((x, y) -> x + ", " + y).map(s -> "[" + s + "]").orElse("");
    }

    private static String kindKey(String kind) {
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
