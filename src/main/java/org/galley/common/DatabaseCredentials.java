package org.galley.common;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The embedded server's three passwords (superuser, schema owner, application), made at random on first start
 * and kept in the data directory in a file only its owner can read: nobody else on the machine can connect.
 */
record DatabaseCredentials(String superuser, String owner, String app) {

    static final String FILE_NAME = "galley-credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    static DatabaseCredentials generate() {
        return new DatabaseCredentials(randomPassword(), randomPassword(), randomPassword());
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    static boolean existIn(Path dataDir) {
        return Files.isRegularFile(file(dataDir));
    }

    static DatabaseCredentials readFrom(Path dataDir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file(dataDir), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String su = p.getProperty("superuser");
        String owner = p.getProperty("owner");
        String app = p.getProperty("app");
        if (su == null || owner == null || app == null) {
            throw new IOException(file(dataDir) + " is incomplete");
        }
        return new DatabaseCredentials(su, owner, app);
    }

    /** Writes the file readable and writable by its owner alone, created with those rights (never wider, not even for a moment). */
    void writeTo(Path dataDir) throws IOException {
        writeOwnerOnly(file(dataDir), toText());
    }

    static void writeOwnerOnly(Path target, String text) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
            w.write(text);
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private String toText() throws IOException {
        Properties p = new Properties();
        p.setProperty("superuser", superuser);
        p.setProperty("owner", owner);
        p.setProperty("app", app);
        StringWriter w = new StringWriter();
        p.store(w, "Galley's embedded PostgreSQL: roles postgres (superuser), galley_owner (schema), galley_app (the application)");
        return w.toString();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[hidden]";
    }
}
