package org.galley.common;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (no {@code SPRING_DATASOURCE_URL}), Galley runs its own PostgreSQL 17
 * from Maven Central binaries, so a newcomer needs nothing installed. With a URL, this configuration backs
 * off and Spring Boot's ordinary DataSource is used.
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
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(database.jdbcUrl());
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(20);
        ds.setPoolName("galley-embedded");
        return ds;
    }

}
