package org.galley.common;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the start-up failures a newcomer or an operator actually meets into one line saying what is wrong
 * and how to fix it, instead of a page of stack trace. Spring Boot's own analyzers cover the port in use.
 */
class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        EmbeddedDatabaseException embedded = find(failure, EmbeddedDatabaseException.class);
        if (embedded != null) {
            return new FailureAnalysis(embedded.getMessage(),
                    "Make " + embedded.dataDir() + " writable or choose another with GALLEY_DATABASE_DATA_DIR; "
                            + "if the embedded server cannot run here (as root it needs 'unshare -U'), run Galley as a normal user "
                            + "or point it at an external PostgreSQL with SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
                    failure);
        }
        SQLException sql = find(failure, SQLException.class);
        if (sql != null && isConnectionProblem(failure, sql)) {
            return new FailureAnalysis("Galley cannot reach its database: " + EmbeddedDatabaseException.rootMessage(sql),
                    "Check SPRING_DATASOURCE_URL (for example jdbc:postgresql://localhost:5432/galley), "
                            + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, or unset SPRING_DATASOURCE_URL to use the embedded PostgreSQL.",
                    failure);
        }
        return null;
    }

    private static boolean isConnectionProblem(Throwable failure, SQLException sql) {
        String state = sql.getSQLState();
        return (state != null && (state.startsWith("08") || state.equals("28P01") || state.equals("3D000")))
                || find(failure, ConnectException.class) != null
                || find(failure, UnknownHostException.class) != null
                || String.valueOf(sql.getMessage()).contains("No suitable driver")
                || String.valueOf(sql.getMessage()).contains("Driver claims to not support");
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
