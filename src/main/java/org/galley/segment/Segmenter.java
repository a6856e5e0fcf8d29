package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the raw text of one newspaper page (OCR or PDF text extraction) into a proposal of articles, page
 * furniture and unassigned blocks. A pure function: thread-safe, and it never throws; input it cannot read yields
 * an empty proposal.
 */
public final class Segmenter {
    private Segmenter() {
    }

    /**
     * @param pageText     the raw page text, any line ends
     * @param languageHint "zh" (simplified or traditional) or "en", or null to detect it from the text
     */
    public static Proposal segment(String pageText, String languageHint) {
        String text = pageText == null ? "" : pageText;
        String language = "en";
        try {
            language = LanguageDetector.detect(text, languageHint);
            return segment(text, "zh".equals(language));
        } catch (RuntimeException | StackOverflowError e) {
            return Proposal.empty(language); // a rule failed on input nobody foresaw: propose nothing
        }
    }

    private static Proposal segment(String text, boolean zh) {
        List<Line> lines = PageText.lines(text);
        new LineClassifier(zh).classify(lines);
        List<Unit> units = Units.of(lines);
        ArticleAssembler.Result result = ArticleAssembler.assemble(units, zh);
        Vocabulary vocabulary = Vocabulary.of(lines);
        Spans spans = new Spans(lines);
        ArticleBuilder builder = new ArticleBuilder(zh, PageShape.blankSeparated(lines), vocabulary, spans);
        for (Draft d : result.drafts()) {
            builder.add(d);
        }
        List<Furniture> furniture = new ArrayList<>();
        for (Unit f : result.furniture()) {
            furniture.add(new Furniture(f.text(), spans.of(List.of(f))));
        }
        return new Proposal(zh ? "zh" : "en", builder.articles, furniture, builder.unassigned);
    }
}
