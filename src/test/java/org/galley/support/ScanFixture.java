package org.galley.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.galley.common.Hashes;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.NewIssue;
import org.galley.layout.LaidOutPage;
import org.galley.layout.LayoutService;
import org.galley.layout.LineBox;
import org.galley.layout.PageImage;
import org.galley.layout.SourceFile;
import org.galley.layout.WordBox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page with layout and a scan, as an import from ALTO would leave it: the page text imported as usual, then
 * one box per non-blank line (pixels of a generated image on which the lines are drawn where their boxes say)
 * stored through {@link LayoutService#store}.
 */
@Component
public class ScanFixture {

    public static final String TEXT = """
            THE PARK RECORD
            Friday, August 2, 1935

            MINERS RETURN TO WORK AT SILVER KING
            Park City, Aug. 1.-Three hundred miners went back to work this morning at the
            Silver King mine after a stoppage of two weeks. The company agreed to review
            the wage scale before the first of September, and the men voted to accept.
            Officials said the mill would run at full capacity by the middle of next week.

            COUNTY FAIR OPENS NEXT THURSDAY
            Coalville, Aug. 1.-The Summit county fair will open next Thursday with the
            largest list of exhibits in its history. Cattle, sheep and farm products
            will be shown in the new pavilion built by the county this spring.
            """;

    public record Page(long issueId, long pageId, List<String> lines, List<LineBox> boxes, int width, int height) {
        public LineBox box(int line) {
            return boxes.stream().filter(b -> b.line() == line).findFirst().orElseThrow();
        }
    }

    private final ImportService importer;
    private final LayoutService layout;
    private final TransactionTemplate tx;

    ScanFixture(ImportService importer, LayoutService layout, TransactionTemplate tx) {
        this.importer = importer;
        this.layout = layout;
        this.tx = tx;
    }

    /** The page at {@code scale} (1: 1700×2200 pixels; 2: a scan-sized 3400×4400 with paper grain). */
    public Page create(int scale, boolean withImage) {
        ImportResult imported = TestData.asUser("scan-importer", "ROLE_CORRECTOR", () -> importer.importIssue(
                new NewIssue("Scan " + UUID.randomUUID(), LocalDate.of(1935, 8, 2), "", null, "en"),
                List.of(new PageFile("0001.txt", TEXT.getBytes(StandardCharsets.UTF_8))), null));
        long pageId = imported.pageIds().get(0);
        List<String> lines = TEXT.lines().toList();
        int width = 1700 * scale;
        int height = 2200 * scale;
        List<LineBox> boxes = boxes(lines, scale);
        PageImage image = withImage ? image(lines, boxes, width, height, scale) : null;
        byte[] alto = "<alto/>".getBytes(StandardCharsets.UTF_8);
        TestData.asUser("scan-importer", "ROLE_CORRECTOR", () -> tx.execute(s -> {
            layout.store(pageId, new LaidOutPage(new SourceFile("ALTO", "0001.xml", "application/xml", alto,
                    Hashes.sha256(alto)), "pixel", width, height, boxes, image));
            return null;
        }));
        return new Page(imported.issueId(), pageId, lines, boxes, width, height);
    }

    /** The same page imported as plain text, without layout or image. */
    public Page createWithoutLayout() {
        ImportResult imported = TestData.asUser("scan-importer", "ROLE_CORRECTOR", () -> importer.importIssue(
                new NewIssue("Plain " + UUID.randomUUID(), LocalDate.of(1935, 8, 2), "", null, "en"),
                List.of(new PageFile("0001.txt", TEXT.getBytes(StandardCharsets.UTF_8))), null));
        return new Page(imported.issueId(), imported.pageIds().get(0), TEXT.lines().toList(), List.of(), 0, 0);
    }

    /** Lines one under the other; the second column of the page starts with the second article. */
    static List<LineBox> boxes(List<String> lines, int scale) {
        List<LineBox> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            double x = 80.0 * scale;
            double y = (80.0 + i * 70) * scale;
            double h = 44.0 * scale;
            double charWidth = 19.0 * scale;
            List<WordBox> words = new ArrayList<>();
            double at = x;
            for (String w : text.split(" ")) {
                words.add(new WordBox(w, at, y, w.length() * charWidth, h));
                at += (w.length() + 1) * charWidth;
            }
            out.add(new LineBox(i + 1, x, y, text.length() * charWidth, h, i < 2 ? 12.0 : 9.0,
                    "TB" + (i < 3 ? 1 : i < 9 ? 2 : 3), words));
        }
        return out;
    }

    static PageImage image(List<String> lines, List<LineBox> boxes, int width, int height, int scale) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(236, 232, 220));
        g.fillRect(0, 0, width, height);
        if (scale > 1) {
            // Paper grain, so the JPEG is as heavy as a real scan's (a flat page compresses to almost nothing).
            Random r = new Random(1935);
            for (int y = 0; y < height; y += 2) {
                for (int x = 0; x < width; x += 2) {
                    int v = 215 + r.nextInt(35);
                    img.getRaster().setSample(x, y, 0, v);
                }
            }
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 31 * scale));
        for (LineBox b : boxes) {
            g.drawString(lines.get(b.line() - 1), (float) b.x(), (float) (b.y() + b.height() * 0.8));
        }
        g.dispose();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(img, "jpeg", bytes);
            byte[] jpeg = bytes.toByteArray();
            return new PageImage("image/jpeg", width, height, jpeg, Hashes.sha256(jpeg), PageImage.Origin.UPLOADED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
