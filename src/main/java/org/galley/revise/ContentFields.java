package org.galley.revise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.galley.article.Paragraph;

/**
 * The texts of an article a find and replace looks through, each named by field and index: kicker, headline,
 * subheadline, the byline's names, dateline, the paragraphs and the caption, in reading order. Raw lines are
 * the page's record of what was printed and are never touched.
 */
final class ContentFields {

    static final List<String> FIELDS = List.of("kicker", "headline", "subheadline", "reporter", "correspondent",
            "photographer", "dateline", "paragraph", "caption");

    record Text(String field, int index, String text) {
    }

    private ContentFields() {
    }

    static List<Text> texts(ArticleContent c) {
        List<Text> out = new ArrayList<>();
        single(out, "kicker", c.kicker());
        single(out, "headline", c.headline());
        single(out, "subheadline", c.subheadline());
        many(out, "reporter", c.byline().reporters());
        many(out, "correspondent", c.byline().correspondents());
        many(out, "photographer", c.byline().photographers());
        single(out, "dateline", c.dateline());
        many(out, "paragraph", c.paragraphs());
        single(out, "caption", c.caption());
        return out;
    }

    /** The content with one text changed through {@code change}. */
    static ArticleContent with(ArticleContent c, String field, int index, Function<String, String> change) {
        Byline b = c.byline();
        return switch (field) {
            case "kicker" -> c.withKicker(change.apply(c.kicker()));
            case "headline" -> c.withHeadline(change.apply(c.headline()));
            case "subheadline" -> c.withSubheadline(change.apply(c.subheadline()));
            case "dateline" -> c.withDateline(change.apply(c.dateline()));
            case "caption" -> c.withCaption(change.apply(c.caption()));
            case "reporter" -> c.withByline(new Byline(changed(b.reporters(), index, change), b.correspondents(), b.photographers()));
            case "correspondent" -> c.withByline(new Byline(b.reporters(), changed(b.correspondents(), index, change), b.photographers()));
            case "photographer" -> c.withByline(new Byline(b.reporters(), b.correspondents(), changed(b.photographers(), index, change)));
            case "paragraph" -> {
                List<Paragraph> body = new ArrayList<>(c.body());
                body.set(index, body.get(index).withText(change.apply(body.get(index).text())));
                yield c.withBody(body);
            }
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static List<String> changed(List<String> list, int index, Function<String, String> change) {
        List<String> out = new ArrayList<>(list);
        out.set(index, change.apply(out.get(index)));
        return out;
    }

    private static void single(List<Text> out, String field, String text) {
        if (text != null && !text.isEmpty()) {
            out.add(new Text(field, 0, text));
        }
    }

    private static void many(List<Text> out, String field, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            out.add(new Text(field, i, texts.get(i)));
        }
    }
}
