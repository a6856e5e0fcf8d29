package org.galley.editor;

import java.util.ArrayList;
import java.util.List;
import org.galley.article.Article;
import org.galley.article.ArticleContent;
import org.galley.editor.PageLayout.LineRole;
import org.galley.editor.PageLayout.Leftover;
import org.galley.editor.PageLayout.Role;
import org.galley.segment.Byline;
import org.galley.segment.Bylines;
import org.galley.segment.LineSpan;

/**
 * Works out, for each raw line, which article owns it and in what role, by finding the line's text (spaces
 * removed) in the article's fields. Cheap enough to run on every render: a few string searches per line.
 */
final class LineRoles {

    private LineRoles() {
    }

    static List<LineRole> of(List<String> lines, List<Article> articles, List<Leftover> furniture) {
        List<LineRole> roles = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            roles.add(lines.get(i).isBlank() ? new LineRole(null, Role.BLANK) : new LineRole(null, Role.UNASSIGNED));
        }
        for (Leftover f : furniture) {
            mark(roles, lines, f.lines(), null, c -> Role.FURNITURE);
        }
        for (Article a : articles) {
            Fields fields = new Fields(a.content());
            mark(roles, lines, a.content().lines(), a.id(), fields::roleOf);
        }
        return roles;
    }

    private static void mark(List<LineRole> roles, List<String> lines, List<LineSpan> spans, Long owner,
                             java.util.function.Function<String, Role> roleOf) {
        for (LineSpan s : spans) {
            for (int n = Math.max(1, s.first()); n <= Math.min(lines.size(), s.last()); n++) {
                String line = lines.get(n - 1);
                roles.set(n - 1, line.isBlank() ? new LineRole(owner, Role.BLANK) : new LineRole(owner, roleOf.apply(line)));
            }
        }
    }

    static String squash(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '■' && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** An article's fields, squashed once, for matching many lines against. */
    private static final class Fields {
        final ArticleContent c;
        final String kicker;
        final String headline;
        final String subheadline;
        final String caption;
        final String dateline;

        Fields(ArticleContent c) {
            this.c = c;
            this.kicker = squash(c.kicker());
            this.headline = squash(c.headline());
            this.subheadline = squash(c.subheadline());
            this.caption = squash(c.caption());
            this.dateline = squash(c.dateline());
        }

        Role roleOf(String line) {
            if ("furniture".equals(c.kind())) {
                return Role.FURNITURE;
            }
            String s = squash(line);
            if (s.isEmpty()) {
                return Role.BLANK;
            }
            if (!headline.isEmpty() && headline.contains(s)) {
                return Role.HEADLINE;
            }
            if (!kicker.isEmpty() && kicker.contains(s)) {
                return Role.KICKER;
            }
            if (!subheadline.isEmpty() && subheadline.contains(s)) {
                return Role.SUBHEADLINE;
            }
            if (!c.byline().isEmpty()) {
                Byline b = Bylines.parse(line);
                if (!b.isEmpty()) {
                    return Role.BYLINE;
                }
            }
            if (!caption.isEmpty() && caption.contains(s)) {
                return Role.CAPTION;
            }
            if (!dateline.isEmpty() && s.startsWith(dateline) && s.length() <= dateline.length() + 2) {
                return Role.DATELINE;
            }
            return Role.BODY;
        }
    }
}
