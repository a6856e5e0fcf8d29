package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese bylines: {@code ■记者 李雨婷}, {@code ■记 者 杨昊玥}, {@code 通讯员 徐冰艳 张丹燕},
 * {@code ■记者 黄雨欣 通讯员 夏晓蕾 倪春军}, {@code ■摄影 王 强 陈明远}. Role words may be spread by justification
 * spaces; names lose them ({@code 王 强} is 王强). A line is a byline only if it starts with a role word (or a
 * byline marker) and everything after the role words reads as names.
 */
final class CjkBylineRule {
    private static final String MARKERS = "■□▲△●○◆◇★☆◎※▼▽►·•";
    /** Role words, longest first so that 摄影记者 wins over 记者. */
    private static final String[] ROLE_WORDS = {"特约通讯员", "本报特派记者", "本报特派员", "特派记者", "特派员", "本报记者", "特约记者", "见习记者", "实习记者",
        "摄影记者", "融媒体记者", "全媒体记者", "通讯员", "实习生", "摄影", "记者", "撰文", "采写", "文/图", "图/文",
        "文图"};

    private CjkBylineRule() {
    }

    /** Parses a byline line, or returns null if the line is not one. */
    static ParsedByline parse(String line) {
        return parse(line, false);
    }

    /**
     * Parses the names of a byline that something else marks as one (the brackets of {@code 〔記者林志豪／台中報導〕}),
     * as a ■ would: a role word glued to a name ({@code 記者林志豪}) is split from it.
     */
    static ParsedByline parseMarked(String names) {
        return parse(names, true);
    }

    private static ParsedByline parse(String line, boolean marked) {
        ParsedByline pen = penName(line);
        if (pen != null) {
            return pen;
        }
        String s = line;
        boolean marker = marked;
        int i = 0;
        while (i < s.length() && (MARKERS.indexOf(s.charAt(i)) >= 0 || CharClass.isSpace(s.charAt(i)))) {
            marker |= MARKERS.indexOf(s.charAt(i)) >= 0;
            i++;
        }
        s = s.substring(i);
        if (s.isEmpty() || s.length() > 40 || !mayOpenWithRole(s)) {
            return null;
        }
        List<String> tokens = tokens(s, marker);
        if (tokens.isEmpty()) {
            return null;
        }
        ParsedByline out = new ParsedByline();
        List<String> pending = new ArrayList<>();
        List<ParsedByline.Role> roles = null;
        int k = 0;
        boolean first = true;
        while (k < tokens.size()) {
            int[] used = new int[1];
            String role = matchRole(tokens, k, used, first);
            if (role != null) {
                flush(out, roles, pending);
                roles = rolesOf(role);
                k += used[0];
            } else if (roles == null) {
                return null; // names before any role word: not a byline
            } else if (k == tokens.size() - 1 && (Scripts.fold(tokens.get(k)).equals("摄")
                    || Scripts.fold(tokens.get(k)).equals("报道"))) {
                if (Scripts.fold(tokens.get(k)).equals("摄")) {
                    roles = List.of(ParsedByline.Role.PHOTOGRAPHER);
                }
                k++;
            } else if (isName(tokens.get(k))) {
                pending.add(tokens.get(k));
                k++;
            } else {
                return null;
            }
            first = false;
        }
        flush(out, roles, pending);
        return out.isEmpty() ? null : out;
    }

    /** First characters of the role words, and the one-character roles {@link #matchRole} takes at the start. */
    private static final String ROLE_FIRST = roleFirst();

    private static String roleFirst() {
        StringBuilder b = new StringBuilder("文图摄");
        for (String w : ROLE_WORDS) {
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    /**
     * Names before any role word make no byline, so the first token must open one. Checked on its first character
     * before the line is cut into tokens: most lines of a page end here, cheaply.
     */
    private static boolean mayOpenWithRole(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSeparator(c)) {
                return ROLE_FIRST.indexOf(Scripts.fold(c)) >= 0;
            }
        }
        return false; // no token at all
    }

    private static boolean isSeparator(char c) {
        return CharClass.isSpace(c) || c == '：' || c == ':' || c == '，' || c == ',' || c == '、' || c == '；'
                || c == '（' || c == '）' || c == '(' || c == ')';
    }

    /** Bracketed words that close an item but name nobody: （完）, （续完）, （未完）. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("完", "续完", "未完", "待续", "全文完",
        "附图", "续", "连载", "上", "中", "下", "一", "二", "三", "四", "五", "图", "附表", "注", "编者", "编者按",
        "本报", "本报讯", "广告", "启事", "特稿", "专电", "专访", "社论", "评论", "短评", "时评", "来论", "续昨");
    /** Words that end in 著 but credit nobody (显著 prominent,卓著, 土著 native...). */
    private static final String NOT_AUTHOR_BEFORE_ZHU = "显卓昭土名原巨合论拙遗新执沉";
    /** Words that end in 作 but credit nobody (工作 work, 合作, 创作, 动作, 杰作...). */
    private static final String NOT_AUTHOR_BEFORE_ZUO = "工合创动写操杰力新佳大拙旧遗原著制协发振所造习劳耕运当看装";

