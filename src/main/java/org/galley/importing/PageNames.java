package org.galley.importing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galley.common.UserFacingException;

/** File names of pages: cleaned of any folder a browser sent, and read for a page number. */
final class PageNames {

    // "p03", "page-3", "A03", "第3版", or a name that is only a number ("03.txt"); a long hex id is no page number.
    private static final Pattern MARKED = Pattern.compile("(?i)(?:^|[^a-z0-9])(?:p|pg|page|[a-z])[-_ ]?0*(\\d{1,3})(?![0-9a-z])");
    private static final Pattern CHINESE = Pattern.compile("第\\s*0*(\\d{1,3})\\s*[版页]");
    private static final Pattern ONLY_NUMBER = Pattern.compile("^0*(\\d{1,3})$");

    private PageNames() {
    }

    /**
     * A name as Galley keeps it: a folder-relative path ("batch/0011/alto.xml", from an issue ZIP or folder unpacked
     * before) keeps its folders, so that two pages called alto.xml in two folders stay two and a METS finds each;
     * anything else (an absolute path, a drive, "..", what a browser may prefix) is cut to the file name.
     */
    static String clean(String name) {
        String n = name == null ? "" : name.replace('\\', '/').strip();
        if (relative(n) && n.length() <= 200) {
            if (n.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                throw new UserFacingException("import.error.fileName", printable(n));
            }
            return n;
        }
        int slash = n.lastIndexOf('/');
        n = n.substring(slash + 1).strip();
        if (n.isEmpty()) {
            return "page.txt";
        }
        if (n.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new UserFacingException("import.error.fileName", printable(n));
        }
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    /** A path of plain folder names and a file name, under the upload's top: no root, drive, ".", ".." or "//". */
    private static boolean relative(String n) {
        if (!n.contains("/") || n.startsWith("/") || n.endsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String part : n.split("/", -1)) {
            if (part.isBlank() || part.equals(".") || part.equals("..") || !part.equals(part.strip())) {
                return false;
            }
        }
        return true;
    }

    /** The page number a file's name gives (its folders left aside), or null. */
    static Integer pageNumber(String fileName) {
        fileName = fileName.substring(fileName.lastIndexOf('/') + 1);
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        Matcher m = CHINESE.matcher(base);
        if (m.find()) {
            return positive(m.group(1));
        }
        m = ONLY_NUMBER.matcher(base);
        if (m.find()) {
            return positive(m.group(1));
        }
        m = MARKED.matcher(base);
        return m.find() ? positive(m.group(1)) : null;
    }

    private static Integer positive(String digits) {
        int n = Integer.parseInt(digits);
        return n > 0 ? n : null;
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
        }
        return bytes >= 1024 ? String.format(Locale.ROOT, "%d KB", bytes / 1024) : bytes + " bytes";
    }

    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(100).forEach(cp -> sb.append(cp < 0x20 || cp == 0x7F ? "?" : new String(Character.toChars(cp))));
        return sb.toString();
    }
}
