package org.galley.publishing;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.galley.issue.Page;
import org.galley.layout.LayoutService;
import org.galley.publishing.export.ExportPage;
import org.springframework.stereotype.Component;

/** The issue's pages as the METS/ALTO export needs them: raw lines and, where imported with layout, line boxes. */
@Component
class ExportPages {

    private final LayoutService layout;

    ExportPages(LayoutService layout) {
        this.layout = layout;
    }

    List<ExportPage> of(Collection<Page> pages) {
        return pages.stream().sorted(Comparator.comparingInt(Page::pageNumber))
                .map(p -> new ExportPage(p.id(), p.pageNumber(), p.rawText().lines().toList(), layout.geometry(p.id()).orElse(null)))
                .toList();
    }
}
