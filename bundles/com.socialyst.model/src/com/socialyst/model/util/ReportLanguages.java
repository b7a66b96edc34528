package com.socialyst.model.util;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How texts a client reads (reports, diagnosis, maturity questionnaire) are looked up by language, in one place so
 * that every bundle translating for clients picks the same file for the same language.
 */
public final class ReportLanguages {

	/**
	 * Java's properties lookup without its fallback to the JVM's default locale: a language without a translation
	 * gets the base (English) file, so the same command gives the same text on every machine.
	 */
	public static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private ReportLanguages() {
	}

	/**
	 * The locale to look translations up with: English for null, and Serbian without a script as Cyrillic, the
	 * official script of Serbia and CLDR's default for {@code sr} (without this, plain {@code sr} would find no
	 * file, as the translations are {@code _sr_Latn} and {@code _sr_Cyrl}).
	 */
	public static Locale lookupLocale(Locale locale) {
		if (locale == null) {
			return Locale.ENGLISH;
		}
		if ("sr".equals(locale.getLanguage()) && locale.getScript().isEmpty()) {
			return new Locale.Builder().setLocale(locale).setScript("Cyrl").build();
		}
		return locale;
	}
}
