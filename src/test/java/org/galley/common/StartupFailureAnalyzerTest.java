package org.galley.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class StartupFailureAnalyzerTest {

    final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

    @Test
    void anEmbeddedDatabaseThatCannotStartSaysWhereAndWhatToDo() {
        Throwable failure = new BeanCreationException("embeddedDatabase",
                new EmbeddedDatabaseException(Path.of("/data/pg"), new IOException("cannot create the directory (AccessDeniedException)")));
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis.getDescription()).contains("/data/pg").contains("cannot create the directory");
        assertThat(analysis.getAction()).contains("GALLEY_DATABASE_DATA_DIR").contains("SPRING_DATASOURCE_URL").contains("normal user");
    }

    @Test
    void anUnreachableExternalDatabaseNamesTheSettingsToCheck() {
        SQLException refused = new SQLException("Connection to localhost:1 refused", "08001", new ConnectException("Connection refused"));
        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("flywayInitializer", new RuntimeException(refused)));
        assertThat(analysis.getDescription()).startsWith("Galley cannot reach its database");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
        SQLException badPassword = new SQLException("password authentication failed", "28P01");
        assertThat(analyzer.analyze(badPassword)).isNotNull();
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
        assertThat(analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
    }
}
