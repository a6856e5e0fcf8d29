package org.galley.importing.layout;

import java.util.ArrayList;
import java.util.List;
import org.galley.common.text.XmlText;
import org.galley.layout.LineBox;
import org.galley.layout.WordBox;
import org.galley.segment.LineGeometry;

/**
 * Writes blocks in reading order as a page's raw text: one raw line per source line, a blank line between
 * blocks (so the text segmenter still sees where a block ends), and the box of every non-blank raw line.
 */
final class PageText {

    private PageText() {
    }

    static ReadPage write(SourcePage page, List<SourceBlock> ordered) {
        StringBuilder text = new StringBuilder();
        List<LineBox> boxes = new ArrayList<>();
        List<LineGeometry> geometry = new ArrayList<>();
        int line = 0;
        for (SourceBlock block : ordered) {
            List<SourceLine> lines = block.lines().stream().filter(l -> !clean(l.text()).isBlank()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (line > 0) {
                text.append('\n');
                geometry.add(null);
                line++;
            }
            for (SourceLine l : lines) {
                if (line > 0) {
                    text.append('\n');
                }
                text.append(clean(l.text()));
                line++;
                boxes.add(new LineBox(line, l.x(), l.y(), l.width(), l.height(), l.fontSize(), block.id(), words(l.words())));
                geometry.add(new LineGeometry(l.x(), l.y(), l.width(), l.height(), l.sizeHint(), block.id()));
            }
        }
        return new ReadPage(page.format(), page.unit(), page.width(), page.height(), text.toString(), boxes, geometry);
    }

    /**
     * Word texts cleaned like the line's: a control character (XML 1.1 allows &#x1;, a PDF text layer may hold
     * U+0000, which PostgreSQL's jsonb refuses) is dropped; a word left empty is dropped with its box.
     */
    static List<WordBox> words(List<WordBox> words) {
        List<WordBox> out = new ArrayList<>(words.size());
        for (WordBox w : words) {
            String text = clean(w.text());
            if (!text.isEmpty()) {
                out.add(text.equals(w.text()) ? w : new WordBox(text, w.x(), w.y(), w.width(), w.height()));
            }
        }
        return out;
    }

    /** A raw line is one line: breaks and tabs inside a source line become spaces; what XML cannot hold goes. */
    static String clean(String s) {
        String one = s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ')
                .replace('\u2028', ' ').replace('\u2029', ' ').replace('\u0085', ' ');
        return XmlText.strip(one).strip().replaceAll(" {2,}", " ");
    }
}
