package org.galley.common;

import java.nio.file.Path;

/** The embedded PostgreSQL could not start; {@link StartupFailureAnalyzer} turns it into one clear line. */
public class EmbeddedDatabaseException extends RuntimeException {
    private final Path dataDir;

    EmbeddedDatabaseException(Path dataDir, Throwable cause) {
        super("The embedded PostgreSQL could not start in " + dataDir + ": " + rootMessage(cause), cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
