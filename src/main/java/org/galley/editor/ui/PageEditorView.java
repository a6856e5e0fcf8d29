package org.galley.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.editor.EditorService;
import org.galley.editor.PageLayout;
import org.galley.editor.PageScans;
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
    final transient EditorActions actions;
    final Role role;
    public final RawPage raw = new RawPage();
    public final ScanPane scan;
    public final VerticalLayout cards = new VerticalLayout();
    final VerticalLayout leftovers = new VerticalLayout();
    final Span selection = new Span();
    final MenuBar toolbar;
    /** The toolbar's group menus, filled by {@link EditorToolbar}: the scan's is shown only on a page with a scan. */
    final Map<EditorOperation.Group, com.vaadin.flow.component.contextmenu.MenuItem> toolbarGroups =
            new java.util.EnumMap<>(EditorOperation.Group.class);
    private long pageId;
    public PageLayout layout;
    Long selected;
    int pickFirst = -1;
    int pickLast = -1;
    public long lastRenderNanos;
    /** Who is on this page, live; see {@link org.galley.progress.ui.PageClaimBanner}. */
    public final org.galley.progress.ui.PageClaimBanner claimBanner;

    public PageEditorView(EditorService editor, ArticleService articles, WorkflowService workflow, AuthenticationContext auth,
                          org.galley.progress.ClaimService claims, org.galley.progress.PageEvents pageEvents,
                          PageScans scans) {
        this.claimBanner = new org.galley.progress.ui.PageClaimBanner(claims, pageEvents, this::render);
        this.editor = editor;
        this.actions = new EditorActions(this, editor, articles, workflow);
        this.role = auth.hasRole("ADMIN") ? Role.ADMIN : auth.hasRole("EDITOR") ? Role.EDITOR : Role.CORRECTOR;
        setSizeFull();
        setSplitterPosition(55);
        addClassName("galley-page-editor");

        raw.onLineClick(this::lineClicked);
        Div rawScroll = new Div(raw);
        rawScroll.addClassName("galley-raw-scroll");
        scan = new ScanPane(scans);
        scan.onLineClick(this::scanClicked);
        addToPrimary(ScanPane.beside(rawScroll, scan));

        cards.setPadding(false);
        cards.setSpacing(false);
        cards.setId("cards");
        leftovers.setPadding(false);
        leftovers.setId("leftovers");
        selection.setId("selection");
        selection.addClassName("galley-selection");
        toolbar = EditorToolbar.build(this, role);
        VerticalLayout side = new VerticalLayout(claimBanner, toolbar, selection, cards, new H3(getTranslation("editor.unassigned")), leftovers);
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
        claimBanner.show(pageId, layout.page().pageNumber());
        if (scan.shown()) {
            setSplitterPosition(68); // raw lines and scan share the left part
        }
        event.getLocation().getQueryParameters().getSingleParameter("article").flatMap(PageEditorView::parse)
                .filter(a -> layout.articles().stream().anyMatch(x -> x.id() == a)).ifPresent(this::select);
    }

    long pageId() {
        return pageId;
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
        scan.show(pageId, layout, hues);
        Optional.ofNullable(toolbarGroups.get(EditorOperation.Group.IMAGE)).ifPresent(m -> m.setVisible(scan.shown()));
        cards.removeAll();
        Map<Long, String> openJumps = editor.unlinkedJumpDirections(layout.page().issueId());
        for (Article a : layout.articles()) {
            ArticleCard card = new ArticleCard(a, hues.get(a.id()), this::blankLine);
            ContinuedParts.addTo(card, a, layout.page(), editor, openJumps);
            card.addClickListener(e -> select(a.id()));
            card.addDoubleClickListener(e -> {
                select(a.id());
                actions.edit();
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
        Button assign = new Button(getTranslation("editor.assignToArticle"), e -> actions.assignLeftover(l));
        assign.setId("assign-leftover-" + l.index());
        assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Span kind = new Span(getTranslation("editor.leftover." + leftoverKind(l)));
        kind.addClassName("galley-leftover-kind");
        Span text = new Span(l.text().strip());
        text.addClassName("galley-leftover-text");
        HorizontalLayout row = new HorizontalLayout(kind, text, new Span(LineRanges.formatSpans(l.lines(), this::blankLine)), assign);
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
            EditorOperation.forKey(key.charAt(0), role).ifPresent(op -> op.handler().accept(actions));
        }
    }

    /** Selects an article and scrolls the raw page to its first line. */
    public void select(long articleId) {
        selected = articleId;
        applySelection();
        current().flatMap(a -> a.content().lines().stream().map(org.galley.article.LineRef::first).min(Integer::compare))
                .ifPresent(raw::scrollTo);
    }

    private void applySelection() {
        raw.highlight(selected, pickFirst, pickLast);
        scan.highlight(selected, pickFirst, pickLast);
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

    /** A click on the scan: as a click on the raw line under the pointer, which is scrolled into view. */
    void scanClicked(int line, boolean shift) {
        lineClicked(line, shift);
        raw.scrollTo(line);
    }

    /** The article on this page whose headline is {@code headline} (for tests and deep links). */
    public Article articleTitled(String headline) {
        return layout.articles().stream().filter(a -> headline.equals(a.content().headline())).findFirst().orElseThrow();
    }

    public Optional<Article> current() {
        return layout.articles().stream().filter(a -> selected != null && a.id() == selected).findFirst();
    }

    /** The leftover holding the picked line, if the user picked one. */
    Optional<PageLayout.Leftover> pickedLeftover() {
        return layout.unassigned().stream().filter(l -> pickFirst > 0 && l.lines().stream()
                .anyMatch(s -> s.first() <= pickFirst && pickFirst <= s.last())).findFirst();
    }

    void openHelp() {
        new HelpDialog(role, scan.shown()).open();
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
