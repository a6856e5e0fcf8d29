package org.galley.issue;

import org.galley.common.UserFacingException;
import org.galley.common.text.XmlText;

/** Bounds on what creates an issue, beyond a title and a date being present: a plausible year, exportable text. */
final class IssueInput {

    static final int MAX_FIELD = 200;
    static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    private IssueInput() {
    }

    static void check(NewIssue request, int minYear, int maxYear) {
        int year = request.date().getYear();
        if (year < minYear || year > maxYear) {
            throw new UserFacingException("issue.error.year", String.valueOf(year), String.valueOf(minYear), String.valueOf(maxYear));
        }
        XmlText.check("title", request.title());
        field("edition", request.edition());
        field("number", request.number());
        String language = request.language();
        // The language goes into the exports' lang attributes and METS: a language tag (zh, en, de, zh-Hant),
        // never free text. Empty means Chinese, as before.
        if (language != null && !language.isBlank() && !LANGUAGE_TAG.matcher(language).matches()) {
            throw new UserFacingException("issue.error.language", language.length() > 20 ? language.substring(0, 20) + "…" : language);
        }
    }

    private static void field(String name, String value) {
        if (value != null && value.length() > MAX_FIELD) {
            throw new UserFacingException("article.error.tooLong", org.galley.common.Term.field(name), MAX_FIELD);
        }
        XmlText.check(name, value);
    }
}
