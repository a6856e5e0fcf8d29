package org.galley.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.galley.editor.PageLayout;
import org.galley.editor.PageLayout.LineRole;

/**
 * The raw page, one light DOM element per line (number, role, text), tinted by the owning article. Built as
 * plain elements rather than components: a 425-line page renders in a few milliseconds.
 */
public class RawPage extends Div {

    private final List<Element> lineElements = new ArrayList<>();

    RawPage() {
        addClassName("galley-raw");
        setId("raw-page");
    }

    /**
     * Shows the page. The raw text never changes, so after the first time only the owners and roles are updated
     * in place: Flow sends just the attributes that changed, not the page again.
     */
    void show(PageLayout layout, Map<Long, Integer> hues) {
        if (lineElements.size() != layout.lines().size()) {
            build(layout.lines());
        }
        Map<PageLayout.Role, String> roleLabels = new HashMap<>();
        for (PageLayout.Role r : PageLayout.Role.values()) {
            roleLabels.put(r, r == PageLayout.Role.BLANK ? "" : getTranslation("role.line." + r.name()));
        }
        for (int i = 0; i < lineElements.size(); i++) {
            LineRole role = layout.roles().get(i);
            Element line = lineElements.get(i);
            line.setAttribute("class", "gl r-" + role.role().name().toLowerCase());
            if (role.articleId() != null) {
                line.setAttribute("data-article-id", String.valueOf(role.articleId()));
                line.getStyle().set("--hue", String.valueOf(hues.getOrDefault(role.articleId(), 0)));
            } else {
                line.removeAttribute("data-article-id");
                line.getStyle().remove("--hue");
            }
            Element label = line.getChild(1);
            if (!roleLabels.get(role.role()).equals(label.getText())) {
                label.setText(roleLabels.get(role.role()));
            }
        }
    }

    private void build(java.util.List<String> lines) {
        getElement().removeAllChildren();
        lineElements.clear();
        for (int i = 0; i < lines.size(); i++) {
            Element line = new Element("div");
            // A stable hook for browser tests and later checks: the 1-based line number.
            line.setAttribute("data-line", String.valueOf(i + 1));
            Element n = new Element("span");
            n.setAttribute("class", "n");
            n.setText(String.valueOf(i + 1));
            Element label = new Element("span");
            label.setAttribute("class", "role");
            Element text = new Element("span");
            text.setAttribute("class", "t");
            text.setText(lines.get(i));
            line.appendChild(n, label, text);
            getElement().appendChild(line);
            lineElements.add(line);
        }
    }

    /** Marks the lines of the selected article and the selected line range. */
    void highlight(Long articleId, int first, int last) {
        for (int i = 0; i < lineElements.size(); i++) {
            Element line = lineElements.get(i);
            String owner = line.getAttribute("data-article-id");
            line.getClassList().set("sel", articleId != null && String.valueOf(articleId).equals(owner));
            line.getClassList().set("pick", first > 0 && i + 1 >= first && i + 1 <= last);
        }
    }

    /** Calls back with the clicked line number (1-based) and whether Shift was held. */
    void onLineClick(LineClick handler) {
        getElement().addEventListener("click", e -> {
            int n = (int) e.getEventData().getNumber("event.target.closest('.gl') ? parseInt(event.target.closest('.gl').dataset.line) : -1");
            boolean shift = e.getEventData().getBoolean("event.shiftKey");
            if (n > 0) {
                handler.clicked(n, shift);
            }
        }).addEventData("event.target.closest('.gl') ? parseInt(event.target.closest('.gl').dataset.line) : -1")
                .addEventData("event.shiftKey");
    }

    /** Scrolls the raw page so that the line is in view (selecting a card, or opening {@code ?article=}). */
    void scrollTo(int line) {
        getElement().executeJs("const l = this.querySelector('[data-line=\"' + $0 + '\"]'); if (l) { l.scrollIntoView({block: 'start'}); }", line);
    }

    interface LineClick {
        void clicked(int line, boolean shift);
    }

}
