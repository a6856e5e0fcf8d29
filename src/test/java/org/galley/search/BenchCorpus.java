package org.galley.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A deterministic corpus of newspaper articles for the search benchmark: Chinese (simplified and traditional) and
 * English, recombining the sentences of the demo page, the development pages and the Tribune page (Chinese articles
 * on other subjects than the demo page's are made of words of OpenCC's phrase list, see {@link #chinese}). The names of
 * places and people in them are replaced by names drawn from large pools with a Zipf law, so that a name is as
 * rare as in a real archive and no query matches most of the corpus. Issues of 25 articles share a newspaper,
 * a language and a date.
 */
final class BenchCorpus {

    static final int ARTICLES_PER_ISSUE = 25;

    /** One generated article; {@code text} is what the index sees besides the headline. */
    record Doc(long id, long issueId, String newspaper, LocalDate date, String language, String headline,
               List<String> reporters, String text) {
        List<String> paragraphs() {
            return List.of(text.split("\n"));
        }
    }

    enum Script { SIMPLIFIED, TRADITIONAL, ENGLISH }

    // Names printed on the demo page: replaced by drawn ones, so their frequency is the pools', not the page's.
    static final List<String> PAGE_PLACES = List.of("独山港区", "独山港", "嘉兴港", "嘉兴市", "嘉兴", "平湖市", "平湖", "林埭镇",
            "林埭", "曹桥街道", "曹桥", "乍浦", "当湖", "钟埭", "新埭", "广陈", "新仓", "黄姑");
    static final List<String> PAGE_PEOPLE = List.of("李雨婷", "黄雨欣", "杨昊玥", "徐冰艳", "张丹燕", "岳立", "程蕾", "金梦依", "曹世纪",
            "马秋艳");
    static final String PLACE_FIRST = "安宝北昌长成大德东丰福广海和河红华怀黄吉嘉江金锦靖九开康兰乐临龙隆茂梅南宁平青庆瑞三山上尚石松泰天通桐万文西祥新兴阳永玉云镇中舟";
    static final String PLACE_SECOND = "安坝滨城川店东丰峰港关海湖华江溪口林岭龙门宁浦桥泉沙山水塘田亭湾溪乡阳园原洲庄";
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红娥建文辉力斌宇浩凯鹏飞鑫雪琳晨婷欣怡佳悦思雨梦涵瑶嘉晓蕾昊玥冰燕丹梓轩博睿";
    static final String[] EN_SYLLABLES = {"Ash", "Brad", "Carl", "Dun", "Elm", "Fair", "Glen", "Hart", "Ips", "Kings", "Lang", "Mar",
            "New", "Oak", "Pem", "Rad", "Stan", "Thorn", "Ux", "Wal", "Wick", "Bar", "Chel", "Dor", "Hol", "Mel", "Nor", "Pen", "Sel",
            "Wes"};
    static final String[] EN_ENDINGS = {"ford", "ton", "ham", "bury", "field", "ley", "wick", "worth", "mouth", "stead", "by", "combe",
            "dale", "port", "well"};
    static final String[] EN_SURNAMES = {"Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Johnson",
            "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris",
            "Lewis", "Martin", "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott", "Cooper", "Morris", "Ward", "Moore", "King",
            "Watson", "Baker", "Harrison", "Morgan", "Patel", "Young", "Allen", "Mitchell", "James", "Anderson", "Phillips", "Lee",
            "Bell", "Parker", "Davis"};
    static final String[] EN_TITLES = {"Mr.", "Mrs.", "Dr.", "Captain", "Colonel", "Judge", "Senator", "Rev."};
    static final String[] ZH_PAPERS = {"平湖日报", "嘉兴日报", "浙江日报", "人民日报", "解放日报", "南方日报", "新华日报", "北京晚报"};
    static final String[] TW_PAPERS = {"大公報", "明報", "聯合報", "中國時報", "星島日報", "華僑日報"};
    static final String[] EN_PAPERS = {"New-York Tribune", "The Times", "The Morning Post", "The Evening Star", "The Daily News",
            "The Sun", "The Herald"};

    final List<String> zhSentences = new ArrayList<>();
    final List<String> zhHeadlines = new ArrayList<>();
    final List<String> enSentences = new ArrayList<>();
    final List<String> enHeadlines = new ArrayList<>();
    final List<String> zhPlaces = new ArrayList<>();
    /** A general Chinese vocabulary (OpenCC's phrase list, shuffled), drawn with a Zipf law for other subjects' sentences. */
    final List<String> zhWords = new ArrayList<>();
    final double[] zhWordCdf;
    final List<String> enPlaces = new ArrayList<>();
    final Map<Character, Character> toTraditional = new HashMap<>();
    final double[] zhPlaceCdf;
    final double[] enPlaceCdf;
    final double[] surnameCdf;
    final long seed;

    BenchCorpus(Path seedPage, Path devPages, Path tribune, String foldTable, long seed) throws IOException {
        this.seed = seed;
        ObjectMapper json = new ObjectMapper();
        // Chinese: the demo page's hand-made truth, split into sentences at 。！？；
        JsonNode zh = json.readTree(seedPage.toFile());
        for (JsonNode a : zh.get("articles")) {
            if (a.hasNonNull("headline")) {
                zhHeadlines.add(slots(a.get("headline").asText()));
            }
            for (JsonNode p : a.get("paragraphs")) {
                for (String s : p.asText().split("(?<=[。！？；])")) {
                    if (s.codePointCount(0, s.length()) >= 6) {
                        zhSentences.add(slots(s.strip()));
                    }
                }
            }
        }
        // English: the development pages' truth and the Tribune's OCR text, split into sentences.
        List<Path> truths;
        try (Stream<Path> files = Files.list(devPages)) {
            truths = files.filter(f -> f.toString().endsWith(".truth.json")).sorted().toList();
        }
        for (Path f : truths) {
            for (JsonNode a : json.readTree(f.toFile()).get("articles")) {
                if (a.hasNonNull("headline") && a.get("headline").asText().length() > 8) {
                    enHeadlines.add(a.get("headline").asText().strip());
                }
                for (JsonNode p : a.get("paragraphs")) {
                    addEnglish(p.asText());
                }
            }
        }
        addEnglish(Files.readString(tribune, StandardCharsets.UTF_8).replaceAll("-\\n", "").replace('\n', ' '));
        for (int i = 0; i + 1 < foldTable.length(); i += 2) {
            toTraditional.putIfAbsent(foldTable.charAt(i + 1), foldTable.charAt(i));
        }
        // Place pools: every two-character combination; the page's own names at fixed ranks.
        LinkedHashSet<String> places = new LinkedHashSet<>();
        for (int i = 0; i < PLACE_FIRST.length(); i++) {
            for (int j = 0; j < PLACE_SECOND.length(); j++) {
                places.add("" + PLACE_FIRST.charAt((i * 7 + j) % PLACE_FIRST.length()) + PLACE_SECOND.charAt(j));
            }
        }
        zhPlaces.addAll(places);
        zhPlaces.removeAll(List.of("平湖", "嘉兴", "独山", "曹桥"));
        zhPlaces.add(7, "嘉兴");
        zhPlaces.add(29, "平湖");
        zhPlaces.add(120, "独山港");
        zhPlaces.add(400, "曹桥");
        for (String a : EN_SYLLABLES) {
            for (String b : EN_ENDINGS) {
                enPlaces.add(a + b);
            }
        }
        zhPlaceCdf = zipf(zhPlaces.size(), 1.0);
        try (InputStream in = ZhConverterUtil.class.getResourceAsStream("/data/dictionary/STPhrases.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.split("\t")[0].strip();
                int n = w.codePointCount(0, w.length());
                if (n >= 2 && n <= 4 && w.codePoints().allMatch(SearchText::isHan)) {
                    zhWords.add(w);
                }
            }
        }
        // Which words are common is the seed's choice, not the dictionary's (alphabetical) order.
        java.util.Collections.shuffle(zhWords, new java.util.Random(seed));
        zhWordCdf = zipf(zhWords.size(), 1.0);
        enPlaceCdf = zipf(enPlaces.size(), 1.0);
        surnameCdf = zipf(SURNAMES.length(), 0.8);
    }

    private void addEnglish(String paragraph) {
        for (String s : paragraph.split("(?<=[a-z]{2}[.!?])\\s+(?=[A-Z])")) {
            String t = s.strip();
            long letters = t.chars().filter(Character::isLetter).count();
            if (t.length() >= 30 && letters > t.length() * 0.7) {
                enSentences.add(t);
            }
        }
    }

    private static final Pattern PAGE_NAMES = Pattern.compile(String.join("|", PAGE_PLACES) + "|" + String.join("|", PAGE_PEOPLE));

    /** The page's names become slots: \u0001 a place, \u0002 a person. */
    private static String slots(String s) {
        Matcher m = PAGE_NAMES.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, PAGE_PLACES.contains(m.group()) ? "\u0001" : "\u0002");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    static int draw(double[] cdf, SplittableRandom r) {
        int i = java.util.Arrays.binarySearch(cdf, r.nextDouble());
        return Math.min(cdf.length - 1, i < 0 ? -i - 1 : i);
    }

    Script script(long issueId) {
        SplittableRandom r = new SplittableRandom(seed * 31 + issueId);
        double x = r.nextDouble();
        return x < 0.45 ? Script.SIMPLIFIED : x < 0.7 ? Script.TRADITIONAL : Script.ENGLISH;
    }

    /** Article number {@code id} (from 1): the same for the same seed, whatever else was generated. */
    Doc article(long id) {
        long issueId = (id - 1) / ARTICLES_PER_ISSUE + 1;
        SplittableRandom issueRandom = new SplittableRandom(seed * 31 + issueId);
        issueRandom.nextDouble(); // the script's draw
        Script script = script(issueId);
        LocalDate date;
        String paper;
        if (script == Script.ENGLISH) {
            paper = EN_PAPERS[issueRandom.nextInt(EN_PAPERS.length)];
            date = LocalDate.of(1800, 1, 1).plusDays(issueRandom.nextInt(125 * 365));
        } else if (script == Script.TRADITIONAL) {
            paper = TW_PAPERS[issueRandom.nextInt(TW_PAPERS.length)];
            date = LocalDate.of(1900, 1, 1).plusDays(issueRandom.nextInt(125 * 365));
        } else {
            paper = ZH_PAPERS[issueRandom.nextInt(ZH_PAPERS.length)];
            date = LocalDate.of(1950, 1, 1).plusDays(issueRandom.nextInt(75 * 365));
        }
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + id);
        // Lengths: log-normal, a median of about 600 characters of Chinese or 2,000 of English, short notices to long features.
        double length = Math.exp(Math.log(script == Script.ENGLISH ? 2000 : 600) + 0.7 * r.nextGaussian());
        length = Math.max(60, Math.min(length, script == Script.ENGLISH ? 20000 : 6000));
        if (script == Script.ENGLISH) {
            String headline = enHeadlines.get(r.nextInt(enHeadlines.size()));
            if (r.nextInt(3) == 0) {
                headline = headline.replaceAll("[.]$", "") + " at " + enPlaces.get(draw(enPlaceCdf, r));
            }
            List<String> reporters = r.nextInt(10) < 3 ? List.of(EN_SURNAMES[r.nextInt(EN_SURNAMES.length)]) : List.of();
            return new Doc(id, issueId, paper, date, "en", headline, reporters, english(r, (int) length));
        }
        boolean local = r.nextInt(LOCAL_SHARE) == 0;
        String headline = fill(zhHeadlines.get(r.nextInt(zhHeadlines.size())), r);
        if (!local || r.nextInt(2) == 0) {
            // Headlines are short: the start of a sentence, up to its first comma.
            String s = local ? fill(zhSentences.get(r.nextInt(zhSentences.size())), r) : generalSentence(r);
            headline = s.split("[，、。；！？]")[0];
            headline = headline.substring(0, Math.min(headline.length(), 18));
        }
        String text = chinese(r, (int) length, local);
        List<String> reporters = new ArrayList<>();
        for (int n = r.nextInt(3); n > 0; n--) {
            reporters.add(fill("\u0002", r));
        }
        String language = "zh";
        if (script == Script.TRADITIONAL) {
            headline = traditional(headline);
            text = traditional(text);
            language = "zh-Hant";
            reporters.replaceAll(this::traditional);
        }
        return new Doc(id, issueId, paper, date, language, headline, List.copyOf(reporters), text);
    }

    /**
     * An article's text. One in {@value #LOCAL_SHARE} is about the demo page's subject (local industry and
     * parks) and recombines its sentences; the others are about other subjects, in sentences of words from a
     * general vocabulary. Recombining the page's 91 sentences alone made each of them, and so any phrase in it,
     * occur in a fifth of all articles.
     */
    private String chinese(SplittableRandom r, int length, boolean local) {
        StringBuilder sb = new StringBuilder(length + 200);
        int paragraph = 0;
        while (sb.length() < length) {
            sb.append(local ? fill(zhSentences.get(r.nextInt(zhSentences.size())), r) : generalSentence(r));
            if (++paragraph % (3 + r.nextInt(4)) == 0) {
                sb.append('\n');
            }
        }
        return sb.toString().strip();
    }

    static final int LOCAL_SHARE = 8;
    static final String PARTICLES = "的的的了在是和与对将为也都就把被从向";

    /** A sentence of 2-5 clauses of 2-6 vocabulary words; some name a place or a person, as the page's sentences do. */
    private String generalSentence(SplittableRandom r) {
        StringBuilder sb = new StringBuilder(80);
        int clauses = 2 + r.nextInt(4);
        for (int c = 0; c < clauses; c++) {
            if (c > 0) {
                sb.append(r.nextInt(5) == 0 ? '、' : '，');
            }
            int words = 2 + r.nextInt(5);
            for (int w = 0; w < words; w++) {
                int roll = r.nextInt(40);
                if (roll == 0) {
                    sb.append(fill("\u0001", r));
                } else if (roll == 1) {
                    sb.append(fill("\u0002", r));
                } else {
                    sb.append(zhWords.get(draw(zhWordCdf, r)));
                }
                if (r.nextInt(4) == 0) {
                    // The function words that join real Chinese words, the commonest characters of any text.
                    sb.append(PARTICLES.charAt(r.nextInt(PARTICLES.length())));
                }
            }
        }
        return sb.append('。').toString();
    }

    private String english(SplittableRandom r, int length) {
        StringBuilder sb = new StringBuilder(length + 400);
        int sentence = 0;
        while (sb.length() < length) {
            String s = enSentences.get(r.nextInt(enSentences.size()));
            int roll = r.nextInt(10);
            if (roll < 2) {
                s = "At " + enPlaces.get(draw(enPlaceCdf, r)) + ", " + Character.toLowerCase(s.charAt(0)) + s.substring(1);
            } else if (roll < 4) {
                s = EN_TITLES[r.nextInt(EN_TITLES.length)] + " " + EN_SURNAMES[r.nextInt(EN_SURNAMES.length)] + " said that "
                        + Character.toLowerCase(s.charAt(0)) + s.substring(1);
            }
            sb.append(s).append(++sentence % (2 + r.nextInt(5)) == 0 ? "\n" : " ");
        }
        return sb.toString().strip();
    }

    private String fill(String sentence, SplittableRandom r) {
        if (sentence.indexOf('\u0001') < 0 && sentence.indexOf('\u0002') < 0) {
            return sentence;
        }
        StringBuilder sb = new StringBuilder(sentence.length() + 16);
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '\u0001') {
                sb.append(zhPlaces.get(draw(zhPlaceCdf, r)));
            } else if (c == '\u0002') {
                sb.append(SURNAMES.charAt(draw(surnameCdf, r))).append(GIVEN.charAt(r.nextInt(GIVEN.length())));
                if (r.nextBoolean()) {
                    sb.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    String traditional(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(toTraditional.getOrDefault(c, c));
        }
        return sb.toString();
    }

    static String foldTableOfTheExportScript() throws IOException {
        try (InputStream in = BenchCorpus.class.getResourceAsStream("/org/galley/publishing/export/search.js")) {
            String code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = code.indexOf("var FOLD = \"") + "var FOLD = \"".length();
            return code.substring(start, code.indexOf('"', start));
        }
    }

    /** The corpus of the benchmark: the demo page's truth from the test resources, the rest from ../shared. */
    static BenchCorpus standard() throws IOException {
        Path shared = Stream.of(System.getProperty("galley.shared", "../shared"), "../../shared").map(Path::of)
                .filter(p -> Files.isDirectory(p.resolve("dev/english-bl-1800-1874"))).findFirst()
                .orElseThrow(() -> new IOException("the development pages are not in ../shared: run from the repository"
                        + " next to shared/, or set -Dgalley.shared=DIR"));
        return new BenchCorpus(Path.of("src/test/resources/eval/000_24a909c35df8419a.truth.json"),
                shared.resolve("dev/english-bl-1800-1874"), shared.resolve("samples/new-york-tribune-1903-05-01-p1.ocr.txt"),
                foldTableOfTheExportScript(), 13);
    }

    /** A look at the corpus: a few articles, lengths, and the share of articles holding each argument. */
    public static void main(String[] argv) throws IOException {
        String[] args = argv.length == 0 ? new String[0] : argv[0].split(",");
        BenchCorpus corpus = standard();
        System.out.printf("%d Chinese sentences, %d English sentences, %d Chinese places, %d Chinese words%n",
                corpus.zhSentences.size(), corpus.enSentences.size(), corpus.zhPlaces.size(), corpus.zhWords.size());
        int n = 20_000;
        long[] hits = new long[args.length];
        long chars = 0;
        for (long id = 1; id <= n; id++) {
            Doc d = corpus.article(id);
            chars += d.text().length();
            if (id % 4000 == 1) {
                System.out.println(d.language() + " " + d.date() + " " + d.newspaper() + " | " + d.headline() + " | "
                        + d.text().substring(0, Math.min(160, d.text().length())).replace('\n', ' '));
            }
            String folded = org.galley.search.SearchText.fold(d.headline() + " " + d.text());
            for (int a = 0; a < args.length; a++) {
                if (folded.contains(org.galley.search.SearchText.fold(args[a]))) {
                    hits[a]++;
                }
            }
        }
        System.out.printf("mean length %d characters%n", chars / n);
        for (int a = 0; a < args.length; a++) {
            System.out.printf("%-12s %6.2f%%%n", args[a], 100.0 * hits[a] / n);
        }
    }
}
