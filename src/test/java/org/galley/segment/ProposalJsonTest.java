package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalJsonTest {

    @Test
    void writesTheSchemaWithEscapesAndUnescapedChinese() throws Exception {
        ProposedArticle a = new ProposedArticle("news", null, "标题 \"quoted\" \\ back", null,
                new Byline(List.of("张三"), List.of(), List.of("李四")), "本报讯", List.of("第一段\t\u0001", "二"), null,
                true, List.of(new LineSpan(3, 9), new LineSpan(11, 12)));
        Proposal p = new Proposal("zh", List.of(a), List.of(new Furniture("页眉", List.of(new LineSpan(1, 1)))),
                List.of(new Unassigned("byline", "■记者 王五", List.of(new LineSpan(2, 2)))));
        String json = ProposalJson.toJson(p, "page.txt");
        assertThat(json).contains("标题", "\\\"quoted\\\"", "\\\\ back", "\\t", "\\u0001", "[3, 9]");
        JsonNode n = new ObjectMapper().readTree(json);
        assertThat(n.get("source").asText()).isEqualTo("page.txt");
        JsonNode art = n.get("articles").get(0);
        assertThat(art.get("kicker").isNull()).isTrue();
        assertThat(art.get("headline").asText()).isEqualTo("标题 \"quoted\" \\ back");
        assertThat(art.get("byline").get("photographers").get(0).asText()).isEqualTo("李四");
        assertThat(art.get("paragraphs").get(0).asText()).isEqualTo("第一段\t\u0001");
        assertThat(art.get("continued").asBoolean()).isTrue();
        assertThat(art.get("lines").get(1).get(0).asInt()).isEqualTo(11);
        assertThat(n.get("furniture").get(0).get("text").asText()).isEqualTo("页眉");
        assertThat(n.get("unassigned").get(0).get("role").asText()).isEqualTo("byline");
    }

    @Test
    void emptyProposal() throws Exception {
        JsonNode n = new ObjectMapper().readTree(ProposalJson.toJson(Proposal.empty("en"), "x"));
        assertThat(n.get("articles").size()).isZero();
        assertThat(n.get("unassigned").isArray()).isTrue();
    }
}
