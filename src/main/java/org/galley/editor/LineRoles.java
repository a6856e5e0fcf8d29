package org.galley.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.galley.article.Article;
import org.galley.article.ArticleContent;
import org.galley.article.LineOwner;
import org.galley.editor.PageLayout.LineRole;
import org.galley.editor.PageLayout.Role;
import org.galley.segment.Bylines;

/**
 * For each raw line: who owns it (the server's line owners) and in what role, found by looking the line's
 * text (spaces removed) up in the owning article's fields. Cheap enough to run on every render.
 */
final class LineRoles {

    private LineRoles() {
    }

    static List<LineRole> of(long pageId, List<String> lines, List<LineOwner> owners, List<Article> articles) {
        List<LineRole> roles = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            roles.add(lines.get(i).isBlank() ? new LineRole(null, Role.BLANK) : new LineRole(null, Role.UNASSIGNED));
        }
        Map<Long, Fields> fields = new HashMap<>();
        articles.forEach(a -> fields.put(a.id(), new Fields(a.content())));
        for (LineOwner o : owners) {
            if (o.line() < 1 || o.line() > lines.size()) {
                continue;
            }
            String line = lines.get(o.line() - 1);
            LineRole role = switch (o.kind()) {
                case FURNITURE -> new LineRole(null, Role.FURNITURE);
                case LEFTOVER -> new LineRole(null, Role.UNASSIGNED);
                case ARTICLE -> new LineRole(o.articleId(),
                        fields.containsKey(o.articleId()) ? fields.get(o.articleId()).roleOf(line) : Role.BODY);
            };
            roles.set(o.line() - 1, role);
        }
        // Blank lines inside an article's ranges are shown as the article's, so its tint runs on unbroken.
        for (Article a : articles) {
            for (var r : a.content().lines()) {
                for (int n = Math.max(1, r.first()); n <= Math.min(lines.size(), r.last()); n++) {
                    if (r.pageId() == pageId && lines.get(n - 1).isBlank()) {
                        roles.set(n - 1, new LineRole(a.id(), Role.BLANK));
                    }
                }
            }
        }
        return roles;
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
                if (!Bylines.parse(line).isEmpty()) {
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
