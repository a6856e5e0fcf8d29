package org.galley.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI text exists in English and Chinese, and every key the code names exists in the bundles. */
class TranslationsTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseBundlesHaveTheSameKeys() throws IOException {
        Set<String> en = load("translations.properties").stringPropertyNames();
        Set<String> zh = load("translations_zh_CN.properties").stringPropertyNames();
        assertThat(new TreeSet<>(zh)).as("keys missing or extra in zh_CN").isEqualTo(new TreeSet<>(en));
    }

    @Test
    void everyTextIsAValidMessageFormatPattern() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_zh_CN.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertThat(text).as(bundle + " " + key + " is empty").isNotBlank();
                new MessageFormat(text).format(new Object[] {"a", "b", "c"});
                assertThat(text).as(bundle + " " + key + ": a bare apostrophe vanishes in MessageFormat").doesNotContainPattern("(?<!')'(?!')");
            }
        }
    }

    /** Literal keys in getTranslation("..."), UserFacingException("...") and friends must be in the bundle. */
    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = load("translations.properties").stringPropertyNames();
        Pattern call = Pattern.compile("(?:getTranslation|UserFacingException(?:\\.\\w+)?|translate|text|Note\\.of|Note\\.term)\\(\\s*\"([a-zA-Z][\\w.]*)\"");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    // "role." + name: a prefix; some key must continue it
                    boolean ok = key.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
                    if (!ok) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theProviderFallsBackVisiblyOnAMissingKeyAndFormatsArguments() {
        GalleyI18NProvider provider = new GalleyI18NProvider();
        assertThat(provider.getTranslation("no.such.key", GalleyI18NProvider.ENGLISH)).isEqualTo("!no.such.key");
        assertThat(provider.getTranslation("users.error.password", GalleyI18NProvider.CHINESE, 10)).isEqualTo("密码至少需要 10 个字符。");
        assertThat(provider.getTranslation("nav.issues", java.util.Locale.forLanguageTag("zh-TW"))).isEqualTo("报纸期次");
        assertThat(provider.getTranslation("nav.issues", java.util.Locale.GERMAN)).isEqualTo("Issues");
    }
}
