package org.galley.common;

import java.util.Arrays;

/**
 * A refusal the user should read: bad input, a rule not met, a conflict. Carries an i18n key and its
 * arguments so each surface (view, HTTP API, command line) can say it in the reader's language, and a kind
 * the HTTP API maps to its status. Whatever threw it changed nothing.
 */
public class UserFacingException extends RuntimeException {

    public enum Kind { INVALID, CONFLICT, NOT_FOUND, TOO_LARGE }

    private final Kind kind;
    private final String key;
    private final transient Object[] args;

    public UserFacingException(String key, Object... args) {
        this(Kind.INVALID, key, args);
    }

    public UserFacingException(Kind kind, String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.kind = kind;
        this.key = key;
        this.args = args.clone();
    }

    public static UserFacingException conflict(String key, Object... args) {
        return new UserFacingException(Kind.CONFLICT, key, args);
    }

    public static UserFacingException notFound(String key, Object... args) {
        return new UserFacingException(Kind.NOT_FOUND, key, args);
    }

    public static UserFacingException tooLarge(String key, Object... args) {
        return new UserFacingException(Kind.TOO_LARGE, key, args);
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