    /**
     * Pen-name bylines of older papers: a signature in brackets closing an item, {@code （某某）}, or a credit line
     * {@code 某某著} / {@code 某某译} / {@code 某某作}. A bracketed agency (（路透電）) is a dateline, not a name.
     */
    static ParsedByline penName(String line) {
        if (line.isEmpty() || line.length() > 16) {
            return null;
        }
        String s = Scripts.fold(CharClass.removeSpaces(line));
        String name = null;
        if (closingSignature(line)) {
            name = CharClass.removeSpaces(line).substring(1, s.length() - 1);
        } else if (s.length() >= 3 && s.length() <= 5 && (s.endsWith("著") || s.endsWith("译"))
                && allHan(s, 0, s.length())
                && NOT_AUTHOR_BEFORE_ZHU.indexOf(s.charAt(s.length() - 2)) < 0) {
            name = CharClass.removeSpaces(line).substring(0, s.length() - 1);
        } else if (s.length() >= 3 && s.length() <= 5 && s.endsWith("作") && allHan(s, 0, s.length())
                && NOT_AUTHOR_BEFORE_ZUO.indexOf(s.charAt(s.length() - 2)) < 0) {
            name = CharClass.removeSpaces(line).substring(0, s.length() - 1); // 壺公作: a poem's author
        }
        if (name == null) {
            return null;
        }
        ParsedByline out = new ParsedByline();
        out.reporters.add(name);
        return out;
    }

    /** A line that is only {@code （某某）}: two to four Han characters in brackets that are not a stock word. */
    static boolean closingSignature(String line) {
        String s = Scripts.fold(CharClass.removeSpaces(line));
        int n = s.length();
        if (n < 4 || n > 6 || !(s.charAt(0) == '（' || s.charAt(0) == '(')
                || !(s.charAt(n - 1) == '）' || s.charAt(n - 1) == ')') || !allHan(s, 1, n - 1)) {
            return false;
        }
        String inner = s.substring(1, n - 1);
        char end = inner.charAt(inner.length() - 1);
        return !NOT_NAMES.contains(inner) && end != '电' && end != '讯' && end != '社';
    }

    /**
     * Where a signature closing the text starts: {@code …損失尚輕、（阿明）} gives the index of （, when the text
     * before it ends a clause (。、！？」); -1 otherwise.
     */
    static int trailingSignature(String text) {
        int n = text.length();
        if (n < 5 || !(text.charAt(n - 1) == '）' || text.charAt(n - 1) == ')')) {
            return -1;
        }
        int open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
        if (open <= 0 || n - open > 8 || !closingSignature(text.substring(open))) {
            return -1;
        }
        char before = text.charAt(open - 1);
        return "。、！？」』”".indexOf(before) >= 0 ? open : -1;
    }

    private static boolean allHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CharClass.isHan(s.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * Splits on spaces and the separators bylines use ({@code 記者 張美玲／攝}; {@code 文/图} is rejoined as a role). After a byline marker a role word glued to a name becomes two
     * tokens (■记者李雨婷); without the marker such a line is more likely prose (记者了解到).
     */
    private static List<String> tokens(String s, boolean splitGlued) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CharClass.isSpace(c) || c == '：' || c == ':' || c == '，' || c == ',' || c == '、' || c == '；'
                    || c == '（' || c == '）' || c == '(' || c == ')' || c == '／' || c == '/') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        // split a leading role word glued to the names that follow it: 记者李雨婷
        List<String> split = new ArrayList<>(out.size() + 2);
        for (String t : out) {
            String role = null;
            String ft = Scripts.fold(t);
            for (String w : ROLE_WORDS) {
                if (ft.startsWith(w) && t.length() > w.length()) {
                    role = w;
                    break;
                }
            }
            if (splitGlued && role != null && isName(t.substring(role.length()))) {
                split.add(role);
                split.add(t.substring(role.length()));
            } else {
                split.add(t);
            }
        }
        return split;
    }

    /**
     * A role word starting at token k, possibly spread over several tokens by justification ({@code 记 者}). The
     * one-character roles 文/图 count only at the start of the line, where they cannot be part of a name.
     */
    private static String matchRole(List<String> tokens, int k, int[] used, boolean first) {
        StringBuilder joined = new StringBuilder();
        for (int n = 1; n <= 5 && k + n <= tokens.size(); n++) {
            joined.append(Scripts.fold(tokens.get(k + n - 1)));
            String j = joined.toString();
            for (String w : ROLE_WORDS) {
                if (j.equals(w)) {
                    used[0] = n;
                    return w;
                }
            }
            if (j.length() >= 5) {
                break;
            }
        }
        String t = Scripts.fold(tokens.get(k));
        if (first && (t.equals("文") || t.equals("图") || t.equals("摄")) && tokens.size() > 1) {
            used[0] = 1;
            return t;
        }
        return null;
    }

    private static List<ParsedByline.Role> rolesOf(String w) {
        if (w.equals("文/图") || w.equals("图/文") || w.equals("文图")) {
            return List.of(ParsedByline.Role.REPORTER, ParsedByline.Role.PHOTOGRAPHER);
        }
        if (w.contains("摄") || w.equals("图")) {
            return List.of(ParsedByline.Role.PHOTOGRAPHER);
        }
        if (w.contains("通讯员") || w.equals("实习生")) {
            return List.of(ParsedByline.Role.CORRESPONDENT);
        }
        return List.of(ParsedByline.Role.REPORTER);
    }

    /** A Chinese name: 1–4 Han characters (one-character pieces are halves of a justified name), or up to 8 with a ·. */
    static boolean isName(String t) {
        if (t.isEmpty()) {
            return false;
        }
        int han = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (CharClass.isHan(c)) {
                han++;
            } else if (c != '·' && c != '•') {
                return false;
            }
        }
        return han <= 4 || (t.indexOf('·') > 0 && han <= 8);
    }

    private static void flush(ParsedByline out, List<ParsedByline.Role> roles, List<String> pending) {
        if (roles == null || pending.isEmpty()) {
            pending.clear();
            return;
        }
        for (String name : JustifiedNames.merge(pending)) {
            for (ParsedByline.Role r : roles) {
                if (!out.role(r).contains(name)) {
                    out.role(r).add(name);
                }
            }
        }
        pending.clear();
    }
}
