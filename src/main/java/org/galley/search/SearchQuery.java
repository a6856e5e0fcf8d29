package org.galley.search;

import java.util.ArrayList;
import java.util.List;
import org.galley.common.UserFacingException;

/**
 * A parsed search: clauses that must all hold, each one or more terms joined by {@code OR}, or a term that must
 * not occur ({@code -word}, {@code -"a phrase"}). A term is a word or a {@code "quoted phrase"}; a word that
 * folds to several tokens (独山港2020, e-mail) is a phrase too, since Chinese writes words without spaces.
 * Everything that is not a letter, digit or Han character separates tokens, so no input reaches PostgreSQL's
 * query syntax: {@link #tsquery} writes only quoted terms and operators it chose.
 */
public record SearchQuery(List<Clause> clauses) {

    /** The longest query accepted, in characters. */
    public static final int MAX_LENGTH = 200;
    /** The most terms (words and phrases) one query may hold. */
    public static final int MAX_TERMS = 16;

    /** Where terms must occur: the weights of {@code to_tsvector} (titles A, byline B, the rest D). */
    public enum Field {
        ANYWHERE(""), HEADLINE("A"), BYLINE("B"), BODY("D");

        final String weight;

        Field(String weight) {
            this.weight = weight;
        }
    }

    /** One word or phrase: its tokens after folding, in order. */
    public record Term(String typed, List<SearchText.Token> tokens) {
    }

    /** Terms of which at least one must occur, or (negated) a term that must not. */
    public record Clause(List<Term> anyOf, boolean negated) {
    }

    public SearchQuery {
        clauses = List.copyOf(clauses);
    }

    /**
     * Parses what a user typed. Refused with a message: more than {@link #MAX_LENGTH} characters or
     * {@link #MAX_TERMS} terms, or nothing to find (only exclusions, or only punctuation).
     */
    public static SearchQuery parse(String input) {
        String q = input == null ? "" : input.strip();
        if (q.length() > MAX_LENGTH) {
            throw new UserFacingException("search.error.tooLong", MAX_LENGTH);
        }
        List<Clause> clauses = new ArrayList<>();
        boolean orPending = false;
        int terms = 0;
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < q.length() && !Character.isWhitespace(q.charAt(i + 1))) {
                negated = true;
                i++;
                c = q.charAt(i);
            }
            String typed;
            if (c == '"' || c == '“' || c == '”' || c == '「' || c == '『') {
                int end = i + 1;
                while (end < q.length() && "\"“”」』".indexOf(q.charAt(end)) < 0) {
                    end++;
                }
                typed = q.substring(i + 1, end);
                i = Math.min(end + 1, q.length());
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end))) {
                    end++;
                }
                typed = q.substring(i, end);
                i = end;
                if (!negated && typed.equals("OR")) {
                    orPending = !clauses.isEmpty();
                    continue;
                }
            }
            // Over-long "words" are not indexed (SearchText.MAX_WORD), so they are not searched for either.
            List<SearchText.Token> tokens = SearchText.tokens(SearchText.fold(typed)).stream()
                    .filter(t -> !SearchText.terms(t).isEmpty()).toList();
            if (tokens.isEmpty()) {
                continue;
            }
            if (++terms > MAX_TERMS) {
                throw new UserFacingException("search.error.tooManyTerms", MAX_TERMS);
            }
            Term term = new Term(typed, tokens);
            Clause last = clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
            if (orPending && !negated && last != null && !last.negated()) {
                List<Term> any = new ArrayList<>(last.anyOf());
                any.add(term);
                clauses.set(clauses.size() - 1, new Clause(any, false));
            } else {
                clauses.add(new Clause(List.of(term), negated));
            }
            orPending = false;
        }
        if (clauses.stream().allMatch(Clause::negated)) {
            throw new UserFacingException("search.error.nothingToFind");
        }
        return new SearchQuery(clauses);
    }

    /** The query for {@code to_tsquery('english', …)}, its terms restricted to the field's weight. */
    public String tsquery(Field field) {
        return tsquery(field, false);
    }

    /**
     * A query that finds at least what {@link #tsquery} finds, which the GIN index answers without reading a
     * single document: each phrase as all its terms anywhere ({@code &} for {@code <->}), and exclusions of
     * phrases left out. Null when it is the query itself (no phrase). For a frequent phrase, checking the
     * positions of every candidate (detoasting its tsvector) cost more than all the rest of the search; with
     * this the positions are checked only on the candidates of the page shown.
     */
    public String looseTsquery(Field field) {
        String loose = tsquery(field, true);
        return loose.equals(tsquery(field, false)) ? null : loose;
    }

    private String tsquery(Field field, boolean loose) {
        List<String> parts = new ArrayList<>();
        for (Clause c : clauses) {
            if (loose && c.negated() && c.anyOf().stream().anyMatch(t -> phrase(t, field.weight, false).contains("<->"))) {
                continue;
            }
            List<String> any = c.anyOf().stream().map(t -> phrase(t, field.weight, loose)).toList();
            String expr = any.size() == 1 ? any.get(0) : "(" + String.join(" | ", any) + ")";
            parts.add(c.negated() ? "!" + expr : expr);
        }
        return String.join(" & ", parts);
    }

    /**
     * One term as a phrase of the terms the document has at consecutive positions. A Han run followed by more
     * tokens ends with its last character (the document's run ends there too); the last Han run of the term
     * leaves it out, since the document's run may go on; a one-character run at the end is a prefix.
     */
    private static String phrase(Term t, String weight, boolean loose) {
        List<String> ops = new ArrayList<>();
        List<SearchText.Token> tokens = t.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            SearchText.Token token = tokens.get(k);
            boolean last = k == tokens.size() - 1;
            List<String> terms = SearchText.terms(token);
            if (token.han() && last) {
                if (terms.size() == 1) {
                    ops.add(quote(terms.get(0)) + ":*" + weight);
                    continue;
                }
                terms = terms.subList(0, terms.size() - 1);
            }
            for (String term : terms) {
                ops.add(quote(term) + (weight.isEmpty() ? "" : ":" + weight));
            }
        }
        return ops.size() == 1 ? ops.get(0) : "(" + String.join(loose ? " & " : " <-> ", ops) + ")";
    }

    private static String quote(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** The folded tokens of every term that must or may occur, for highlighting. */
    public List<SearchText.Token> positiveTokens() {
        List<SearchText.Token> out = new ArrayList<>();
        clauses.stream().filter(c -> !c.negated()).forEach(c -> c.anyOf().forEach(t -> out.addAll(t.tokens())));
        return out;
    }
}
