package org.galley.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A data directory made before passwords and roles (trust, everything as postgres) keeps working, locked down. */
class EmbeddedDatabaseUpgradeTest {

    @TempDir
    Path tmp;

    @Test
    void aTrustDataDirectoryIsUpgradedToPasswordsAndRolesOnStartAndKeepsItsData() throws Exception {
        Path dir = tmp.resolve("postgres");
        // As Galley ran it before this change: trust authentication, migrations and the application as postgres.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start()) {
            DataSource ds = old.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("0002").load().migrate();
            JdbcClient.create(ds).sql("insert into newspaper_title (name) values ('Old Times')").update();
        }
        assertThat(DatabaseCredentials.existIn(dir)).isFalse();

        EmbeddedDatabase db = EmbeddedDatabase.start(dir);
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DatabaseCredentials.file(dir)))).isEqualTo("rw-------");
            Properties noPassword = new Properties();
            noPassword.setProperty("user", "postgres");
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(db.jdbcUrl(), noPassword).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");

            // The old tables now belong to the owner role, which migrates on from where the old installation stopped.
            var owner = new DriverManagerDataSource(db.jdbcUrl(), EmbeddedDatabase.OWNER_ROLE, db.ownerPassword());
            var result = Flyway.configure().dataSource(owner).locations("classpath:db/migration").load().migrate();
            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isPositive();

            JdbcClient app = JdbcClient.create(new DriverManagerDataSource(db.jdbcUrl(), EmbeddedDatabase.APP_ROLE, db.appPassword()));
            assertThat(app.sql("select name from newspaper_title").query(String.class).list()).containsExactly("Old Times");
            assertThatThrownBy(() -> app.sql("truncate article_revision").update())
                    .rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> app.sql("copy (select 1) to program 'true'").update())
                    .rootCause().hasMessageContaining("permission denied");
        } finally {
            db.destroy();
        }
    }
}
