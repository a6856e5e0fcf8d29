package org.galley.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LayoutRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<Object>>> WORDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    LayoutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertSource(long pageId, SourceFile s) {
        jdbc.sql("""
                        insert into page_source (page_id, format, file_name, media_type, sha256, bytes)
                        values (:page, :format, :name, :type, :sha, :bytes)""")
                .param("page", pageId).param("format", s.format()).param("name", s.fileName())
                .param("type", s.mediaType()).param("sha", s.sha256()).param("bytes", s.bytes()).update();
    }

    void insertGeometry(long pageId, String unit, double width, double height) {
        jdbc.sql("insert into page_geometry (page_id, unit, width, height) values (:page, :unit, :w, :h)")
                .param("page", pageId).param("unit", unit).param("w", width).param("h", height).update();
    }

    void insertLine(long pageId, LineBox b) {
        jdbc.sql("""
                        insert into page_line_box (page_id, line, x, y, width, height, font_size, block_id, words)
                        values (:page, :line, :x, :y, :w, :h, :font, :block, cast(:words as jsonb))""")
                .param("page", pageId).param("line", b.line()).param("x", b.x()).param("y", b.y())
                .param("w", b.width()).param("h", b.height()).param("font", b.fontSize()).param("block", b.blockId())
                .param("words", wordsJson(b.words())).update();
    }

    void insertImage(long pageId, PageImage i) {
        jdbc.sql("""
                        insert into page_image (page_id, media_type, width, height, sha256, bytes, origin)
                        values (:page, :type, :w, :h, :sha, :bytes, :origin)""")
                .param("page", pageId).param("type", i.mediaType()).param("w", i.width()).param("h", i.height())
                .param("sha", i.sha256()).param("bytes", i.bytes()).param("origin", i.origin().name()).update();
    }

    Optional<PageGeometry> geometry(long pageId) {
        Optional<Object[]> page = jdbc.sql("select unit, width, height from page_geometry where page_id = :page")
                .param("page", pageId)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getDouble(2), rs.getDouble(3)}).optional();
        if (page.isEmpty()) {
            return Optional.empty();
        }
        List<LineBox> lines = jdbc.sql("""
                        select line, x, y, width, height, font_size, block_id, words::text as words
                        from page_line_box where page_id = :page order by line""")
                .param("page", pageId).query(LayoutRepository::line).list();
        Object[] p = page.get();
        return Optional.of(new PageGeometry(pageId, (String) p[0], (Double) p[1], (Double) p[2], lines));
    }

    Optional<PageImage> image(long pageId) {
        return jdbc.sql("select media_type, width, height, bytes, sha256, origin from page_image where page_id = :page")
                .param("page", pageId)
                .query((rs, n) -> new PageImage(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBytes(4),
                        rs.getString(5), PageImage.Origin.valueOf(rs.getString(6))))
                .optional();
    }

    boolean hasImage(long pageId) {
        return jdbc.sql("select exists (select from page_image where page_id = :page)")
                .param("page", pageId).query(Boolean.class).single();
    }

    Optional<SourceFile> source(long pageId) {
        return jdbc.sql("select format, file_name, media_type, bytes, sha256 from page_source where page_id = :page")
                .param("page", pageId)
                .query((rs, n) -> new SourceFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                        rs.getString(5)))
                .optional();
    }

    private static LineBox line(ResultSet rs, int n) throws SQLException {
        double font = rs.getDouble("font_size");
        Double fontSize = rs.wasNull() ? null : font;
        return new LineBox(rs.getInt("line"), rs.getDouble("x"), rs.getDouble("y"), rs.getDouble("width"),
                rs.getDouble("height"), fontSize, rs.getString("block_id"), words(rs.getString("words")));
    }

    static String wordsJson(List<WordBox> words) {
        List<List<Object>> rows = new ArrayList<>(words.size());
        for (WordBox w : words) {
            rows.add(List.of(w.text(), w.x(), w.y(), w.width(), w.height()));
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("word boxes could not be written as JSON", e);
        }
    }

    static List<WordBox> words(String json) {
        try {
            List<List<Object>> rows = JSON.readValue(json, WORDS);
            List<WordBox> out = new ArrayList<>(rows.size());
            for (List<Object> r : rows) {
                out.add(new WordBox((String) r.get(0), ((Number) r.get(1)).doubleValue(),
                        ((Number) r.get(2)).doubleValue(), ((Number) r.get(3)).doubleValue(),
                        ((Number) r.get(4)).doubleValue()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored word boxes are not JSON", e);
        }
    }
}
