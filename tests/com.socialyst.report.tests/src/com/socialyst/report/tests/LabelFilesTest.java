package com.socialyst.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import com.socialyst.report.Reports;

/** The report labels exist in every report language, with the same keys and patterns that format. */
class LabelFilesTest {

	private static final List<String> TRANSLATIONS = List.of("nl", "pl", "id", "sr_Latn", "sr_Cyrl");

	@Test
	void everyLanguageHasEveryLabelAndItsPatternsFormat() throws IOException {
		Properties english = load("report.properties");
		for (String language : TRANSLATIONS) {
			Properties translated = load("report_" + language + ".properties");
			assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()),
					language);
			Locale locale = Locale.forLanguageTag(language.replace('_', '-'));
			for (String key : english.stringPropertyNames()) {
				String pattern = translated.getProperty(key);
				assertTrue(!pattern.isBlank(), language + " " + key);
				String formatted = new MessageFormat(pattern, locale).format(new Object[] { 3, 12, 4, 5, 0 });
				if (english.getProperty(key).contains("{0")) {
					assertTrue(formatted.contains("3"), language + " " + key + " drops its first argument: " + formatted);
				}
			}
		}
	}

	@Test
	void serbianCyrillicIsWrittenInCyrillic() throws IOException {
		Properties cyrillic = load("report_sr_Cyrl.properties");
		for (String key : cyrillic.stringPropertyNames()) {
			String text = cyrillic.getProperty(key).replaceAll("\\{[^}]*\\}|KPI|ROI|R&D", "")
					.replaceAll("Facebook|Instagram|LinkedIn|YouTube|TikTok|Pinterest|^X$", "");
			assertTrue(text.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN),
					key + ": " + cyrillic.getProperty(key));
		}
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FrameworkUtil.getBundle(Reports.class).getEntry("templates/" + file).openStream()) {
			properties.load(in);
		}
		return properties;
	}
}
