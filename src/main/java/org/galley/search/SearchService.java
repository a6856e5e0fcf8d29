package org.galley.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleState;
import org.galley.article.ArticlesChanged;
import org.galley.article.ContentJson;
import org.galley.article.Paragraph;
import org.galley.common.UserFacingException;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search across every issue. The index ({@code search_entry}) is kept current inside the transaction of every
 * change: articles announce changes ({@link ArticlesChanged}), and just before that transaction commits the
 * entries of the articles it touched are written again from their current state, once each however often they
 * changed. Everyone who can log in searches every state; only editors may ask for merged-away and excluded ones.
 */
@Service
public class SearchService {

    /** Results per page. */
    public static final int PAGE_SIZE = 20;
    /** The deepest page one may ask for: beyond it, narrow the search. */
    public static final int MAX_PAGE = 250;
    /**
     * Totals are counted up to this, then shown as "more than". Counting visits every counted row's heap tuple
     * (and rechecks phrases on it): at 100,000 articles counting to 1,001 cost a common term 40-100 ms, more than
     * finding its page; 200 says "many" as well.
     */
    public static final int COUNT_CAP = 200;
    private static final int BATCH = 200;
    /** Stems of query words already looked up (bounded: query words are user input). */
    private static final Cache<String, String> STEMS = Caffeine.newBuilder().maximumSize(10_000).build();

    public enum Order { NEWEST, RELEVANCE }

    /** The state filter: one of the workflow states, or published (in the issue's current publication). */
    public static final List<String> STATES = Stream.concat(Stream.of(ArticleState.values()).map(Enum::name),
            Stream.of("PUBLISHED")).toList();

    /** What to search for; every filter null (or false) means "any". */
    public record Request(String query, LocalDate from, LocalDate to, String title, String state, String language,
                          SearchQuery.Field field, Order order, boolean includeHidden, int page) {
        public Request {
            field = field == null ? SearchQuery.Field.ANYWHERE : field;
            order = order == null ? Order.NEWEST : order;
            page = Math.max(page, 1);
        }

        public static Request of(String query) {
            return new Request(query, null, null, null, null, null, null, null, false, 1);
        }
    }

    /** One article found: where it is, and its headline and a snippet with the matches marked. */
    public record Hit(long articleId, long issueId, String newspaper, LocalDate issueDate, long pageId, int pageNumber,
                      String state, boolean merged, boolean published, List<Highlight.Segment> headline,
                      List<Highlight.Segment> snippet, double rank) {
    }

    /** One page of results; {@code total} counts up to {@link #COUNT_CAP} ({@code totalCapped} when more). */
    public record Results(List<Hit> hits, int page, int pageSize, int total, boolean totalCapped, boolean more) {
    }

    private final SearchRepository index;
    private final TransactionTemplate tx;

    SearchService(SearchRepository index, TransactionTemplate tx) {
        this.index = index;
        this.tx = tx;
    }

    // ---- searching ----

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Results search(Request r) {
        SearchQuery query = SearchQuery.parse(r.query());
        if (r.from() != null && r.to() != null && r.from().isAfter(r.to())) {
            throw new UserFacingException("search.error.dates");
        }
        if (r.page() > MAX_PAGE) {
            throw new UserFacingException("search.error.tooDeep", MAX_PAGE);
        }
        String state = r.state() == null || r.state().isBlank() ? null : r.state().strip().toUpperCase(Locale.ROOT);
        if (state != null && !STATES.contains(state)) {
            throw new UserFacingException("search.error.state", state);
        }
        if ((r.includeHidden() || ArticleState.EXCLUDED.name().equals(state)) && !isEditor()) {
            throw new AccessDeniedException("only editors search merged-away or excluded articles");
        }
        List<String> states;
        if (state != null && !state.equals("PUBLISHED")) {
            states = List.of(state);
        } else if (r.includeHidden()) {
            states = null;
        } else {
            // Excluded articles are left out unless asked for, like merged-away ones.
            states = STATES.stream().filter(s -> !s.equals("PUBLISHED") && !s.equals(ArticleState.EXCLUDED.name())).toList();
        }
        SearchRepository.Filter filter = new SearchRepository.Filter(query.tsquery(r.field()), query.looseTsquery(r.field()), r.from(), r.to(),
                blankToNull(r.title()), states, "PUBLISHED".equals(state), blankToNull(r.language()), r.includeHidden(),
                r.order() == Order.RELEVANCE);
        int offset = (r.page() - 1) * PAGE_SIZE;
        SearchRepository.Page found = index.search(filter, PAGE_SIZE + 1, offset, COUNT_CAP + 1);
        List<SearchRepository.Row> rows = found.rows();
        boolean more = rows.size() > PAGE_SIZE;
        if (more) {
            rows = rows.subList(0, PAGE_SIZE);
        }
        // A last page (or a first page with nothing) tells the total by itself; only otherwise is it counted.
        int total = !more && (!rows.isEmpty() || r.page() == 1) ? offset + rows.size()
                : found.counted() >= 0 ? found.counted() : index.count(filter, COUNT_CAP + 1);
        Highlight highlight = highlight(query);
        List<Hit> hits = rows.stream().map(row -> new Hit(row.articleId(), row.issueId(), row.newspaper(), row.issueDate(),
                row.pageId(), row.pageNumber(), row.state(), row.merged(), row.published(), highlight.all(row.headline()),
                highlight.snippet(snippetSource(row, r.field())), row.rank())).toList();
        return new Results(hits, r.page(), PAGE_SIZE, Math.min(total, COUNT_CAP), total > COUNT_CAP, more);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<String> titles() {
        return index.titles();
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<String> languages() {
        return index.languages();
    }

    /** Whether the current user may ask for merged-away and excluded articles. */
    public boolean isEditor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_EDITOR") || a.equals("ROLE_ADMIN"));
    }

    private Highlight highlight(SearchQuery query) {
        List<SearchText.Token> tokens = query.positiveTokens();
        Set<String> words = tokens.stream().filter(t -> !t.han()).map(SearchText.Token::text).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, String> stems = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String w : words) {
            String stem = STEMS.getIfPresent(w);
            if (stem == null) {
                unknown.add(w);
            } else {
                stems.put(w, stem);
            }
        }
        // A word's stem depends only on PostgreSQL's english configuration: asked once, then remembered.
        index.stems(unknown).forEach((w, stem) -> {
            STEMS.put(w, stem);
            stems.put(w, stem);
        });
        return new Highlight(tokens, stems);
    }

