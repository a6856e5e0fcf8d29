package org.galley.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.galley.editor.PageLayout;
import org.galley.editor.PageScans;
import org.galley.layout.LineBox;
import org.galley.layout.PageGeometry;
import org.springframework.security.access.AccessDeniedException;

/**
 * The page's scan beside its raw lines: the image with one box per raw line that has a position, outlined
 * when the line is picked (the primary colour) or belongs to the selected article (the article's colour).
 * Boxes are placed in percent of the page's coordinate space, so they follow the image at any zoom without a
 * round trip. Zoom (wheel, {@code +}/{@code -}) and pan (drag) run in the browser (scan-pane.js); a click that
 * is not a drag reports where on the page it landed, and the server picks the line there
 * ({@link PageScans#lineAt}). Absent when the page has neither layout nor image.
 */
public class ScanPane extends Div {

    static final String SCRIPT = script();

    private final transient PageScans scans;
    private final Div page = new Div();
    private final Element image = new Element("img");
    private final Div boxes = new Div();
    private final Map<Integer, Element> boxByLine = new HashMap<>();
    private PageGeometry geometry;
    private long shownPage = -1;

    ScanPane(PageScans scans) {
        this.scans = scans;
        setId("scan");
        addClassName("galley-scan");
        page.addClassName("galley-scan-page");
        boxes.addClassName("galley-scan-boxes");
        image.setAttribute("draggable", "false");
        page.getElement().appendChild(image);
        page.add(boxes);
        add(page);
        setVisible(false);
        addAttachListener(e -> getElement().executeJs(SCRIPT));
    }

    /**
     * The raw page and the scan side by side, with a button that switches between them where the screen is
     * too narrow for both (the CSS shows it there only).
     */
    static Div beside(Div rawScroll, ScanPane scan) {
        Div area = new Div();
        area.addClassName("galley-raw-area");
        Button toggle = new Button(area.getTranslation("editor.scan.toggle"));
        toggle.setId("scan-toggle");
        toggle.addClassName("galley-scan-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        toggle.addClickListener(e -> area.getElement().getClassList().set("scan-open", !area.getElement().getClassList().contains("scan-open")));
        area.add(toggle, rawScroll, scan);
        return area;
    }

    /** Whether the page has a scan to show. */
    public boolean shown() {
        return isVisible();
    }

    /** Shows the page's scan (read once per page: layout never changes) and colours the boxes by owner. */
    void show(long pageId, PageLayout layout, Map<Long, Integer> hues) {
        if (pageId != shownPage) {
            shownPage = pageId;
            Optional<PageScans.Scan> scan = scans.scan(pageId);
            setVisible(scan.isPresent());
            if (getElement().getParent() != null) {
                getElement().getParent().getClassList().set("with-scan", scan.isPresent());
            }
            build(pageId, scan.orElse(null), layout.page().pageNumber());
        }
        for (Map.Entry<Integer, Element> e : boxByLine.entrySet()) {
            int line = e.getKey();
            Long owner = line <= layout.roles().size() ? layout.roles().get(line - 1).articleId() : null;
            Element box = e.getValue();
            if (owner != null) {
                box.setAttribute("data-article-id", String.valueOf(owner));
                box.getStyle().set("--hue", String.valueOf(hues.getOrDefault(owner, 0)));
            } else {
                box.removeAttribute("data-article-id");
                box.getStyle().remove("--hue");
            }
        }
    }

    private void build(long pageId, PageScans.Scan scan, int pageNumber) {
        boxes.getElement().removeAllChildren();
        boxByLine.clear();
        geometry = scan == null ? null : scan.geometry();
        if (scan == null) {
            image.removeAttribute("src");
            return;
        }
        if (scan.hasImage()) {
            image.setAttribute("alt", getTranslation("editor.scan.alt", pageNumber));
            image.setAttribute("src", handler(pageId, false));
            // The original, fetched by the script only when the user zooms past the screen copy's pixels.
            image.setAttribute("data-full", handler(pageId, true));
            page.getStyle().remove("aspect-ratio");
        } else {
            // Boxes without a picture still show where each line sits.
            image.removeAttribute("src");
            page.getStyle().set("aspect-ratio", geometry.width() + " / " + geometry.height());
        }
        if (geometry == null) {
            return;
        }
        for (LineBox b : geometry.lines()) {
            Element box = new Element("div");
            box.setAttribute("class", "galley-box");
            box.setAttribute("data-line", String.valueOf(b.line()));
            box.getStyle().set("left", percent(b.x(), geometry.width())).set("top", percent(b.y(), geometry.height()))
                    .set("width", percent(b.width(), geometry.width())).set("height", percent(b.height(), geometry.height()));
            boxes.getElement().appendChild(box);
            boxByLine.put(b.line(), box);
        }
    }

    private static String percent(double v, double of) {
        return String.format(Locale.ROOT, "%.4f%%", 100 * v / of);
    }

    private DownloadHandler handler(long pageId, boolean full) {
        return event -> {
            Optional<PageScans.ScanImage> img;
            try {
                img = scans.image(pageId, full);
            } catch (AccessDeniedException e) {
                event.getResponse().setStatus(403);
                return;
            }
            if (img.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setContentType(img.get().mediaType());
            event.setContentLength(img.get().bytes().length);
            event.getResponse().setHeader("Cache-Control", "private, max-age=3600");
            event.getOutputStream().write(img.get().bytes());
        };
    }

    /** Outlines the selected article's lines and the picked range, and brings the first picked line into view. */
    void highlight(Long articleId, int first, int last) {
        if (boxByLine.isEmpty()) {
            return;
        }
        String owner = articleId == null ? null : String.valueOf(articleId);
        boxByLine.forEach((line, box) -> {
            box.getClassList().set("sel", owner != null && owner.equals(box.getAttribute("data-article-id")));
            box.getClassList().set("pick", first > 0 && line >= first && line <= last);
        });
        if (first > 0 && boxByLine.containsKey(first)) {
            getElement().executeJs("if (this.galleyScan) { this.galleyScan.reveal($0); }", first);
        }
    }

    /** Zooms in (step > 0) or out about the middle of the pane. */
    void zoom(int step) {
        if (isVisible()) {
            getElement().executeJs("if (this.galleyScan) { this.galleyScan.zoomBy($0); }", step > 0 ? 1.25 : 0.8);
        }
    }

    /** Calls back with the line under a click on the image (not a drag), and whether Shift was held. */
    void onLineClick(RawPage.LineClick handler) {
        getElement().addEventListener("galley-scan-click", e -> {
            if (geometry == null) {
                return;
            }
            double x = e.getEventData().getNumber("event.detail.x");
            double y = e.getEventData().getNumber("event.detail.y");
            PageScans.lineAt(geometry, x, y).ifPresent(line -> handler.clicked(line, e.getEventData().getBoolean("event.detail.shift")));
        }).addEventData("event.detail.x").addEventData("event.detail.y").addEventData("event.detail.shift");
    }

    private static String script() {
        try (InputStream in = ScanPane.class.getResourceAsStream("scan-pane.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
