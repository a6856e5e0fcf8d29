package org.galley.common;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a lost database (refused, broken or shut-down connections) from every other error, and remembers on the
 * request's thread that one happened, so a failed log-in caused by it is answered 503 "retrying", not 401.
 * Hikari reports every SQL error of its connections here ({@code exceptionOverrideClassName}); the pool's own
 * "no connection" errors come through {@link DatabaseAvailability}'s DataSource wrapper.
 */
public final class DatabaseFailures implements SQLExceptionOverride {

    private static final ThreadLocal<Boolean> SEEN = new ThreadLocal<>();
    private static volatile Runnable onFailure = () -> { };

    /** Hikari instantiates this by class name. */
    public DatabaseFailures() {
    }

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        record(e);
        return SQLExceptionOverride.Override.CONTINUE_EVICT;
    }

    static void setListener(Runnable listener) {
        onFailure = listener;
    }

    /** Notes the failure if it means the database is unreachable; returns whether it does. */
    public static boolean record(Throwable t) {
        if (!isConnectionFailure(t)) {
            return false;
        }
        SEEN.set(Boolean.TRUE);
        onFailure.run();
        return true;
    }

    static boolean seenOnThisThread() {
        return Boolean.TRUE.equals(SEEN.get());
    }

    static void clearThisThread() {
        SEEN.remove();
    }

    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException && t.getCause() == null) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P01-57P03: the server is shutting down, crashed or starting.
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
