package org.galley.issue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.galley.issue.IssueService;
import org.galley.issue.IssueSummary;

/** The issues on file: title, date, pages, articles by workflow state, and the latest publication. */
@Route("")
@Menu(title = "nav.issues", order = 1)
@PermitAll
public class IssuesView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> STATES = List.of("DRAFT", "CORRECTED", "APPROVED", "REJECTED", "EXCLUDED");

    final Grid<IssueSummary> grid = new Grid<>(IssueSummary.class, false);

    public IssuesView(IssueService issues, org.galley.progress.ProgressService progress) {
        setSizeFull();
        grid.setId("issues");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(IssueSummary::displayTitle).setHeader(getTranslation("issues.title")).setFlexGrow(2);
        grid.addColumn(i -> dates.format(i.date())).setHeader(getTranslation("issues.date")).setAutoWidth(true);
        grid.addColumn(IssueSummary::pages).setHeader(getTranslation("issues.pages")).setAutoWidth(true);
        grid.addColumn(IssueSummary::articles).setHeader(getTranslation("issues.articles")).setAutoWidth(true);
        grid.addComponentColumn(this::stateBadges).setHeader(getTranslation("issues.byState")).setFlexGrow(3);
        Map<Long, org.galley.progress.IssueProgress.Totals> totals = progress.totals();
        grid.addComponentColumn(i -> org.galley.progress.ui.ProgressBars.of(this, totals.getOrDefault(i.id(),
                new org.galley.progress.IssueProgress.Totals(Map.of(), 0)))).setHeader(getTranslation("progress.heading"))
                .setFlexGrow(2).setKey("progress");
        grid.addColumn(i -> published(i, dates)).setHeader(getTranslation("issues.published")).setAutoWidth(true)
                .setKey("published");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("issues/" + e.getItem().id())));
        List<IssueSummary> all = issues.list();
        grid.setItems(all);
        add(new H2(getTranslation("issues.heading")), grid);
        if (all.isEmpty()) {
            add(new Span(getTranslation("issues.empty")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("issues.heading") + " · Galley";
    }

    /** The latest publication: its version and date, or that it was withdrawn, or nothing yet. */
    String published(IssueSummary issue, DateTimeFormatter dates) {
        if (issue.publishedVersion() == null) {
            return getTranslation("issues.notPublished");
        }
        String date = dates.format(issue.publishedAt().atZone(ZoneId.systemDefault()));
        return getTranslation(issue.withdrawn() ? "issues.withdrawnVersion" : "issues.publishedVersion",
                issue.publishedVersion(), date);
    }

    private Span stateBadges(IssueSummary issue) {
        Map<String, Integer> counts = issue.articlesByState();
        Span span = new Span(STATES.stream().filter(counts::containsKey)
                .map(s -> getTranslation("state." + s) + " " + counts.get(s))
                .collect(Collectors.joining(" · ")));
        span.addClassName("galley-state-counts");
        return span;
    }
}
