package com.socialyst.assessment.tests;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.core.runtime.Platform;

import com.socialyst.assessment.MaturityModels;
import com.socialyst.assessment.internal.ExtensionMaturityModels;
import com.socialyst.maturity.Dimension;
import com.socialyst.maturity.Level;
import com.socialyst.maturity.MaturityFactory;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.maturity.Question;
import com.socialyst.maturity.Stage;
import com.socialyst.model.Answer;
import com.socialyst.model.Assessment;
import com.socialyst.model.Client;
import com.socialyst.model.Industry;
import com.socialyst.model.SocialystFactory;

/** Small models, clients and assessments for the tests. */
final class Models {

	private Models() {
	}

	/** The models installed in the test runtime (the built-in one). */
	static MaturityModels installed() {
		return new ExtensionMaturityModels(Platform.getExtensionRegistry());
	}

	/**
	 * A model with dimensions "a" (weight 1, questions a1, a2) and "b" (weight 3, questions b1, b2), levels 0..4, and
	 * stages low (0), mid (40) and high (80, every dimension at least 50).
	 */
	static MaturityModel small() {
		MaturityFactory f = MaturityFactory.eINSTANCE;
		MaturityModel model = f.createMaturityModel();
		model.setId("small");
		model.setVersion("1.0");
		model.setName("Small");
		model.getDimensions().add(dimension("a", 1, "a1", "a2"));
		model.getDimensions().add(dimension("b", 3, "b1", "b2"));
		model.getStages().add(stage("low", 0, 0));
		model.getStages().add(stage("mid", 40, 0));
		model.getStages().add(stage("high", 80, 50));
		return model;
	}

	private static Dimension dimension(String id, double weight, String... questions) {
		Dimension dimension = MaturityFactory.eINSTANCE.createDimension();
		dimension.setId(id);
		dimension.setName(id.toUpperCase());
		dimension.setWeight(weight);
		for (String questionId : questions) {
			Question question = MaturityFactory.eINSTANCE.createQuestion();
			question.setId(questionId);
			question.setText("Question " + questionId + "?");
			for (int value = 0; value <= 4; value++) {
				Level level = MaturityFactory.eINSTANCE.createLevel();
				level.setValue(value);
				level.setDescription("level " + value);
				question.getLevels().add(level);
			}
			dimension.getQuestions().add(question);
		}
		return dimension;
	}

	private static Stage stage(String id, double minScore, double minDimensionScore) {
		Stage stage = MaturityFactory.eINSTANCE.createStage();
		stage.setId(id);
		stage.setName(id);
		stage.setMinScore(minScore);
		stage.setMinDimensionScore(minDimensionScore);
		return stage;
	}

	static Assessment assessment(MaturityModel model, LocalDate date, Map<String, Integer> levels) {
		Assessment assessment = SocialystFactory.eINSTANCE.createAssessment();
		assessment.setModelId(model.getId());
		assessment.setModelVersion(model.getVersion());
		assessment.setDate(date);
		levels.forEach((question, level) -> {
			Answer answer = SocialystFactory.eINSTANCE.createAnswer();
			answer.setQuestionId(question);
			answer.setLevel(level);
			assessment.getAnswers().add(answer);
		});
		return assessment;
	}

	/** Every question of the model answered with the level its dimension is given (default {@code otherwise}). */
	static Assessment uniform(MaturityModel model, LocalDate date, Map<String, Integer> byDimension, int otherwise) {
		Map<String, Integer> levels = new java.util.LinkedHashMap<>();
		for (Dimension dimension : model.getDimensions()) {
			int level = byDimension.getOrDefault(dimension.getId(), otherwise);
			dimension.getQuestions().forEach(q -> levels.put(q.getId(), level));
		}
		return assessment(model, date, levels);
	}

	static Client client(String id, Industry industry) {
		Client client = SocialystFactory.eINSTANCE.createClient();
		client.setId(id);
		client.setName(id);
		client.setIndustry(industry);
		return client;
	}
}
