package org.galley.publishing.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** File names for the articles of an export: NNN-slug, ASCII, unique, never empty. */
final class Slugs {

    private Slugs() {
    }

    static List<String> forIssue(ExportIssue issue) {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int n = 0;
        for (ExportArticle a : issue.articles()) {
            n++;
            String slug = slug(a.content().headline());
            if (slug.isEmpty()) {
                // Chinese headlines have no ASCII form short of transliteration; the id is stable and unique.
                slug = "article-" + a.articleId();
            }
            String name = String.format(Locale.ROOT, "%03d-%s", n, slug);
            while (!used.add(name)) {
                name = name + "-" + a.articleId();
            }
            names.add(name);
        }
        return names;
    }

    static String slug(String headline) {
        if (headline == null) {
            return "";
        }
        String ascii = Normalizer.normalize(headline, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
                dash = false;
            } else if (!dash && sb.length() > 0) {
                sb.append('-');
                dash = true;
            }
            if (sb.length() >= 60) {
                break;
            }
        }
        String s = sb.toString().replaceAll("-+$", "");
        // Mostly non-Latin headlines give fragments like "2022": not a useful name on their own.
        return s.chars().filter(Character::isLetter).count() >= 3 ? s : "";
    }
}
