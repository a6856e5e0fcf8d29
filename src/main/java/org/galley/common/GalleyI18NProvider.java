package org.galley.common;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** All UI text comes from the {@code vaadin-i18n/translations} bundles, English and Simplified Chinese. */
@Component
public class GalleyI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(ENGLISH, CHINESE);
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(GalleyI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            // Always through MessageFormat, so every text follows one quoting rule (no bare apostrophes).
            return new MessageFormat(pattern, effective).format(translatedTerms(plainIntegers(params), effective));
        } catch (MissingResourceException e) {
            log.warn("Missing UI text '{}' for {}", key, effective);
            return "!" + key;
        }
    }

    /** Words that are themselves translated (field names) read in the message's language. */
    private Object[] translatedTerms(Object[] params, Locale locale) {
        if (params == null) {
            return null;
        }
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof Term t) {
                String text = getTranslation(t.key(), locale);
                params[i] = text.startsWith("!") ? t.fallback() : text;
            }
        }
        return params;
    }

    /** Whole numbers in messages are mostly ids and page numbers: "issue 999999", not "issue 999,999". */
    private static Object[] plainIntegers(Object[] params) {
        if (params == null) {
            return null;
        }
        Object[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Long || out[i] instanceof Integer || out[i] instanceof Short
                    || out[i] instanceof java.math.BigInteger) {
                out[i] = out[i].toString();
            }
        }
        return out;
    }

    /** Maps any locale onto one Galley speaks: Chinese for any zh, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}
