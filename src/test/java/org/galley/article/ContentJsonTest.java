package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentJsonTest {

    private static String resource(String name) throws Exception {
        try (var in = ContentJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsARevisionStoredBeforeSchemaVersionsExisted() throws Exception {
        // Stored exactly as revisions were before schema 2: segmenter records, plain paragraphs, lines without a page.
        ArticleContent c = ContentJson.read(resource("/article/revision-schema1.json"), 42L);
        assertThat(c.headline()).isEqualTo("我市志愿服务再获嘉兴先进");
        assertThat(c.byline().reporters()).containsExactly("李雨婷", "黄雨欣");
        assertThat(c.dateline()).isEqualTo("本报讯");
        assertThat(c.body()).hasSize(2).allSatisfy(p -> assertThat(p.role()).isEqualTo(Paragraph.BODY));
        assertThat(c.paragraphs().get(1)).isEqualTo("第二段。");
        assertThat(c.lines()).containsExactly(new LineRef(42, 3, 3), new LineRef(42, 7, 39));
    }

    @Test
    void writesSchemaTwoAndReadsItBackUnchanged() {
        ArticleContent c = new ArticleContent("news", "引题", "标题", null, new Byline(List.of("张三"), List.of(), List.of()),
                "本报讯", List.of(Paragraph.body("正文。"), new Paragraph("小标题", Paragraph.CROSSHEAD)), "图片说明", true,
                List.of(new LineRef(7, 1, 4), new LineRef(8, 2, 2)));
        String json = ContentJson.write(c);
        assertThat(json).contains("\"schemaVersion\":2").contains("\"role\":\"crosshead\"").contains("\"pageId\":8")
                .doesNotContain("segment");
        assertThat(ContentJson.read(json, 999L)).isEqualTo(c);
    }

    @Test
    void refusesUnknownFieldsAndNewerSchemasInsteadOfDroppingData() {
        assertThatThrownBy(() -> ContentJson.read("{\"schemaVersion\":2,\"kind\":\"news\",\"headlin\":\"typo\"}", 1L))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ContentJson.read("{\"schemaVersion\":3,\"kind\":\"news\"}", 1L))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("newer");
    }
}
