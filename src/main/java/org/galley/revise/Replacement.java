package org.galley.revise;

import org.galley.common.UserFacingException;
import org.galley.common.text.XmlText;

/**
 * What to find and what to put instead: literal text (never a pattern), optionally as a whole word and with its
 * case matched. Whole words and case only mean something for scripts with spaces and capitals (Latin and the
 * like): Chinese has neither, so a Chinese find text simply matches where it occurs.
 */
public record Replacement(String find, String replace, boolean wholeWord, boolean matchCase) {

    public static final int MAX_FIND = 200;
    public static final int MAX_REPLACE = 2_000;

    public Replacement {
        replace = replace == null ? "" : replace;
    }

    /** Refuses what no find and replace should do; called before anything is read or written. */
    public Replacement checked() {
        if (find == null || find.isEmpty() || find.isBlank()) {
            throw new UserFacingException("revise.error.findEmpty");
        }
        if (find.length() > MAX_FIND) {
            throw new UserFacingException("article.error.tooLong", org.galley.common.Term.field("find"), MAX_FIND);
        }
        if (replace.length() > MAX_REPLACE) {
            throw new UserFacingException("article.error.tooLong", org.galley.common.Term.field("replace"), MAX_REPLACE);
        }
        XmlText.check("find", find);
        XmlText.check("replace", replace);
        if (find.indexOf('\n') >= 0 || find.indexOf('\r') >= 0 || replace.indexOf('\n') >= 0 || replace.indexOf('\r') >= 0) {
            throw new UserFacingException("revise.error.lineBreak");
        }
        if (find.equals(replace)) {
            throw new UserFacingException("revise.error.same");
        }
        return this;
    }
}
