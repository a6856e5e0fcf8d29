package org.galley.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The date ranges of search_entry's partitions (V0012): one per decade from 1800 to 2099, and one each before and
 * after; null is an open end. A newest-first search reads them one at a time, so these must stay the partitions'
 * bounds: a range across two partitions would still be right, only slower.
 */
record Decade(LocalDate from, LocalDate until) {

    static final int FIRST = 1800;
    static final int END = 2100;

    /** The decades that hold dates between {@code from} and {@code to} (inclusive, null for open), newest first. */
    static List<Decade> newestFirst(LocalDate from, LocalDate to) {
        List<Decade> all = new ArrayList<>();
        all.add(new Decade(LocalDate.of(END, 1, 1), null));
        for (int year = END - 10; year >= FIRST; year -= 10) {
            all.add(new Decade(LocalDate.of(year, 1, 1), LocalDate.of(year + 10, 1, 1)));
        }
        all.add(new Decade(null, LocalDate.of(FIRST, 1, 1)));
        return all.stream().filter(d -> d.holdsSome(from, to)).toList();
    }

    /** The decade as conditions on {@code e.issue_date}, constants (ISO dates, never user input). */
    String sql() {
        return (from == null ? "" : " and e.issue_date >= '" + from + "'") + (until == null ? "" : " and e.issue_date < '" + until + "'");
    }

    private boolean holdsSome(LocalDate first, LocalDate last) {
        boolean endsAfterFirst = until == null || first == null || first.isBefore(until);
        boolean startsBeforeLast = from == null || last == null || !last.isBefore(from);
        return endsAfterFirst && startsBeforeLast;
    }
}
