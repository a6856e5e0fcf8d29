package org.galley.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.galley.publishing.Publication;
import org.galley.publishing.PublishingService;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.support.TestData.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The records V0010 adds are insert-only: a publication's stored export and the change sets of find and replace.
 * The application's role has no UPDATE, DELETE or TRUNCATE on them (42501), and a trigger refuses those even to
 * the schema owner (P0001).
 */
@IntegrationTest
@WithMockUser(username = "records-editor", roles = "EDITOR")
class StoredRecordsGuardTest {

    @Autowired
    TestData data;
    @Autowired
    PublishingService publishing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    EmbeddedDatabase database;

    @Test
    void theStoredExportCannotBeUpdatedOrDeletedByTheApplicationRoleNorTheOwner() throws Exception {
        Fixture f = data.issueWithArticles(TestData.content("Immutable bytes", "text"));
        Publication p = data.approveAllAndPublish(f.issueId());
        byte[] before = publishing.export(p.issueId(), 1).zip();
        String where = " where publication_id = " + p.id();
        for (String sql : List.of("update publication_rendition set zip = '\\x00'::bytea" + where,
                "update publication_rendition set sha256 = repeat('0', 64)" + where,
                "delete from publication_rendition" + where, "truncate publication_rendition")) {
            assertRefused(dataSource.getConnection(), sql, "42501");
            assertRefused(database.connect(EmbeddedDatabase.OWNER_ROLE, database.ownerPassword()), sql, "P0001");
        }
        assertThat(jdbc.sql("select zip from publication_rendition where publication_id = :p and rendition = 1")
                .param("p", p.id()).query((rs, n) -> rs.getBytes(1)).single()).isEqualTo(before);
    }

    /** Runs in a transaction that is rolled back, whatever happens. */
    static void assertRefused(Connection connection, String sql, String sqlState) throws SQLException {
        try (Connection c = connection) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> {
                    s.execute(sql);
                    c.commit();
                }).as(sql).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo(sqlState));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
