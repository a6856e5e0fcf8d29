package org.galley.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.galley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded server is a locked room: nobody connects without the password, and the role the application
 * connects as can neither run programs nor switch the database's protections off.
 */
@IntegrationTest
class DatabaseRolesTest {

    @Autowired
    EmbeddedDatabase database;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aConnectionWithoutThePasswordIsRefused() {
        for (String user : new String[] {"postgres", EmbeddedDatabase.OWNER_ROLE, EmbeddedDatabase.APP_ROLE}) {
            Properties noPassword = new Properties();
            noPassword.setProperty("user", user);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), noPassword).close())
                    .as(user).isInstanceOf(SQLException.class).hasMessageContaining("password");
            Properties wrong = new Properties();
            wrong.setProperty("user", user);
            wrong.setProperty("password", "postgres");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), wrong).close())
                    .as(user).isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void thePasswordsAreInAFileOnlyItsOwnerCanReadAndThereIsNoUnixSocket() throws Exception {
        var file = DatabaseCredentials.file(database.dataDirectory());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Connection c = database.connectAsSuperuser(); Statement s = c.createStatement();
             var rs = s.executeQuery("show unix_socket_directories")) {
            rs.next();
            assertThat(rs.getString(1)).isEmpty();
        }
        assertThat(Files.readString(database.dataDirectory().resolve("pg_hba.conf")))
                .doesNotContainPattern("(?m)^[^#]*\\btrust\\b").contains("scram-sha-256");
    }

    @Test
    void theApplicationConnectsAsARoleThatIsNotASuperuserAndOwnsNothing() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(EmbeddedDatabase.APP_ROLE);
        assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and pg_get_userbyid(c.relowner) <> :owner")
                .param("owner", EmbeddedDatabase.OWNER_ROLE).query(Long.class).single()).isZero();
    }

    @Test
    void theApplicationRoleCannotRunProgramsCreateFunctionsOrSwitchProtectionsOff() throws Exception {
        assertRefused("copy (select 1) to program 'id > /tmp/galley-copy-program-test'");
        assertRefused("copy audit_event from program 'echo x'");
        assertRefused("create function public.galley_probe() returns int language sql as 'select 1'");
        assertRefused("create function pg_temp.galley_probe() returns int language sql as 'select 1'");
        assertRefused("create table galley_probe (id int)");
        assertRefused("alter table article_revision disable trigger all");
        assertRefused("alter table publication disable trigger publication_immutable");
        assertRefused("set session_replication_role = replica");
        assertRefused("alter role " + EmbeddedDatabase.APP_ROLE + " superuser");
        assertThat(Files.exists(java.nio.file.Path.of("/tmp/galley-copy-program-test"))).isFalse();
    }

    @Test
    void theApplicationRoleCannotChangeRevisionsPublicationsOrTheAuditTrail() throws Exception {
        for (String table : new String[] {"article_revision", "publication", "publication_article", "audit_event"}) {
            assertRefused("truncate " + table + " cascade");
            assertRefused("delete from " + table);
        }
        assertRefused("update article_revision set note = 'forged'");
        assertRefused("update publication_article set revision = revision");
        assertRefused("update audit_event set actor = 'someone else'");
        assertRefused("update publication set published_by = 'someone else'");
        // Unpublishing needs exactly these two columns.
        assertThat(jdbc.sql("select has_column_privilege('publication', 'withdrawn_at', 'UPDATE') "
                + "and has_column_privilege('publication', 'withdrawn_by', 'UPDATE') "
                + "and not has_table_privilege('publication', 'UPDATE')").query(Boolean.class).single()).isTrue();
    }

    /** Each statement runs in a transaction that is rolled back, so a failing check cannot damage the shared data. */
    private void assertRefused(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo("42501"));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
