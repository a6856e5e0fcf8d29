package org.galley.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns the raw text of one newspaper page (OCR or PDF text extraction) into a proposal of articles, page
 * furniture and unassigned blocks. A pure function: thread-safe, and {@link #segment} never throws. A rule that
 * fails on input nobody foresaw is logged with its stack trace and the proposal is empty and flagged
 * ({@link Proposal#failure()}), so the bug shows instead of hiding; tests call {@link #segmentStrict}, which lets the
 * exception through.
 */
public final class Segmenter {
    private static final System.Logger LOG = System.getLogger(Segmenter.class.getName());

    private Segmenter() {
    }

    /**
     * @param pageText     the raw page text, any line ends
     * @param languageHint "zh" (simplified or traditional) or "en", or null to detect it from the text
     */
    public static Proposal segment(String pageText, String languageHint) {
        String text = pageText == null ? "" : pageText;
        return guarded(text, () -> segmentStrict(text, languageHint));
    }

    /** Like {@link #segment} but a failing rule throws: for tests, which must see bugs. */
    public static Proposal segmentStrict(String pageText, String languageHint) {
        String text = pageText == null ? "" : pageText;
        String language = LanguageDetector.detect(text, languageHint);
        return segment(text, "zh".equals(language));
    }

    /**
     * Segments a page whose lines have positions (ALTO, hOCR, PAGE, PDF).
     *
     * @param geometry one entry per raw line of {@code pageText} (index 0 is line 1), null for a line without a
     *                 position (blank lines); a list of another length is ignored and the text path is taken
     */
    public static Proposal segment(String pageText, String languageHint, java.util.List<LineGeometry> geometry) {
        String text = pageText == null ? "" : pageText;
        return guarded(text, () -> segmentStrict(text, languageHint, geometry));
    }

    /** Like {@link #segment(String, String, java.util.List)} but a failing rule throws. */
    public static Proposal segmentStrict(String pageText, String languageHint, java.util.List<LineGeometry> geometry) {
        String text = pageText == null ? "" : pageText;
        String language = LanguageDetector.detect(text, languageHint);
        return segment(text, "zh".equals(language), geometry);
    }

    /** Runs the segmenter; a failure is logged and turned into an empty proposal that says it failed. */
    static Proposal guarded(String text, Supplier<Proposal> run) {
        try {
            return run.get();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.ERROR, "segmenter failed on a page of " + text.length()
                    + " characters; proposing nothing", e);
            String language = "en";
            try {
                language = LanguageDetector.detect(text, null);
            } catch (RuntimeException ignored) {
                // the flag below already says the page failed
            }
            return Proposal.failed(language, e.getClass().getSimpleName());
        }
    }

    private static Proposal segment(String text, boolean zh) {
        return segment(text, zh, null);
    }

    private static Proposal segment(String text, boolean zh, List<LineGeometry> geometry) {
        List<Line> lines = PageText.lines(text);
        boolean layout = geometry != null && geometry.size() == lines.size();
        if (layout) {
            LayoutRules.attach(lines, geometry);
        }
        new LineClassifier(zh).classify(lines);
        if (layout) {
            LayoutRules.markHeadlines(lines);
        }
        List<Unit> units = Units.of(lines);
        ArticleAssembler.Result result = ArticleAssembler.assemble(units, zh);
        Vocabulary vocabulary = Vocabulary.of(lines);
        Spans spans = new Spans(lines);
        ArticleBuilder builder = new ArticleBuilder(zh, PageShape.blankSeparated(lines), vocabulary, spans);
        if (!zh) {
            builder.adverts = EnAdvertRun.adverts(result.drafts(), EnAdvertSplit.apply(result.drafts()));
        }
        for (Draft d : result.drafts()) {
            builder.add(d);
        }
        List<Furniture> furniture = new ArrayList<>();
        for (Unit f : result.furniture()) {
            furniture.add(new Furniture(f.text(), spans.of(List.of(f))));
        }
        for (Unit f : result.fragments()) {
            builder.unassigned.add(new Unassigned("text", f.text(), spans.of(List.of(f))));
        }
        String tag = zh ? Scripts.tag(text) : "en";
        return new Proposal(zh ? "zh" : "en", builder.articles, furniture, builder.unassigned, tag, null);
    }
}
