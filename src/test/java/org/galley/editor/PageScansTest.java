package org.galley.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.galley.layout.LineBox;
import org.galley.layout.PageGeometry;
import org.junit.jupiter.api.Test;

/** Which line a click on the scan means, and the screen copy of a large scan. */
class PageScansTest {

    static final PageGeometry PAGE = new PageGeometry(1, "inch1200", 10000, 20000, List.of(
            new LineBox(1, 1000, 1000, 4000, 200, null, null, List.of()),
            new LineBox(2, 1000, 1300, 4000, 200, null, null, List.of()),
            new LineBox(5, 6000, 1000, 3000, 200, null, null, List.of()),
            // A caption line inside a larger headline box: the smaller box is the one meant.
            new LineBox(7, 1000, 5000, 8000, 2000, null, null, List.of()),
            new LineBox(8, 2000, 5500, 1000, 150, null, null, List.of())));

    @Test
    void aPointInsideABoxPicksItsLineInWhateverColumn() {
        assertThat(PageScans.lineAt(PAGE, 0.2, 0.055)).hasValue(1);
        assertThat(PageScans.lineAt(PAGE, 0.2, 0.07)).hasValue(2);
        assertThat(PageScans.lineAt(PAGE, 0.7, 0.055)).hasValue(5);
    }

    @Test
    void theSmallestBoxHoldingThePointWins() {
        assertThat(PageScans.lineAt(PAGE, 0.25, 0.28)).hasValue(8);
        assertThat(PageScans.lineAt(PAGE, 0.6, 0.28)).hasValue(7);
    }

    @Test
    void aPointBetweenLinesTakesTheNearestAndEmptyPaperNone() {
        // 50 units below line 1 (height 200), 250 above line 2.
        assertThat(PageScans.lineAt(PAGE, 0.2, 1250.0 / 20000)).hasValue(1);
        assertThat(PageScans.lineAt(PAGE, 0.2, 0.9)).isEmpty();
        assertThat(PageScans.lineAt(PAGE, 0.95, 0.02)).isEmpty();
    }

    @Test
    void aLargeScanIsScaledToTheScreenSideAsJpeg() throws Exception {
        BufferedImage big = new BufferedImage(2400, 3600, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(big, "png", png);
        PageScans.ScanImage copy = PageScans.scaled(png.toByteArray(), PageScans.SCREEN_SIDE);
        assertThat(copy.mediaType()).isEqualTo("image/jpeg");
        assertThat(copy.height()).isEqualTo(PageScans.SCREEN_SIDE);
        assertThat(copy.width()).isEqualTo(1200);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(copy.bytes()));
        assertThat(back.getWidth()).isEqualTo(1200);
        assertThat(back.getHeight()).isEqualTo(1800);
    }
}
