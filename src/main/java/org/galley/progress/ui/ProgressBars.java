package org.galley.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.galley.progress.IssueProgress;

/** The issues list's progress bar for one issue: approved or excluded articles out of all, and lines left over. */
public final class ProgressBars {

    private ProgressBars() {
    }

    public static Component of(Component owner, IssueProgress.Totals totals) {
        ProgressBar bar = new ProgressBar(0, 1, totals.fraction());
        String label = owner.getTranslation("progress.bar", totals.done(), totals.articles(), totals.unassignedLines());
        bar.getElement().setAttribute("aria-label", label);
        Span text = new Span(label);
        text.addClassName("galley-progress-label");
        Div cell = new Div(bar, text);
        cell.addClassName("galley-progress-cell");
        cell.getElement().setAttribute("data-done", totals.done() + "/" + totals.articles());
        return cell;
    }
}
