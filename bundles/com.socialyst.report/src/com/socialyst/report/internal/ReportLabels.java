package com.socialyst.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;

import com.socialyst.model.util.ReportLanguages;

/**
 * The labels of reports in one language, from the {@code report*.properties} files beside the templates. Java's
 * own lookup is used rather than BIRT's because BIRT ignores the script: it would give Serbian Latin and Serbian
 * Cyrillic the same file.
 */
public final class ReportLabels {

	/** The base name of the label files, as templates name it in their {@code includeResource} property. */
	public static final String BASE_NAME = "report";

	private final ResourceBundle bundle;
	private final Locale locale;
	/** Every label as templates show it; made once, as every report of this language hands it to the engine. */
	private final Map<String, String> all;

	private ReportLabels(ResourceBundle bundle, Locale locale) {
		this.bundle = bundle;
		this.locale = locale;
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : Collections.list(bundle.getKeys())) {
			labels.put(key, text(key));
		}
		this.all = Map.copyOf(labels); // immutable: the engine's DesignVariant takes it without copying
	}

	/** The labels in {@code folder} for {@code locale}; plain Serbian means Cyrillic, as in CLDR. */
	public static ReportLabels load(Path folder, Locale locale) {
		Locale lookup = ReportLanguages.lookupLocale(locale);
		try (URLClassLoader loader = new URLClassLoader(new URL[] { folder.toUri().toURL() }, null)) {
			ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, lookup, loader, ReportLanguages.NO_FALLBACK);
			return new ReportLabels(bundle, lookup);
		} catch (MalformedURLException e) {
			throw new IllegalStateException(e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The language dates, numbers and texts are given in. */
	public Locale locale() {
		return locale;
	}

	/** The label of {@code key}, with {@code arguments} filled in when there are any. */
	public String text(String key, Object... arguments) {
		String pattern = bundle.getString(key);
		return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(arguments);
	}

	/** The label of {@code key}, or {@code fallback} when there is none. */
	public String textOr(String key, String fallback) {
		return bundle.containsKey(key) ? text(key) : fallback;
	}

	/** The label of a model value ({@code Platform.linkedin}); its literal when there is none. */
	public String value(Enumerator value) {
		if (value == null) {
			return null;
		}
		String key = ((Enum<?>) value).getDeclaringClass().getSimpleName() + "." + value.getLiteral();
		return bundle.containsKey(key) ? bundle.getString(key) : value.getLiteral();
	}

	/** Every label by key, as templates show them (patterns unformatted). */
	public Map<String, String> all() {
		return all;
	}

	/** A fraction as a percentage in this language, with one decimal ({@code 12,5 %}). */
	public String percent(double fraction) {
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(fraction);
	}

	/** A number rounded to a whole in this language. */
	public String whole(double value) {
		return NumberFormat.getIntegerInstance(locale).format(Math.round(value));
	}
}
