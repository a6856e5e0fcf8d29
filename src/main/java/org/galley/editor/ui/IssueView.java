package org.galley.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.article.ArticleState;
import org.galley.common.UserFacingException;
import org.galley.issue.IssueService;
import org.galley.issue.IssueSummary;
import org.galley.issue.Page;
import org.galley.publishing.Publication;
import org.galley.publishing.PublicationExport;
import org.galley.publishing.PublishingService;
import org.galley.workflow.WorkflowService;

/** One issue: its pages and articles in page order, filters by state, publishing and export. */
@Route("issues/:issueId")
@PermitAll
public class IssueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient IssueService issues;
    private final transient ArticleService articles;
    private final transient WorkflowService workflow;
    private final transient PublishingService publishing;
    /** Publishing is an editor's right: a corrector sees the state and the downloads, not the buttons. */
    private final boolean editorRole;
    final Grid<Article> grid = new Grid<>(Article.class, false);
    final Select<ArticleState> stateFilter = new Select<>();
    private final VerticalLayout publishPanel = new VerticalLayout();
    private final HorizontalLayout pages = new HorizontalLayout();
    private final H2 heading = new H2();
    private long issueId;
    private String title = "";
    final org.galley.progress.ui.IssueProgressPanel progressPanel;

    public IssueView(IssueService issues, ArticleService articles, WorkflowService workflow, PublishingService publishing,
                     com.vaadin.flow.spring.security.AuthenticationContext auth, org.galley.progress.ProgressService progress) {
        this.progressPanel = new org.galley.progress.ui.IssueProgressPanel(progress);
        this.editorRole = auth.hasAnyRole("EDITOR", "ADMIN");
        this.issues = issues;
        this.articles = articles;
        this.workflow = workflow;
        this.publishing = publishing;
        setWidthFull();
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("articles");
        // The page scrolls; the list gets room for a page's worth of articles before it scrolls itself.
        grid.setHeight("min(32em, 70vh)");
        grid.addColumn(Article::pageNumber).setHeader(getTranslation("issue.page")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.content().title()).setHeader(getTranslation("issue.headline")).setFlexGrow(3);
        grid.addColumn(a -> String.join(" ", a.content().byline().reporters())).setHeader(getTranslation("issue.byline")).setFlexGrow(1);
        grid.addColumn(a -> StateNote.label(a, this::getTranslation)).setHeader(getTranslation("issue.state")).setAutoWidth(true);
        grid.addColumn(Article::updatedBy).setHeader(getTranslation("issue.lastEditor")).setAutoWidth(true);
        grid.addColumn(a -> times.format(a.updatedAt())).setHeader(getTranslation("issue.lastChange")).setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate("pages/" + e.getItem().pageId() + "?article=" + e.getItem().id())));

        stateFilter.setLabel(getTranslation("issue.filter"));
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption(getTranslation("issue.allStates"));
        stateFilter.setItems(ArticleState.values());
        stateFilter.setItemLabelGenerator(s -> s == null ? getTranslation("issue.allStates") : getTranslation("state." + s.name()));
        stateFilter.addValueChangeListener(e -> refresh());

        pages.setWrap(true);
        HorizontalLayout tools = new HorizontalLayout(stateFilter);
        tools.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        // h12c: approve selected articles in one step (editors), find and replace across the issue.
        if (editorRole) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            Button bulk = new Button(getTranslation("workflow.bulk.approve"), e -> new org.galley.workflow.ui.BulkApproveDialog(workflow,
                    List.copyOf(grid.getSelectedItems()), grid.getSelectedItems().stream().map(Article::id).collect(java.util.stream.Collectors.toSet()),
                    this::refresh).open());
            bulk.setId("issue-bulk-approve");
            tools.add(bulk);
        }
        Button replace = new Button(getTranslation("revise.open"), e -> getUI().ifPresent(ui -> ui.navigate("issues/" + issueId + "/replace")));
        replace.setId("issue-find-replace");
        tools.add(replace);
        add(heading, new H3(getTranslation("issue.pages")), pages, new H3(getTranslation("progress.heading")), progressPanel,
                tools, grid,
                new H3(getTranslation("issue.publishing")), publishPanel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("issueId").orElse("");
        IssueSummary issue = parse(raw).flatMap(issues::find).orElse(null);
        if (issue == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        issueId = issue.id();
        title = issue.displayTitle() + " · " + issue.date();
        heading.setText(title);
        pages.removeAll();
        for (Page p : issues.pages(issueId)) {
            Button open = new Button(getTranslation("issue.openPage", p.pageNumber()),
                    e -> getUI().ifPresent(ui -> ui.navigate("pages/" + p.id())));
            open.setId("open-page-" + p.pageNumber());
            pages.add(open);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return title + " · Galley";
    }

    private void refresh() {
        ArticleState filter = stateFilter.getValue();
        List<Article> all = articles.byIssue(issueId);
        grid.setItems(filter == null ? all : all.stream().filter(a -> a.state() == filter).toList());
        progressPanel.show(issueId);
        renderPublishing();
    }

    private void renderPublishing() {
        publishPanel.removeAll();
        List<WorkflowService.Blocker> blockers = workflow.blockers(issueId);
        List<Publication> published = publishing.publications(issueId);
        Publication current = published.isEmpty() ? null : published.get(published.size() - 1);
        boolean unchanged = current != null && !current.withdrawn() && blockers.isEmpty() && sameAsApproved(current);
        if (unchanged) {
            publishPanel.add(new Span(getTranslation("issue.publishedUnchanged", current.version())));
        } else if (blockers.isEmpty()) {
            publishPanel.add(new Span(current != null && !current.withdrawn()
                    ? getTranslation("issue.changedSincePublished", current.version()) : getTranslation("issue.readyToPublish")));
        } else {
            publishPanel.add(new Span(getTranslation("issue.blockedBy", blockers.size())));
            for (WorkflowService.Blocker b : blockers.subList(0, Math.min(10, blockers.size()))) {
                publishPanel.add(new Span(getTranslation("issue.blocker", b.page(), b.headline() == null ? "—" : b.headline(),
                        getTranslation("state." + b.state().name()))));
            }
        }
        if (editorRole) {
            Button publish = new Button(getTranslation("issue.publish"), e -> act(() -> publishing.publish(issueId), "issue.published"));
            publish.setId("publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setEnabled(blockers.isEmpty() && !unchanged);
            Button unpublish = new Button(getTranslation("issue.unpublish"), e -> act(() -> publishing.unpublish(issueId), "issue.unpublished"));
            unpublish.setId("unpublish");
            unpublish.setEnabled(current != null && !current.withdrawn());
            publishPanel.add(new HorizontalLayout(publish, unpublish));
        }
        for (Publication p : published) {
            DownloadHandler zip = event -> {
                PublicationExport export = publishing.export(issueId, p.version());
                event.setFileName(export.fileName());
                event.setContentType("application/zip");
                event.setContentLength(export.zip().length);
                event.getOutputStream().write(export.zip());
            };
            Anchor download = new Anchor(zip, AttachmentType.DOWNLOAD, getTranslation("issue.download", p.version()));
            download.setId("download-v" + p.version());
            String status = p.withdrawn() ? getTranslation("issue.withdrawn") : "";
            HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("issue.version", p.version(), p.publishedBy(),
                    p.articles().size()) + " " + status), download);
            // h12c: the stored renditions of the version (1 is the export as published), and rendering it again.
            for (org.galley.publishing.Rendition r : publishing.renditions(issueId, p.version())) {
                if (r.rendition() > 1) {
                    DownloadHandler again = event -> {
                        PublicationExport export = publishing.export(issueId, p.version(), r.rendition());
                        event.setFileName(export.fileName());
                        event.setContentType("application/zip");
                        event.setContentLength(export.zip().length);
                        event.getOutputStream().write(export.zip());
                    };
                    Anchor link = new Anchor(again, AttachmentType.DOWNLOAD, getTranslation("publishing.rendition", r.rendition()));
                    link.setId("download-v" + p.version() + "-r" + r.rendition());
                    row.add(link);
                }
            }
            if (editorRole) {
                Button rerender = new Button(getTranslation("publishing.rerender"),
                        e -> act(() -> publishing.rerender(issueId, p.version()), "publishing.rerendered"));
                rerender.setId("rerender-v" + p.version());
                rerender.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(rerender);
            }
            publishPanel.add(row);
        }
    }

    /** Whether the publication holds exactly the approved revisions of the issue's articles as they are now. */
    private boolean sameAsApproved(Publication p) {
        java.util.Map<Long, Integer> approved = new java.util.HashMap<>();
        for (Article a : articles.byIssue(issueId)) {
            if (a.state() == ArticleState.APPROVED && a.approvedRevision() != null) {
                approved.put(a.id(), a.approvedRevision());
            }
        }
        java.util.Map<Long, Integer> out = new java.util.HashMap<>();
        p.articles().forEach(e -> out.put(e.articleId(), e.revision()));
        return approved.equals(out);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UserFacingException e) {
            Notification.show(getTranslation(e.key(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notification.show(getTranslation("error.forbidden")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    static java.util.Optional<Long> parse(String raw) {
        try {
            return java.util.Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

}
