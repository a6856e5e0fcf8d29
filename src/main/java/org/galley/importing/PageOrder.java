package org.galley.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.galley.common.UserFacingException;

/** The pages of one upload in page order; two files claiming one page number are refused, naming both. */
final class PageOrder {

    private PageOrder() {
    }

    static List<PageUpload> sorted(List<PageUpload> pages) {
        Map<Integer, String> seen = new HashMap<>();
        for (PageUpload p : pages) {
            if (p.pageNumber() != null) {
                String other = seen.putIfAbsent(p.pageNumber(), p.name());
                if (other != null) {
                    throw UserFacingException.conflict("import.error.samePageNumber", other, p.name(), p.pageNumber());
                }
            }
        }
        // Numbered pages first, by number; files without a number keep their upload order after them.
        List<PageUpload> ordered = new ArrayList<>(pages);
        ordered.sort(Comparator.comparing(PageUpload::pageNumber, Comparator.nullsLast(Comparator.naturalOrder())));
        return ordered;
    }
}
