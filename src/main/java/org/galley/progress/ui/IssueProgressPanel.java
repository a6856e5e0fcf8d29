package org.galley.progress.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.galley.progress.IssueProgress;
import org.galley.progress.PageProgress;
import org.galley.progress.ProgressService;

/**
 * The issue view's progress: a bar and a line of totals, then one row per page with its articles by state,
 * unassigned lines, unlinked jumps, who holds it, who last worked on it and who finished it.
 */
public class IssueProgressPanel extends VerticalLayout {

    static final List<String> STATES = List.of("DRAFT", "CORRECTED", "APPROVED", "REJECTED", "EXCLUDED");

    private final transient ProgressService progress;
    final ProgressBar bar = new ProgressBar();
    final Span totals = new Span();
    final Grid<PageProgress> grid = new Grid<>(PageProgress.class, false);

    public IssueProgressPanel(ProgressService progress) {
        this.progress = progress;
        setPadding(false);
        setId("issue-progress");
        totals.setId("progress-totals");
        bar.setId("progress-bar");
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("page-progress");
        grid.setAllRowsVisible(true);
        grid.addColumn(PageProgress::pageNumber).setHeader(getTranslation("issue.page")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> states(p.articlesByState())).setHeader(getTranslation("issues.byState")).setFlexGrow(3);
        grid.addColumn(PageProgress::unassignedLines).setHeader(getTranslation("progress.unassignedLines")).setAutoWidth(true);
        grid.addColumn(PageProgress::unlinkedJumps).setHeader(getTranslation("progress.unlinkedJumps")).setAutoWidth(true);
        grid.addColumn(p -> p.claimedBy() == null ? "" : p.claimedBy()).setHeader(getTranslation("progress.claimedBy")).setAutoWidth(true);
        grid.addColumn(p -> p.lastWorkedBy() == null ? "—" : p.lastWorkedBy() + " · " + times.format(p.lastWorkedAt()))
                .setHeader(getTranslation("progress.lastWorked")).setAutoWidth(true);
        grid.addColumn(p -> p.finishedBy() == null ? "" : p.finishedBy() + " · " + times.format(p.finishedAt()))
                .setHeader(getTranslation("progress.finished")).setAutoWidth(true);
        add(bar, totals, grid);
    }

    public void show(long issueId) {
        IssueProgress p = progress.progress(issueId);
        IssueProgress.Totals t = p.totals();
        bar.setValue(t.fraction());
        totals.setText(getTranslation("progress.totals", t.done(), t.articles(), states(p.articlesByState()),
                p.unassignedLines(), p.unlinkedJumps()));
        grid.setItems(p.pages());
    }

    String states(Map<String, Integer> counts) {
        String s = STATES.stream().filter(counts::containsKey).map(st -> getTranslation("state." + st) + " " + counts.get(st))
                .collect(Collectors.joining(" · "));
        return s.isEmpty() ? "—" : s;
    }
}
