package org.galley.common;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * With no {@code spring.datasource.url} (no {@code SPRING_DATASOURCE_URL}), Galley runs its own PostgreSQL 17
 * from Maven Central binaries, so a newcomer needs nothing installed. With a URL, this configuration backs
 * off and Spring Boot's ordinary DataSource is used. Flyway migrates as the schema owner; the application
 * connects as {@code galley_app}, which can change less (db/roles.sql, V0005).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(@Value("${galley.database.data-dir:./data/postgres}") Path dataDir,
                                      @Value("${galley.database.shared:false}") boolean shared) {
        return shared ? EmbeddedDatabase.shared(dataDir) : EmbeddedDatabase.start(dataDir);
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(database.jdbcUrl());
        ds.setUsername(EmbeddedDatabase.APP_ROLE);
        ds.setPassword(database.appPassword());
        ds.setMaximumPoolSize(20);
        ds.setPoolName("galley-embedded");
        // Fail within seconds when the server is gone, rather than holding every request for 30 s.
        ds.setConnectionTimeout(5000);
        ds.setExceptionOverrideClassName(DatabaseFailures.class.getName());
        return ds;
    }

    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedDatabase database) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(),
                EmbeddedDatabase.OWNER_ROLE, database.ownerPassword());
    }
}
