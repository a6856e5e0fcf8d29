package org.galley.importing.layout;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.galley.common.Hashes;
import org.galley.common.UserFacingException;
import org.galley.layout.PageImage;

/**
 * The image shown beside a page's text. An uploaded JPEG or PNG is kept as it is when it is of a screen-friendly
 * size; a TIFF, or an image larger than {@link #MAX_SIDE} pixels on a side, is decoded (subsampled while reading,
 * so memory stays bounded) and stored as PNG (black and white scans) or JPEG. The pixel count is read from the
 * header before anything is decoded: above {@link #MAX_PIXELS} the image is refused. An image whose shape is not
 * the page's (another page's scan) is refused too. A PDF page without an image is rendered.
 */
public final class PageImages {

    public static final long MAX_PIXELS = 100_000_000L;
    public static final int MAX_SIDE = 4000;
    /** Rendered PDF pages: screen resolution, and no taller than this. */
    static final float RENDER_DPI = 150;
    static final int RENDER_MAX_HEIGHT = 2500;
    /** How far an image's width/height ratio may differ from the page's (scans are cropped a little differently). */
    static final double ASPECT_TOLERANCE = 0.01;

    private PageImages() {
    }

    /** JPEG, PNG or TIFF, by their first bytes. */
    public static boolean isImage(byte[] b) {
        return b.length >= 4 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G')
                || (b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0)
                || (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42));
    }

    /** JPEG 2000 (NDNP's service copies): not readable here, so left aside when a page has it. */
    public static boolean isJpeg2000(byte[] b) {
        return (b.length >= 12 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0x0C && b[4] == 'j' && b[5] == 'P')
                || (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0x4F && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x51);
    }

    /** An uploaded image for a page of the given size (any unit: only the shape is compared). */
    public static PageImage uploaded(String fileName, byte[] bytes, double pageWidth, double pageHeight) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UserFacingException("import.error.imageBroken", fileName);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw UserFacingException.tooLarge("import.error.imageHuge", fileName, width, height, MAX_PIXELS / 1_000_000);
                }
                double imageShape = (double) width / height;
                double pageShape = pageWidth / pageHeight;
                if (Math.abs(imageShape - pageShape) / pageShape > ASPECT_TOLERANCE) {
                    throw new UserFacingException("import.error.imageShape", fileName, width, height,
                            String.format(java.util.Locale.ROOT, "%.3f", imageShape), String.format(java.util.Locale.ROOT, "%.3f", pageShape));
                }
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                boolean web = format.equals("jpeg") || format.equals("png");
                if (web && Math.max(width, height) <= MAX_SIDE) {
                    return new PageImage(format.equals("png") ? "image/png" : "image/jpeg", width, height, bytes,
                            Hashes.sha256(bytes), PageImage.Origin.UPLOADED);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.max(width, height) / (double) MAX_SIDE);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                return encode(image, PageImage.Origin.UPLOADED);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException u) {
                throw u;
            }
            throw new UserFacingException("import.error.imageBroken", fileName);
        }
    }

    /**
     * Renders a PDF page at screen resolution (at most {@link #RENDER_MAX_HEIGHT} pixels tall). A PDF can hold an
     * image of any size, which the renderer would decode whole: the renderer measures every image it is about to
     * draw (XObjects in forms too, inline images, patterns, annotations, and their masks) from its dictionary, and
     * one above {@link #MAX_PIXELS} refuses the page before it is decoded; it may also subsample.
     */
    public static PageImage render(String fileName, PDDocument doc, int pageIndex) {
        PDPage page = doc.getPage(pageIndex);
        PDRectangle box = page.getCropBox();
        float heightInches = Math.max(box.getWidth(), box.getHeight()) / 72f;
        float dpi = Math.min(RENDER_DPI, RENDER_MAX_HEIGHT / heightInches);
        try {
            PDFRenderer renderer = new GuardedRenderer(doc);
            renderer.setSubsamplingAllowed(true);
            BufferedImage image = renderer.renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
            return encode(image, PageImage.Origin.RENDERED);
        } catch (HugeImage e) {
            throw UserFacingException.tooLarge("import.error.pdfImageHuge", fileName, e.width, e.height, pageIndex + 1,
                    MAX_PIXELS / 1_000_000);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("import.error.pdfBroken", fileName);
        }
    }

    /** An image in the PDF larger than {@link #MAX_PIXELS}, found before it was decoded. */
    private static final class HugeImage extends RuntimeException {
        final long width;
        final long height;

        HugeImage(long width, long height) {
            super(null, null, false, false);
            this.width = width;
            this.height = height;
        }
    }

    private static void check(PDImage image) throws IOException {
        if (image == null) {
            return;
        }
        long w = image.getWidth();
        long h = image.getHeight();
        if (w * h > MAX_PIXELS || w < 0 || h < 0) {
            throw new HugeImage(w, h);
        }
        if (image instanceof PDImageXObject x) {
            // A soft mask or stencil mask is decoded at its own size, whatever the image's.
            check(x.getSoftMask());
            check(x.getMask());
        }
    }

    /** Checks each image's size (from its dictionary) just before the renderer would decode it. */
    private static final class GuardedRenderer extends PDFRenderer {
        GuardedRenderer(PDDocument doc) {
            super(doc);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                public void drawImage(PDImage image) throws IOException {
                    check(image);
                    super.drawImage(image);
                }
            };
        }
    }

    private static PageImage encode(BufferedImage image, PageImage.Origin origin) throws IOException {
        BufferedImage fit = image;
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest > MAX_SIDE) {
            double f = MAX_SIDE / (double) longest;
            fit = scaled(image, Math.max(1, (int) Math.round(image.getWidth() * f)), Math.max(1, (int) Math.round(image.getHeight() * f)));
        }
        // Black-and-white scans compress far better losslessly; everything else as JPEG.
        boolean bilevel = fit.getType() == BufferedImage.TYPE_BYTE_BINARY && fit.getColorModel().getPixelSize() == 1;
        if (!bilevel && fit.getType() != BufferedImage.TYPE_INT_RGB && fit.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            fit = scaled(fit, fit.getWidth(), fit.getHeight());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String format = bilevel ? "png" : "jpeg";
        if (!ImageIO.write(fit, format, out)) {
            throw new IOException("no " + format + " writer");
        }
        byte[] bytes = out.toByteArray();
        return new PageImage(bilevel ? "image/png" : "image/jpeg", fit.getWidth(), fit.getHeight(), bytes,
                Hashes.sha256(bytes), origin);
    }

    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
