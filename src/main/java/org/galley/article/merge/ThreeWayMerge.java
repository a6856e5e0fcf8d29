package org.galley.article.merge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.galley.article.Paragraph;

/**
 * Merges two edits of one article made from the same base revision, field by field: a field only one side
 * changed takes that side's value; the body is merged paragraph by paragraph, paragraphs matched by a diff of
 * the paragraph lists, so edits to different paragraphs both survive. Only changes that overlap (one field,
 * or the same paragraphs, changed differently on both sides) are left as conflicts for a person to choose.
 * <p>
 * Pure: no database, no UI. The fields are listed once in {@link #FIELDS} and rebuilt in {@link #build}, so a
 * change to {@link ArticleContent} changes those two places. Line references are not merged: which lines an
 * article owns is the server's business, so the result keeps the current ("theirs") lines.
 */
public final class ThreeWayMerge {

    public enum Side { MINE, THEIRS }

    /** Field names, as in {@code field.*} translation keys. */
    public static final String PARAGRAPHS = "paragraphs";

    /** A field merged as one value: changed on one side only, it takes that side. */
    private record Field(String name, Function<ArticleContent, Object> get) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("kind", ArticleContent::kind),
            new Field("kicker", ArticleContent::kicker),
            new Field("headline", ArticleContent::headline),
            new Field("subheadline", ArticleContent::subheadline),
            new Field("reporters", c -> c.byline().reporters()),
            new Field("correspondents", c -> c.byline().correspondents()),
            new Field("photographers", c -> c.byline().photographers()),
            new Field("dateline", ArticleContent::dateline),
            new Field("caption", ArticleContent::caption),
            new Field("continued", ArticleContent::continued));

    /** Paragraphs with their roles: a role change is a change to that paragraph. */
    private static final Function<ArticleContent, List<Object>> BODY = c -> List.copyOf(c.body());

    /**
     * Both sides changed the same thing differently. {@code id} names it for {@link Result#resolve}: the field
     * name, or {@code paragraphs@N} for a run of paragraphs starting at base paragraph N (0-based). For the
     * body, base/mine/theirs are the lists of paragraphs of that run on each side.
     */
    public record Conflict(String id, String field, Object base, Object mine, Object theirs, int paragraph) {
    }

    /** A run of the merged body: settled paragraphs, or a conflict still to choose. */
    private record Chunk(List<?> settled, Conflict conflict) {
    }

    private ThreeWayMerge() {
    }

    public static Result merge(ArticleContent base, ArticleContent mine, ArticleContent theirs) {
        Objects.requireNonNull(base, "base");
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Conflict> conflicts = new LinkedHashMap<>();
        List<String> fromTheirs = new ArrayList<>();
        List<String> fromMine = new ArrayList<>();
        for (Field f : FIELDS) {
            Object b = f.get().apply(base);
            Object m = f.get().apply(mine);
            Object t = f.get().apply(theirs);
            if (Objects.equals(m, t) || Objects.equals(t, b)) {
                values.put(f.name(), m);
                if (!Objects.equals(m, b) && !Objects.equals(m, t)) {
                    fromMine.add(f.name());
                }
            } else if (Objects.equals(m, b)) {
                values.put(f.name(), t);
                fromTheirs.add(f.name());
            } else {
                conflicts.put(f.name(), new Conflict(f.name(), f.name(), b, m, t, -1));
            }
        }
        ListMerge body = mergeList(BODY.apply(base), BODY.apply(mine), BODY.apply(theirs));
        if (body.tookTheirs) {
            fromTheirs.add(PARAGRAPHS);
        }
        if (body.tookMine) {
            fromMine.add(PARAGRAPHS);
        }
        return new Result(mine, theirs, values, conflicts, body.chunks, List.copyOf(fromTheirs), List.copyOf(fromMine));
    }

    /** The outcome: settled fields, conflicts still to choose, and which side each settled change came from. */
    public static final class Result {
        private final ArticleContent mine;
        private final ArticleContent theirs;
        private final Map<String, Object> values;
        private final Map<String, Conflict> fieldConflicts;
        private final List<Chunk> body;
        private final List<String> fromTheirs;
        private final List<String> fromMine;

        private Result(ArticleContent mine, ArticleContent theirs, Map<String, Object> values, Map<String, Conflict> fieldConflicts,
                       List<Chunk> body, List<String> fromTheirs, List<String> fromMine) {
            this.mine = mine;
            this.theirs = theirs;
            this.values = values;
            this.fieldConflicts = fieldConflicts;
            this.body = body;
            this.fromTheirs = fromTheirs;
            this.fromMine = fromMine;
        }

        /** Every overlapping change, fields first in form order, then runs of the body in text order. */
        public List<Conflict> conflicts() {
            List<Conflict> all = new ArrayList<>(fieldConflicts.values());
            body.stream().map(Chunk::conflict).filter(Objects::nonNull).forEach(all::add);
            return all;
        }

        public boolean clean() {
            return conflicts().isEmpty();
        }

        /** Fields where the other person's change was taken without asking (their change, not overlapping mine). */
        public List<String> fromTheirs() {
            return fromTheirs;
        }

        /** Fields where my change was kept over an unchanged value. */
        public List<String> fromMine() {
            return fromMine;
        }

        /** The merged content; only when nothing overlaps. */
        public ArticleContent merged() {
            if (!clean()) {
                throw new IllegalStateException("overlapping changes need a choice: " + conflicts());
            }
            return resolve(Map.of());
        }

        /** The merged content with a side chosen for every conflict (by {@link Conflict#id()}). */
        public ArticleContent resolve(Map<String, Side> choices) {
            Map<String, Object> v = new LinkedHashMap<>(values);
            for (Conflict c : fieldConflicts.values()) {
                v.put(c.field(), pick(c, choices) == Side.MINE ? c.mine() : c.theirs());
            }
            List<Object> paragraphs = new ArrayList<>();
            for (Chunk chunk : body) {
                if (chunk.conflict() == null) {
                    paragraphs.addAll(chunk.settled());
                } else {
                    Conflict c = chunk.conflict();
                    paragraphs.addAll((List<?>) (pick(c, choices) == Side.MINE ? c.mine() : c.theirs()));
                }
            }
            v.put(PARAGRAPHS, paragraphs);
            return build(v, mine, theirs);
        }

        private static Side pick(Conflict c, Map<String, Side> choices) {
            Side side = choices.get(c.id());
            if (side == null) {
                throw new IllegalArgumentException("no choice for " + c.id());
            }
            return side;
        }
    }

    /** Rebuilds content from merged values; the only place that knows the record's constructor. */
    @SuppressWarnings("unchecked")
    private static ArticleContent build(Map<String, Object> v, ArticleContent mine, ArticleContent theirs) {
        return new ArticleContent((String) v.get("kind"), (String) v.get("kicker"), (String) v.get("headline"),
                (String) v.get("subheadline"),
                new Byline((List<String>) v.get("reporters"), (List<String>) v.get("correspondents"),
                        (List<String>) v.get("photographers")),
                (String) v.get("dateline"), (List<Paragraph>) v.get(PARAGRAPHS), (String) v.get("caption"),
                (Boolean) v.get("continued"),
                // Lines belong to the server: keep the current ones, whatever the editor loaded.
                theirs.lines());
    }

    // ---- the body: a three-way merge of lists ----

    private record ListMerge(List<Chunk> chunks, boolean tookMine, boolean tookTheirs) {
    }

    /** A change one side made: base elements [start, end) replaced by {@code with}. */
    private record Hunk(int start, int end, List<?> with, Side side) {
        boolean insertion() {
            return start == end;
        }
    }

    static <T> ListMerge mergeList(List<T> base, List<T> mine, List<T> theirs) {
        List<Hunk> hunks = new ArrayList<>(hunks(base, mine, Side.MINE));
        hunks.addAll(hunks(base, theirs, Side.THEIRS));
        // By position; an insertion before a change at the same place, so it stays in front of it.
        hunks.sort(Comparator.comparingInt(Hunk::start).thenComparing(h -> !h.insertion()));
        List<Chunk> chunks = new ArrayList<>();
        boolean tookMine = false;
        boolean tookTheirs = false;
        int at = 0;
        int i = 0;
        while (i < hunks.size()) {
            List<Hunk> cluster = new ArrayList<>(List.of(hunks.get(i++)));
            int start = cluster.get(0).start();
            int end = cluster.get(0).end();
            while (i < hunks.size() && overlaps(start, end, hunks.get(i))) {
                end = Math.max(end, hunks.get(i).end());
                cluster.add(hunks.get(i++));
            }
            if (at < start) {
                chunks.add(new Chunk(List.copyOf(base.subList(at, start)), null));
            }
            List<Object> m = apply(base, start, end, cluster, Side.MINE);
            List<Object> t = apply(base, start, end, cluster, Side.THEIRS);
            boolean mineTouched = cluster.stream().anyMatch(h -> h.side() == Side.MINE);
            boolean theirsTouched = cluster.stream().anyMatch(h -> h.side() == Side.THEIRS);
            if (m.equals(t) || !theirsTouched) {
                chunks.add(new Chunk(m, null));
                tookMine |= !m.equals(t);
            } else if (!mineTouched) {
                chunks.add(new Chunk(t, null));
                tookTheirs = true;
            } else {
                chunks.add(new Chunk(null, new Conflict(PARAGRAPHS + "@" + start, PARAGRAPHS,
                        List.copyOf(base.subList(start, end)), m, t, start)));
            }
            at = end;
        }
        if (at < base.size()) {
            chunks.add(new Chunk(List.copyOf(base.subList(at, base.size())), null));
        }
        return new ListMerge(chunks, tookMine, tookTheirs);
    }

    /**
     * Whether a change touches the run [start, end) already collected. Changes to neighbouring paragraphs do
     * not overlap; two insertions at the same place do (their order would be a guess), as does an insertion
     * inside a changed run.
     */
    private static boolean overlaps(int start, int end, Hunk h) {
        if (h.insertion()) {
            return start == end ? h.start() == start : h.start() > start && h.start() < end;
        }
        return start == end ? false : h.start() < end;
    }

    /** One side's version of base [start, end): its hunks in the run applied, the rest as in the base. */
    private static List<Object> apply(List<?> base, int start, int end, List<Hunk> cluster, Side side) {
        List<Object> out = new ArrayList<>();
        int at = start;
        for (Hunk h : cluster) {
            if (h.side() != side) {
                continue;
            }
            out.addAll(base.subList(at, h.start()));
            out.addAll(h.with());
            at = h.end();
        }
        out.addAll(base.subList(at, end));
        return out;
    }

    /**
     * One side's changes against the base. A paragraph-for-paragraph replacement is split per paragraph, so
     * editing paragraphs 2 and 3 is two changes and a colleague's edit of paragraph 3 alone overlaps only one.
     */
    private static <T> List<Hunk> hunks(List<T> base, List<T> side, Side which) {
        List<Hunk> out = new ArrayList<>();
        for (AbstractDelta<T> d : DiffUtils.diff(base, side).getDeltas()) {
            int pos = d.getSource().getPosition();
            List<T> from = d.getSource().getLines();
            List<T> to = d.getTarget().getLines();
            if (from.size() == to.size()) {
                for (int k = 0; k < from.size(); k++) {
                    if (!Objects.equals(from.get(k), to.get(k))) {
                        out.add(new Hunk(pos + k, pos + k + 1, List.of(to.get(k)), which));
                    }
                }
            } else {
                out.add(new Hunk(pos, pos + from.size(), List.copyOf(to), which));
            }
        }
        return out;
    }
}
