package org.galley.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.galley.common.Hashes;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** A page's layout is stored once, read back exactly, and cannot be changed afterwards. */
@IntegrationTest
@WithMockUser(username = "layout-editor", roles = "EDITOR")
class LayoutStoreTest {
    @Autowired
    LayoutService layout;
    @Autowired
    TestData data;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    @Test
    void storedLayoutReadsBackExactlyAndIsImmutable() {
        long pageId = data.issueWithArticles(TestData.content("Boxed", "text")).pageId();
        byte[] alto = "<alto/>".getBytes();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        LineBox first = new LineBox(1, 10.5, 20, 300, 40, 24.0, "TB1",
                List.of(new WordBox("Boxed", 10.5, 20, 120, 40), new WordBox("news", 140, 20, 170.5, 40)));
        LineBox second = new LineBox(2, 10, 70, 280, 12, null, null, List.of());
        tx.executeWithoutResult(s -> layout.store(pageId, new LaidOutPage(
                new SourceFile("ALTO", "0001.xml", "application/xml", alto, Hashes.sha256(alto)),
                "inch1200", 9600, 14400, List.of(first, second),
                new PageImage("image/png", 800, 1200, png, Hashes.sha256(png), PageImage.Origin.UPLOADED))));

        PageGeometry g = layout.geometry(pageId).orElseThrow();
        assertThat(g.unit()).isEqualTo("inch1200");
        assertThat(g.width()).isEqualTo(9600);
        assertThat(g.lines()).containsExactly(first, second);
        assertThat(layout.source(pageId).orElseThrow().bytes()).isEqualTo(alto);
        assertThat(layout.image(pageId).orElseThrow().bytes()).isEqualTo(png);
        assertThat(layout.hasImage(pageId)).isTrue();

        assertThatThrownBy(() -> jdbc.sql("update page_line_box set x = 0 where page_id = :p").param("p", pageId).update())
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from page_image where page_id = :p").param("p", pageId).update())
                .hasMessageContaining("immutable");
    }

    @Test
    void aPageWithoutLayoutHasNone() {
        long pageId = data.issueWithArticles(TestData.content("Plain", "text")).pageId();
        assertThat(layout.geometry(pageId)).isEmpty();
        assertThat(layout.hasImage(pageId)).isFalse();
        assertThat(layout.source(pageId)).isEmpty();
    }
}
