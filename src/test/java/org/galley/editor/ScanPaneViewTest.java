package org.galley.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import org.galley.article.Article;
import org.galley.article.LineRef;
import org.galley.editor.ui.PageEditorView;
import org.galley.layout.LineBox;
import org.galley.security.Role;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.galley.support.ScanFixture;
import org.galley.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** The scan beside the raw lines: there with a page image, absent without; clicks on it pick lines. */
@IntegrationTest
@ExtendWith(KaribuViews.class)
class ScanPaneViewTest {

    @Autowired
    ScanFixture scans;
    @Autowired
    TestData data;

    @BeforeEach
    void setUp() {
        Karibu.login("corrector", Role.CORRECTOR);
    }

    PageEditorView open(long pageId) {
        UI.getCurrent().navigate("pages/" + pageId);
        return _get(PageEditorView.class);
    }

    static List<Element> boxes(PageEditorView view) {
        return view.scan.getElement().getChild(0).getChild(1).getChildren().toList();
    }

    @Test
    void aPageWithAnImageShowsItBesideTheLinesWithABoxPerPlacedLine() {
        ScanFixture.Page page = scans.create(1, true);
        PageEditorView view = open(page.pageId());
        assertThat(view.scan.isVisible()).isTrue();
        Element img = view.scan.getElement().getChild(0).getChild(0);
        assertThat(img.getTag()).isEqualTo("img");
        assertThat(img.getAttribute("src")).as("served by a download handler").isNotBlank();
        assertThat(boxes(view)).hasSize(page.boxes().size());
        LineBox fourth = page.box(4);
        Element box = boxes(view).stream().filter(b -> "4".equals(b.getAttribute("data-line"))).findFirst().orElseThrow();
        assertThat(box.getStyle().get("left")).isEqualTo(String.format(java.util.Locale.ROOT, "%.4f%%", 100 * fourth.x() / page.width()));
        assertThat(box.getStyle().get("top")).isEqualTo(String.format(java.util.Locale.ROOT, "%.4f%%", 100 * fourth.y() / page.height()));
    }

    @Test
    void aPlainTextPageHasNoScanPane() {
        long pageId = data.issueWithArticles(TestData.content("Plain", "text only")).pageId();
        PageEditorView view = open(pageId);
        assertThat(view.scan.isVisible()).isFalse();
        assertThat(boxes(view)).isEmpty();
    }

    @Test
    void clickingALineOutlinesItsBoxAndSelectingAnArticleOutlinesItsLines() {
        ScanFixture.Page page = scans.create(1, true);
        PageEditorView view = open(page.pageId());
        Article first = view.layout.articles().get(0);
        int line = first.content().lines().get(0).first();
        view.lineClicked(line, false);
        assertThat(boxes(view)).filteredOn(b -> b.getClassList().contains("pick"))
                .extracting(b -> b.getAttribute("data-line")).containsExactly(String.valueOf(line));
        view.select(first.id());
        List<String> owned = first.content().lines().stream().filter(r -> r.pageId() == page.pageId())
                .flatMap(r -> java.util.stream.IntStream.rangeClosed(r.first(), r.last()).boxed())
                .filter(n -> !page.lines().get(n - 1).isBlank()).map(String::valueOf).toList();
        assertThat(owned).hasSizeGreaterThan(1);
        assertThat(boxes(view)).filteredOn(b -> b.getClassList().contains("sel"))
                .extracting(b -> b.getAttribute("data-line")).containsExactlyInAnyOrderElementsOf(owned);
    }

    @Test
    void aClickOnTheImagePicksTheLineUnderThePointerAndSelectsItsArticle() {
        ScanFixture.Page page = scans.create(1, true);
        PageEditorView view = open(page.pageId());
        Article second = view.layout.articles().get(view.layout.articles().size() - 1);
        LineRef ref = second.content().lines().get(0);
        LineBox target = page.box(ref.last());
        JsonObject detail = Json.createObject();
        detail.put("event.detail.x", (target.x() + target.width() / 2) / page.width());
        detail.put("event.detail.y", (target.y() + target.height() / 2) / page.height());
        detail.put("event.detail.shift", false);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(view.scan, "galley-scan-click", detail);
        assertThat(view.current()).map(Article::id).contains(second.id());
        assertThat(view.raw.getElement().getChildren().filter(l -> l.getClassList().contains("pick"))
                .map(l -> l.getAttribute("data-line")).toList()).containsExactly(String.valueOf(ref.last()));
    }
}
