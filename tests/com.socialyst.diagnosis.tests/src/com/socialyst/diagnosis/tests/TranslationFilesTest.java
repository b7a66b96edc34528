package com.socialyst.diagnosis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.internal.rules.NoExecutiveSponsor;

/**
 * The translation files themselves, read as resources of the diagnosis bundle: complete, with the English
 * placeholders, valid MessageFormat patterns, and Serbian Cyrillic that is the Latin text in the other script.
 */
class TranslationFilesTest {

	/** A class next to each family of files: the rule texts and the category/severity labels. */
	private static final List<Class<?>> FAMILIES = List.of(NoExecutiveSponsor.class, Category.class);

	private static final List<String> TRANSLATIONS = List.of("nl", "pl", "id", "sr_Latn", "sr_Cyrl");

	/** Ids that keep their Latin letters in Cyrillic text: product names and codes, not words. */
	private static final Set<String> LATIN_IDS = Set.of("GA4", "EUR");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*\\}");

	@Test
	void everyTranslationHasExactlyTheEnglishKeys() throws IOException {
		for (Class<?> family : FAMILIES) {
			Set<String> english = new TreeSet<>(read(family, "messages.properties").stringPropertyNames());
			assertTrue(!english.isEmpty(), family.getPackageName());
			for (String language : TRANSLATIONS) {
				String file = "messages_" + language + ".properties";
				Set<String> translated = new TreeSet<>(read(family, file).stringPropertyNames());
				Set<String> missing = new TreeSet<>(english);
				missing.removeAll(translated);
				Set<String> extra = new TreeSet<>(translated);
				extra.removeAll(english);
				assertEquals(Set.of(), missing, family.getPackageName() + " " + file + ": missing keys");
				assertEquals(Set.of(), extra, family.getPackageName() + " " + file + ": keys English does not have");
			}
		}
	}

	@Test
	void placeholdersMatchTheEnglishKeyByKey() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (Class<?> family : FAMILIES) {
			Properties english = read(family, "messages.properties");
			for (String language : TRANSLATIONS) {
				Properties translated = read(family, "messages_" + language + ".properties");
				for (String key : english.stringPropertyNames()) {
					List<String> expected = placeholders(english.getProperty(key));
					List<String> actual = placeholders(translated.getProperty(key, ""));
					if (!expected.equals(actual)) {
						wrong.add(language + " " + key + ": " + actual + " instead of " + expected);
					}
				}
			}
		}
		assertEquals(List.of(), wrong);
	}

	/** A single apostrophe would silently quote the rest of the text away instead of showing. */
	@Test
	void everyValueIsAMessageFormatPatternWithDoubledApostrophes() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (Class<?> family : FAMILIES) {
			for (String file : files()) {
				Properties texts = read(family, file);
				for (String key : texts.stringPropertyNames()) {
					String value = texts.getProperty(key);
					if (value.isBlank() || value.replace("''", "").contains("'")) {
						wrong.add(file + " " + key + ": blank or a single apostrophe");
					}
					try {
						new MessageFormat(value);
					} catch (IllegalArgumentException e) {
						wrong.add(file + " " + key + ": " + e.getMessage());
					}
				}
			}
		}
		assertEquals(List.of(), wrong);
	}

	@Test
	void serbianCyrillicHasNoLatinLettersOutsidePlaceholdersAndIds() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (Class<?> family : FAMILIES) {
			Properties cyrillic = read(family, "messages_sr_Cyrl.properties");
			for (String key : cyrillic.stringPropertyNames()) {
				String text = PLACEHOLDER.matcher(cyrillic.getProperty(key)).replaceAll(" ");
				for (String word : text.split("[^\\p{L}\\p{N}]+")) {
					if (!LATIN_IDS.contains(word) && word.codePoints()
							.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
						wrong.add(key + ": " + word);
					}
				}
			}
		}
		assertEquals(List.of(), wrong);
	}

	/** Both Serbian files say the same: the Cyrillic one is the Latin one transliterated. */
	@Test
	void serbianCyrillicIsTheLatinTextTransliterated() throws IOException {
		for (Class<?> family : FAMILIES) {
			Properties latin = read(family, "messages_sr_Latn.properties");
			Properties cyrillic = read(family, "messages_sr_Cyrl.properties");
			for (String key : latin.stringPropertyNames()) {
				assertEquals(SerbianScript.toCyrillic(latin.getProperty(key)), cyrillic.getProperty(key), key);
			}
		}
	}

	private static List<String> files() {
		List<String> files = new ArrayList<>(List.of("messages.properties"));
		TRANSLATIONS.forEach(language -> files.add("messages_" + language + ".properties"));
		return files;
	}

	/** The placeholders of {@code pattern} in order of argument, e.g. [{0}, {1,number,integer}]. */
	private static List<String> placeholders(String pattern) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		while (matcher.find()) {
			found.add(matcher.group().replace(" ", ""));
		}
		found.sort(null);
		return found;
	}

	/**
	 * {@code file} next to {@code family}, decoded strictly as UTF-8: Java would read a file that is not UTF-8 as
	 * ISO 8859-1 without a word, garbling every non-ASCII letter.
	 */
	private static Properties read(Class<?> family, String file) throws IOException {
		try (InputStream in = family.getResourceAsStream(file)) {
			assertNotNull(in, family.getPackageName() + "/" + file + " is not in the bundle");
			String text;
			try {
				text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes()))
						.toString();
			} catch (CharacterCodingException e) {
				return fail(file + " is not UTF-8: " + e);
			}
			Properties properties = new Properties();
			properties.load(new StringReader(text));
			return properties;
		}
	}

	/** Serbian Latin to Cyrillic, letter for letter; placeholders and {@link #LATIN_IDS} stay as they are. */
	static final class SerbianScript {

		private static final Map<String, String> DIGRAPHS = Map.of("lj", "љ", "nj", "њ", "dž", "џ", "Lj", "Љ", "Nj",
				"Њ", "Dž", "Џ", "LJ", "Љ", "NJ", "Њ", "DŽ", "Џ");
		private static final String LATIN = "abcčćdđefghijklmnoprsštuvzž";
		private static final String CYRILLIC = "абцчћдђефгхијклмнопрсштувзж";
		/** Abbreviations spelt letter by letter in Cyrillic. */
		private static final Map<String, String> WORDS = Map.of("KPI", "КПИ");
		private static final Pattern WORD = Pattern.compile("\\{[^}]*\\}|[\\p{L}\\p{N}]+");

		static String toCyrillic(String latin) {
			StringBuilder out = new StringBuilder();
			Matcher matcher = WORD.matcher(latin);
			int last = 0;
			while (matcher.find()) {
				out.append(latin, last, matcher.start());
				String word = matcher.group();
				out.append(word.startsWith("{") || LATIN_IDS.contains(word) ? word
						: WORDS.getOrDefault(word, letters(word)));
				last = matcher.end();
			}
			return out.append(latin.substring(last)).toString();
		}

		private static String letters(String word) {
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < word.length(); i++) {
				String pair = i + 2 <= word.length() ? word.substring(i, i + 2) : "";
				if (DIGRAPHS.containsKey(pair)) {
					out.append(DIGRAPHS.get(pair));
					i++;
					continue;
				}
				char c = word.charAt(i);
				int lower = LATIN.indexOf(Character.toLowerCase(c));
				if (lower < 0) {
					out.append(c);
				} else {
					char cyrillic = CYRILLIC.charAt(lower);
					out.append(Character.isUpperCase(c) ? Character.toUpperCase(cyrillic) : cyrillic);
				}
			}
			return out.toString();
		}
	}
}
