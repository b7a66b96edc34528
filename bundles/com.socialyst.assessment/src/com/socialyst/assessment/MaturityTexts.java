package com.socialyst.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.socialyst.maturity.Dimension;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.maturity.Question;
import com.socialyst.maturity.Stage;
import com.socialyst.model.util.ReportLanguages;

/**
 * A maturity model's names and texts in the languages of its translation files ({@code <base>_nl.properties},
 * {@code <base>_sr_Cyrl.properties}, UTF-8), falling back to the text written in the model file. The candidate files
 * for a locale are Java's resource-bundle candidates, so {@code sr-Cyrl} reads {@code _sr_Cyrl} and never the JVM's
 * default locale; plain {@code sr} reads Cyrillic, as the diagnosis and reports do ({@link ReportLanguages}).
 */
public final class MaturityTexts {

	private static final ResourceBundle.Control CONTROL = ReportLanguages.NO_FALLBACK;

	private final String base;
	private final Function<String, URL> resources;
	private final Map<String, Properties> loaded = new ConcurrentHashMap<>();

	/**
	 * @param base the translations' base path (e.g. {@code models/social-maturity-1.0}); null when there are none
	 * @param resources finds a file of the contributing bundle by path; returns null when there is none
	 */
	public MaturityTexts(String base, Function<String, URL> resources) {
		this.base = base;
		this.resources = resources;
	}

	/** Texts with no translations: always the model's own text. */
	public static MaturityTexts untranslated() {
		return new MaturityTexts(null, path -> null);
	}

	public String name(MaturityModel model, Locale locale) {
		return text("model.name", model.getName(), locale);
	}

	public String name(Dimension dimension, Locale locale) {
		return text(dimension.getId() + ".name", dimension.getName(), locale);
	}

	public String description(Dimension dimension, Locale locale) {
		return text(dimension.getId() + ".description", dimension.getDescription(), locale);
	}

	public String text(Question question, Locale locale) {
		return text(question.getId() + ".text", question.getText(), locale);
	}

	/** The anchor of one level of a question; null when the model has none for that level. */
	public String level(Question question, int level, Locale locale) {
		String own = question.getLevels().stream().filter(l -> l.getValue() == level).findFirst()
				.map(l -> l.getDescription()).orElse(null);
		return text(question.getId() + ".level." + level, own, locale);
	}

	public String name(Stage stage, Locale locale) {
		return text("stage." + stage.getId() + ".name", stage.getName(), locale);
	}

	public String description(Stage stage, Locale locale) {
		return text("stage." + stage.getId() + ".description", stage.getDescription(), locale);
	}

	private String text(String key, String fallback, Locale locale) {
		if (base == null || locale == null) {
			return fallback;
		}
		List<Locale> candidates = CONTROL.getCandidateLocales("", ReportLanguages.lookupLocale(locale));
		for (Locale candidate : candidates) {
			if (candidate.equals(Locale.ROOT)) {
				continue;
			}
			String value = file(CONTROL.toBundleName(base, candidate) + ".properties").getProperty(key);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return fallback;
	}

	private Properties file(String path) {
		return loaded.computeIfAbsent(path, p -> {
			Properties properties = new Properties();
			URL url = resources.apply(p);
			if (url != null) {
				try (InputStream in = url.openStream()) {
					properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				} catch (IOException e) {
					throw new UncheckedIOException("cannot read the translations " + p + ": " + e.getMessage(), e);
				}
			}
			return properties;
		});
	}
}
