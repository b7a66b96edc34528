package com.socialyst.diagnosis.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.socialyst.model.util.ReportLanguages;

/**
 * The texts of this bundle in one language, read from {@code messages*.properties} files next to the classes that
 * show them. Every value is a {@link MessageFormat} pattern (apostrophes doubled); numbers are formatted for the
 * language of the text found, dates are passed as {@link java.time.LocalDate} and come out ISO (yyyy-MM-dd).
 */
public final class Messages {

	/** The titles, evidence lines and recommendations of the built-in rules, and the model values they mention. */
	public static final String RULES = "com.socialyst.diagnosis.internal.rules.messages";

	/** The display names of categories and severities. */
	public static final String LABELS = "com.socialyst.diagnosis.messages";

	/** The languages there are translations for (BCP 47 tags, as in the model's ReportLocale); English is the fallback. */
	public static final List<String> LANGUAGE_TAGS = List.of("en", "nl", "pl", "id", "sr-Latn", "sr-Cyrl");

	private final ResourceBundle bundle;
	private final Locale formatLocale;

	private Messages(ResourceBundle bundle, Locale formatLocale) {
		this.bundle = bundle;
		this.formatLocale = formatLocale;
	}

	/** The texts of {@code baseName} (one of the constants above) in {@code locale}, else in English. */
	public static Messages of(String baseName, Locale locale) {
		Locale lookup = ReportLanguages.lookupLocale(locale);
		// the bundle's own class loader: under OSGi the thread's context loader does not see these files
		ResourceBundle bundle = ResourceBundle.getBundle(baseName, lookup, Messages.class.getClassLoader(),
				ReportLanguages.NO_FALLBACK);
		// numbers follow the text: English text with German digit grouping would read wrong
		boolean translated = !bundle.getLocale().getLanguage().isEmpty();
		return new Messages(bundle, translated ? lookup : Locale.ENGLISH);
	}

	/**
	 * The text of {@code key} with {@code arguments} filled in.
	 *
	 * @throws java.util.MissingResourceException when no file, not even the English one, has the key
	 */
	public String format(String key, Object... arguments) {
		return new MessageFormat(bundle.getString(key), formatLocale).format(arguments);
	}
}
