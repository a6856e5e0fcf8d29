package org.galley.common;

import java.util.Locale;
import java.util.Optional;

/**
 * The logged-in user's chosen interface language. Declared here and implemented by the security feature, so
 * the shell can read and save it without depending on (and cycling with) the package that stores users.
 */
public interface LanguagePreference {

    /** The language the current user chose, if any. */
    Optional<Locale> ownLocale();

    /** Saves the current user's language. */
    void setOwnLocale(Locale locale);
}
