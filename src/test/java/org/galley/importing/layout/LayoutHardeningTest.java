package org.galley.importing.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.galley.common.UserFacingException;
import org.galley.layout.LineBox;
import org.galley.layout.WordBox;
import org.junit.jupiter.api.Test;

/** Hostile layout files, generated here: refused with a clear message, or read without losing or breaking anything. */
class LayoutHardeningTest {

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String alto(String prolog, String page, String line, String content) {
        return prolog + "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v3#\"><Layout><Page " + page + "><PrintSpace>"
                + "<TextBlock ID=\"TB1\"><TextLine " + line + "><String CONTENT=\"" + content
                + "\" HPOS=\"0\" VPOS=\"0\" WIDTH=\"20\" HEIGHT=\"10\"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>";
    }

    static String hocr(String wordBox) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head><body>"
                + "<div class=\"ocr_page\" title=\"bbox 0 0 100 100\"><div class=\"ocr_carea\" id=\"b1\"><p class=\"ocr_par\" id=\"p1\">"
                + "<span class=\"ocr_line\" title=\"bbox 0 0 50 20\"><span class=\"ocrx_word\" title=\"" + wordBox
                + "\">Word</span></span></p></div></div></body></html>";
    }

    static void refused(String name, String content, String key) {
        assertThatThrownBy(() -> LayoutReaders.read(name, utf8(content)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void anHocrWordWithAnInfiniteBoxIsRefused() {
        assertThat(LayoutReaders.read("p.hocr", utf8(hocr("bbox 0 0 40 20")))).hasSize(1);
        refused("p.hocr", hocr("bbox 0 0 1e999 20"), "import.error.coordinates");
    }

    @Test
    void anAltoLineAtNotANumberIsRefused() {
        refused("p.xml", alto("", "WIDTH=\"100\" HEIGHT=\"100\"", "HPOS=\"NaN\" VPOS=\"0\" WIDTH=\"50\" HEIGHT=\"10\"", "Word"),
                "import.error.coordinates");
        refused("p.xml", alto("", "WIDTH=\"100\" HEIGHT=\"100\"", "HPOS=\"0\" VPOS=\"1e12\" WIDTH=\"50\" HEIGHT=\"10\"", "Word"),
                "import.error.coordinates");
    }

    @Test
    void aPageXmlPointAtInfinityIsRefused() {
        String page = "<PcGts xmlns=\"http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15\"><Page imageWidth=\"100\" imageHeight=\"100\">"
                + "<TextRegion id=\"r1\"><TextLine id=\"l1\"><Coords points=\"0,0 1e999,0 1e999,10 0,10\"/>"
                + "<TextEquiv><Unicode>Word</Unicode></TextEquiv></TextLine></TextRegion></Page></PcGts>";
        refused("p.xml", page, "import.error.coordinates");
    }

    @Test
    void billionLaughsWithoutAnXmlDeclarationIsRefusedAsEntities() {
        String laughs = "<!DOCTYPE alto [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + alto("", "WIDTH=\"100\" HEIGHT=\"100\"", "HPOS=\"0\" VPOS=\"0\" WIDTH=\"50\" HEIGHT=\"10\"", "&b;");
        refused("p.xml", laughs, "import.error.xmlEntities");
    }

    @Test
    void anUnusedInternalSubsetIsRefusedWithOrWithoutAnXmlDeclaration() {
        String body = alto("", "WIDTH=\"100\" HEIGHT=\"100\"", "HPOS=\"0\" VPOS=\"0\" WIDTH=\"50\" HEIGHT=\"10\"", "Word");
        refused("p.xml", "<!DOCTYPE alto [<!ENTITY a \"a\">]>" + body, "import.error.xmlEntities");
        refused("p.xml", "<?xml version=\"1.0\"?><!DOCTYPE alto [<!ENTITY a \"a\">]>" + body, "import.error.xmlEntities");
        // A doctype naming an external DTD only (as XHTML hOCR does) is still read, the DTD never fetched.
        assertThat(LayoutReaders.read("p.xml", utf8("<!DOCTYPE alto SYSTEM \"http://example.invalid/alto.dtd\">" + body))).hasSize(1);
    }

    @Test
    void controlCharactersAreDroppedFromWordsOfAnXml11Alto() {
        String alto = alto("<?xml version=\"1.1\" encoding=\"UTF-8\"?>", "WIDTH=\"100\" HEIGHT=\"100\"",
                "HPOS=\"0\" VPOS=\"0\" WIDTH=\"50\" HEIGHT=\"10\"", "Wo&#x1;rd");
        ReadPage page = LayoutReaders.read("p.xml", utf8(alto)).get(0);
        assertThat(page.text()).isEqualTo("Word");
        assertThat(page.lines().get(0).words()).extracting(WordBox::text).containsExactly("Word");
    }

    @Test
    void aNulCharacterInAWordIsDropped() {
        SourceLine line = new SourceLine("ab\u0000c d", 0, 0, 50, 10, null, 10,
                List.of(new WordBox("ab\u0000c", 0, 0, 20, 10), new WordBox("\u0000", 25, 0, 5, 10), new WordBox("d", 30, 0, 5, 10)));
        SourcePage source = new SourcePage(LayoutFormat.PDF, "pt", 100, 100, List.of(new SourceBlock("p1", List.of(line))), true);
        ReadPage page = LayoutReaders.inOrder(source);
        assertThat(page.lines().get(0).words()).extracting(WordBox::text).containsExactly("abc", "d");
    }

    @Test
    void anAltoPageWithoutAnyExtentIsRefused() {
        refused("p.xml", alto("", "ID=\"P1\"", "HPOS=\"0\" VPOS=\"0\" WIDTH=\"0\" HEIGHT=\"0\"", "Word")
                .replace("HPOS=\"0\" VPOS=\"0\" WIDTH=\"20\" HEIGHT=\"10\"", "HPOS=\"0\" VPOS=\"0\" WIDTH=\"0\" HEIGHT=\"0\""),
                "import.error.noPageSize");
    }

    @Test
    void pageXmlRegionsWithRepeatedOrMissingIdsKeepAllTheirLines() {
        String page = "<PcGts xmlns=\"http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15\"><Page imageWidth=\"1000\" imageHeight=\"1000\">"
                + region(null, 0, "First region without id")
                + region("r1", 100, "Second region called r1")
                + region("r1", 200, "Third region called r1 again")
                + "</Page></PcGts>";
        ReadPage read = LayoutReaders.read("p.xml", utf8(page)).get(0);
        assertThat(read.text().lines().filter(l -> !l.isBlank()).toList())
                .containsExactly("First region without id", "Second region called r1", "Third region called r1 again");
        assertThat(read.lines().stream().map(LineBox::blockId).distinct().count()).isEqualTo(3);
    }

    static String region(String id, int y, String text) {
        return "<TextRegion" + (id == null ? "" : " id=\"" + id + "\"") + "><TextLine><Coords points=\"10," + y + " 500," + y
                + " 500," + (y + 20) + " 10," + (y + 20) + "\"/><TextEquiv><Unicode>" + text + "</Unicode></TextEquiv></TextLine></TextRegion>";
    }

    @Test
    void plainTextMentioningLayoutFormatsIsNotTakenForThem() {
        assertThat(LayoutFormat.detect(utf8("Notes on hOCR: the class ocr_page marks a page.\n"))).isNull();
        assertThat(LayoutFormat.detect(utf8("ALTO lives at http://www.loc.gov/standards/alto/ns-v3# and <alto> is its root.\n"))).isNull();
        assertThat(LayoutFormat.isMets(utf8("See http://www.loc.gov/METS/ for <mets> files.\n"))).isFalse();
        // The real thing, behind a declaration, a comment and a doctype, still is.
        assertThat(LayoutFormat.detect(utf8("\uFEFF<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x.dtd\">\n"
                + hocr("bbox 0 0 40 20")))).isEqualTo(LayoutFormat.HOCR);
        assertThat(LayoutFormat.detect(utf8(alto("<?xml version=\"1.0\"?>", "", "", "x")))).isEqualTo(LayoutFormat.ALTO);
    }

    /** Block k: for even k a bar x=[k,N], y=[k,k+1]; for odd k a bar x=[k,k+1], y=[k,N]: every cut peels one block. */
    static List<SourceBlock> spiral(int n) {
        List<SourceBlock> blocks = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            SourceLine line = k % 2 == 0 ? new SourceLine("b" + k, k, k, n - k, 1, null, 10, null)
                    : new SourceLine("b" + k, k, k, 1, n - k, null, 10, null);
            blocks.add(new SourceBlock("b" + k, List.of(line)));
        }
        return blocks;
    }

    @Test
    void aSpiralOfTwentyThousandBlocksIsOrderedQuicklyWithEveryBlockOnce() {
        int n = 20_000;
        List<SourceBlock> blocks = spiral(n);
        List<SourceBlock> ordered = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ReadingOrder.order(blocks, n, n));
        assertThat(ordered).hasSize(n);
        Set<String> ids = new HashSet<>();
        ordered.forEach(b -> ids.add(b.id()));
        assertThat(ids).hasSize(n);
    }
}
