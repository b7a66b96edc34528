package com.socialyst.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.socialyst.assessment.MaturityModels;
import com.socialyst.assessment.MaturityTexts;
import com.socialyst.assessment.internal.ModelLoader;
import com.socialyst.maturity.Dimension;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.maturity.Question;

class BuiltInModelTest {

	private final MaturityModels models = Models.installed();

	@Test
	void theBuiltInModelIsInstalledWithTheEightDimensions() {
		assertEquals(List.of(), models.problems());
		MaturityModel model = models.latest(MaturityModels.STANDARD_ID).orElseThrow();
		assertEquals("1.0", model.getVersion());
		assertEquals(List.of("reach", "relationships", "audiences", "measurement", "leadership", "people", "paid", "technology"),
				model.getDimensions().stream().map(Dimension::getId).toList());
		for (Dimension dimension : model.getDimensions()) {
			int questions = dimension.getQuestions().size();
			assertTrue(questions >= 4 && questions <= 6, dimension.getId() + " has " + questions + " questions");
			for (Question question : dimension.getQuestions()) {
				assertEquals(5, question.getLevels().size(), question.getId());
				assertTrue(question.getId().startsWith(dimension.getId() + "."), question.getId());
			}
		}
		assertEquals(List.of(), ModelLoader.check(model));
	}

	@Test
	void brokenModelsAreRefusedWithEveryReason() {
		MaturityModel model = Models.small();
		model.getDimensions().get(1).setId("a");
		model.getDimensions().get(0).getQuestions().get(0).getLevels().remove(4);
		model.getStages().get(2).setMinScore(30);
		assertEquals(List.of("question 'a1' must describe every level 0..4",
				"dimension id 'a' is missing or used twice",
				"stage 'high': minScore 30.0 must be above the previous stage's and at most 100"), ModelLoader.check(model));
	}

	@Test
	void textsFallBackToTheModelsOwnWords() {
		MaturityModel model = models.latest(MaturityModels.STANDARD_ID).orElseThrow();
		MaturityTexts texts = models.texts(model);
		Dimension reach = model.getDimensions().get(0);
		assertEquals("Reach beyond marketing", texts.name(reach, Locale.ENGLISH));
		assertEquals("Reach beyond marketing", texts.name(reach, Locale.JAPANESE), "no Japanese translation: as written");
		assertEquals("Converged", texts.name(model.getStages().get(5), Locale.GERMAN));
		Question first = reach.getQuestions().get(0);
		assertEquals(first.getLevels().get(4).getDescription(), texts.level(first, 4, Locale.ENGLISH));
	}

	@Test
	void translationsExistForEveryReportLanguageAndEveryText() {
		MaturityModel model = models.latest(MaturityModels.STANDARD_ID).orElseThrow();
		MaturityTexts texts = models.texts(model);
		for (String tag : List.of("nl", "pl", "id", "sr-Latn", "sr-Cyrl")) {
			Locale locale = Locale.forLanguageTag(tag);
			assertNotEquals(model.getName(), texts.name(model, locale), tag);
			for (Dimension dimension : model.getDimensions()) {
				assertNotEquals(dimension.getName(), texts.name(dimension, locale), tag + " " + dimension.getId());
				assertNotEquals(dimension.getDescription(), texts.description(dimension, locale), tag + " " + dimension.getId());
				for (Question question : dimension.getQuestions()) {
					assertNotEquals(question.getText(), texts.text(question, locale), tag + " " + question.getId());
					for (int level = 0; level <= model.getMaxLevel(); level++) {
						assertNotEquals(question.getLevels().get(level).getDescription(), texts.level(question, level, locale),
								tag + " " + question.getId() + " level " + level);
					}
				}
			}
			model.getStages().forEach(stage -> assertNotEquals(stage.getName() + stage.getDescription(),
					texts.name(stage, locale) + texts.description(stage, locale), tag + " " + stage.getId()));
		}
		Dimension reach = model.getDimensions().get(0);
		String cyrillic = texts.name(reach, Locale.forLanguageTag("sr-Cyrl"));
		assertTrue(cyrillic.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC), cyrillic);
		String latin = texts.name(reach, Locale.forLanguageTag("sr-Latn"));
		assertTrue(latin.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC), latin);
		// Serbian without a script is Cyrillic here too, as in the diagnosis and the reports
		assertEquals(cyrillic, texts.name(reach, Locale.forLanguageTag("sr")));
	}
}
