package org.galley.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.galley.common.UserFacingException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=…&from=…&to=…&title=…&state=…&language=…&field=…&order=…&hidden=…&page=…}: the same
 * search as the view, as JSON; {@code POST /api/search/reindex} rebuilds the index (administrators).
 */
@RestController
class SearchApi {

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SearchService.Results search(@RequestParam(required = false) String q, @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to, @RequestParam(required = false) String title,
                                 @RequestParam(required = false) String state, @RequestParam(required = false) String language,
                                 @RequestParam(required = false) String field, @RequestParam(required = false) String order,
                                 @RequestParam(required = false) String hidden, @RequestParam(required = false) String page) {
        return search.search(new SearchService.Request(q, date(from, "from"), date(to, "to"), title, state, language,
                choice(SearchQuery.Field.class, field, "field"), choice(SearchService.Order.class, order, "order"),
                yesOrNo(hidden, "hidden"), number(page)));
    }

    @PostMapping("/api/search/reindex")
    Map<String, Integer> reindex() {
        return Map.of("indexed", search.rebuildAll());
    }

    private static LocalDate date(String v, String name) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new UserFacingException("search.error.date", name);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String v, String name) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("search.error.choice", name);
        }
    }

    /** A flag: absent, true or false; anything else is refused rather than read as false. */
    private static boolean yesOrNo(String v, String name) {
        if (v == null || v.isBlank() || v.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (v.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new UserFacingException("search.error.choice", name);
    }

    private static int number(String v) {
        if (v == null || v.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UserFacingException("search.error.page");
        }
    }
}
