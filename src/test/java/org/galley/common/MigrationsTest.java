package org.galley.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
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
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsApplyOnAnEmptyDatabaseAndAreANoOpTheSecondTime() throws Exception {
        String db = "migrations_check_" + System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + db);
        }
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + db + "$1");
        }
        DriverManagerDataSource fresh = new DriverManagerDataSource(url, "postgres", "");
        Flyway flyway = Flyway.configure().dataSource(fresh).locations("classpath:db/migration").load();

        MigrateResult first = flyway.migrate();
        assertThat(first.migrationsExecuted).isGreaterThan(0);
        assertThat(first.success).isTrue();

        MigrateResult second = flyway.migrate();
        assertThat(second.migrationsExecuted).isZero();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void theApplicationDatabaseIsAtTheLatestMigration() {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
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
