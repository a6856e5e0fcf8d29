package org.galley.publishing.export;

import java.io.IOException;
import java.util.List;

/**
 * The archival part of the export, written when the issue's pages are given (always, from publishing):
 * tei.xml, mets.xml and alto/NNNN.xml per page.
 */
final class ArchivalFormats {

    interface Entry {
        void put(String name, String text) throws IOException;
    }

    private ArchivalFormats() {
    }

    static void write(ExportIssue issue, List<ExportPage> pages, List<String> slugs, Entry out) throws IOException {
        if (pages.isEmpty()) {
            return;
        }
        out.put("tei.xml", Tei.render(issue));
        AltoPages alto = new AltoPages(issue, pages);
        out.put("mets.xml", Mets.render(issue, alto, slugs));
        for (AltoPages.PageText p : alto.pages) {
            out.put(Alto.fileName(p.page()), Alto.render(issue, p));
        }
    }
}