    private static String snippetSource(SearchRepository.Row row, SearchQuery.Field field) {
        return switch (field) {
            case HEADLINE -> row.body();
            case BYLINE -> row.byline();
            default -> row.body().isBlank() ? row.headline() : row.body();
        };
    }

    // ---- keeping the index current ----

    /** Articles changed in the current transaction: their entries are written again just before it commits. */
    @EventListener
    public void onArticlesChanged(ArticlesChanged changed) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reindex(changed.articleIds(), changed.issueIds());
            return;
        }
        // Looked up among the current transaction's synchronizations, which Spring suspends with the transaction.
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance).map(Pending.class::cast).findFirst().orElse(null);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.articles.addAll(changed.articleIds());
        pending.issues.addAll(changed.issueIds());
    }

    private final class Pending implements TransactionSynchronization {
        final Set<Long> articles = new LinkedHashSet<>();
        final Set<Long> issues = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            reindex(articles, issues);
        }
    }

    private void reindex(Collection<Long> articleIds, Collection<Long> issueIds) {
        Set<Long> ids = new LinkedHashSet<>(articleIds);
        ids.addAll(index.articlesOfIssues(issueIds));
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += BATCH) {
            write(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
    }

    private void write(List<Long> ids) {
        List<SearchRepository.Source> sources = index.sources(ids);
        for (SearchRepository.Source s : sources) {
            ArticleContent c = ContentJson.read(s.content(), s.pageId());
            String headline = join(" ", c.kicker(), c.headline(), c.subheadline());
            String byline = String.join(" ", c.byline().people());
            List<String> rest = new ArrayList<>();
            rest.add(c.dateline());
            c.body().stream().map(Paragraph::text).forEach(rest::add);
            rest.add(c.caption());
            String body = join("\n", rest.toArray(String[]::new));
            // Together under PostgreSQL's 1 MB of distinct lexemes per tsvector (see documentTerms).
            index.upsert(s, headline, byline, body, SearchText.documentTerms(headline, 100_000),
                    SearchText.documentTerms(byline, 100_000), SearchText.documentTerms(body, 800_000));
        }
        Set<Long> found = sources.stream().map(SearchRepository.Source::articleId).collect(Collectors.toSet());
        index.delete(ids.stream().filter(id -> !found.contains(id)).toList());
    }

    /**
     * Writes the entry of every article again from its current revision (or, {@code missingOnly}, of every
     * article without one), in batches of their own transactions. Returns how many were written.
     */
    int rebuild(boolean missingOnly) {
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = tx.execute(status -> index.articleIds(from, BATCH, missingOnly));
            if (ids == null || ids.isEmpty()) {
                return done;
            }
            tx.executeWithoutResult(status -> write(ids));
            done += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }

    /** An administrator's rebuild of the whole index (the API and {@code galley.jar reindex}). */
    @PreAuthorize("hasRole('ADMIN')")
    public int rebuildAll() {
        return rebuild(false);
    }

    boolean anyArticleMissing() {
        return index.anyArticleMissing();
    }

    private static String join(String sep, String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).map(String::strip).collect(Collectors.joining(sep));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
