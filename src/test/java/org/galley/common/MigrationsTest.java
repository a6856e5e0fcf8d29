package org.galley.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.galley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@IntegrationTest
class MigrationsTest {

    @Autowired
    EmbeddedDatabase database;
    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsApplyOnAnEmptyDatabaseAsTheOwnerRoleAndAreANoOpTheSecondTime() throws Exception {
        String db = "migrations_check_" + System.nanoTime();
        try (Connection c = database.connectAsSuperuser(); Statement s = c.createStatement()) {
            s.execute("create database " + db);
        }
        String url = database.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + db + "$1");
        // As an administrator would for an external PostgreSQL: db/roles.sql first, then Flyway as galley_owner.
        String roles = new String(getClass().getResourceAsStream("/db/roles.sql").readAllBytes(), StandardCharsets.UTF_8);
        try (Connection c = new DriverManagerDataSource(url, "postgres", database.superuserPassword()).getConnection();
             Statement s = c.createStatement()) {
            s.execute(roles);
        }
        DriverManagerDataSource owner = new DriverManagerDataSource(url, EmbeddedDatabase.OWNER_ROLE, database.ownerPassword());
        Flyway flyway = Flyway.configure().dataSource(owner).locations("classpath:db/migration").load();

        MigrateResult first = flyway.migrate();
        assertThat(first.migrationsExecuted).isGreaterThan(0);
        assertThat(first.success).isTrue();

        MigrateResult second = flyway.migrate();
        assertThat(second.migrationsExecuted).isZero();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();

        JdbcClient app = JdbcClient.create(new DriverManagerDataSource(url, EmbeddedDatabase.APP_ROLE, database.appPassword()));
        assertThat(app.sql("select count(*) from article").query(Long.class).single()).isZero();
        assertThatThrownBy(() -> app.sql("truncate audit_event").update()).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theApplicationDatabaseIsAtTheLatestMigration() {
        DriverManagerDataSource owner = new DriverManagerDataSource(database.jdbcUrl(), EmbeddedDatabase.OWNER_ROLE, database.ownerPassword());
        Flyway flyway = Flyway.configure().dataSource(owner).locations("classpath:db/migration").load();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }

    @Test
    void rawPageTextCannotBeChangedOnceImported() {
        long pageId = jdbc.sql("select min(id) from page").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update page set raw_text = 'forged' where id = :id").param("id", pageId).update())
                .hasMessageContaining("immutable");
    }
}
