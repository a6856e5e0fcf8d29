package org.galley.editor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.galley.layout.LayoutService;
import org.galley.layout.LineBox;
import org.galley.layout.PageGeometry;
import org.galley.layout.PageImage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The scan shown beside the raw text: what the page editor needs to draw it (the lines' boxes, whether there is
 * an image) and the image itself as a screen-size JPEG. Scans are several megabytes and thousands of pixels
 * high; a copy scaled to {@link #SCREEN_SIDE} is derived on first request and kept in memory (page images never
 * change, so the page id is a safe key), so opening a page sends a few hundred kilobytes. The original is sent
 * only when the user zooms in beyond the copy's resolution.
 */
@Service
public class PageScans {

    /** Longest side of the screen copy, in pixels: sharp at fit width on a large screen, and at 2× on most. */
    public static final int SCREEN_SIDE = 1800;
    /** How much memory the scaled copies may take (a screen copy is 150–400 KB). */
    static final long CACHE_BYTES = 64L * 1024 * 1024;

    /** What the editor draws: the page's coordinate space and line boxes (null without layout), and whether an image exists. */
    public record Scan(PageGeometry geometry, boolean hasImage) {
    }

    /** An image to send: its media type, bytes and pixel size. */
    public record ScanImage(String mediaType, byte[] bytes, int width, int height) {
    }

    private record Key(long pageId, boolean full) {
    }

    private final LayoutService layout;
    private final Cache<Key, ScanImage> copies = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES).weigher((Key k, ScanImage v) -> v.bytes().length).build();

    PageScans(LayoutService layout) {
        this.layout = layout;
    }

    /** The page's scan, or empty when it has neither layout nor image (a page imported as plain text). */
    @PreAuthorize("hasRole('CORRECTOR')")
    public Optional<Scan> scan(long pageId) {
        boolean image = layout.hasImage(pageId);
        PageGeometry geometry = layout.geometry(pageId).orElse(null);
        return image || geometry != null ? Optional.of(new Scan(geometry, image)) : Optional.empty();
    }

    /**
     * The page image: the screen copy, or with {@code full} the original. Rights are checked on every call,
     * before the cache is consulted.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    public Optional<ScanImage> image(long pageId, boolean full) {
        Key key = new Key(pageId, full);
        ScanImage cached = copies.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PageImage> original = layout.image(pageId);
        if (original.isEmpty()) {
            return Optional.empty();
        }
        PageImage o = original.get();
        ScanImage made = full || Math.max(o.width(), o.height()) <= SCREEN_SIDE
                ? new ScanImage(o.mediaType(), o.bytes(), o.width(), o.height())
                : scaled(o.bytes(), SCREEN_SIDE);
        // The original stays in the database; only derived copies are worth the memory.
        if (!full) {
            copies.put(key, made);
        }
        return Optional.of(made);
    }

    /** A JPEG whose longer side is {@code side} pixels. */
    static ScanImage scaled(byte[] image, int side) {
        try {
            BufferedImage in = ImageIO.read(new ByteArrayInputStream(image));
            if (in == null) {
                throw new IllegalStateException("stored page image cannot be decoded");
            }
            double f = (double) side / Math.max(in.getWidth(), in.getHeight());
            int w = Math.max(1, (int) Math.round(in.getWidth() * f));
            int h = Math.max(1, (int) Math.round(in.getHeight() * f));
            boolean gray = in.getColorModel().getNumComponents() == 1;
            BufferedImage out = new BufferedImage(w, h, gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            // Bilinear is enough for a factor of 2 or less; area averaging (better for print) costs 10× the time.
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(in, 0, 0, w, h, java.awt.Color.WHITE, null);
            g.dispose();
            return new ScanImage("image/jpeg", jpeg(out), w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(image, null, null), p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The raw line under a point of the page, given as fractions of the page's width and height (what a click
     * on the image reports, whatever its zoom): the smallest box holding the point, or failing that the nearest
     * box no further away than its own height (a click between two lines, or on a letter's edge).
     */
    public static OptionalInt lineAt(PageGeometry g, double fx, double fy) {
        double x = fx * g.width();
        double y = fy * g.height();
        LineBox best = null;
        double bestScore = Double.MAX_VALUE;
        for (LineBox b : g.lines()) {
            double dx = Math.max(Math.max(b.x() - x, 0), x - (b.x() + b.width()));
            double dy = Math.max(Math.max(b.y() - y, 0), y - (b.y() + b.height()));
            double distance = Math.hypot(dx, dy);
            // Inside: rank by area, so a line inside a larger overlapping box wins; outside: by distance.
            double score = distance == 0 ? -1.0 / (1 + b.width() * b.height()) : distance;
            if (distance <= Math.max(b.height(), 1) && score < bestScore) {
                best = b;
                bestScore = score;
            }
        }
        return best == null ? OptionalInt.empty() : OptionalInt.of(best.line());
    }

}
