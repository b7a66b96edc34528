package com.socialyst.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.socialyst.maturity.Dimension;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.maturity.Question;
import com.socialyst.maturity.Stage;
import com.socialyst.model.Answer;
import com.socialyst.model.Assessment;

/**
 * Scores an assessment against its maturity model.
 * <ul>
 * <li>A dimension scores the mean of its answered questions' levels divided by the model's maximum level, times 100.
 * Unanswered questions are left out, not counted as 0, and listed.</li>
 * <li>The overall score is the mean of the scored dimensions weighted by their weights.</li>
 * <li>The stage is the highest stage whose {@code minScore} the overall score reaches and whose
 * {@code minDimensionScore} every dimension reaches: a neglected area keeps a client out of the stages where social is
 * part of the whole organisation. Without at least one answer in every dimension there is no stage.</li>
 * </ul>
 */
public final class AssessmentScorer {

	private AssessmentScorer() {
	}

	public static AssessmentResult score(MaturityModel model, Assessment assessment) {
		List<String> notes = new ArrayList<>();
		Map<String, Integer> levels = new LinkedHashMap<>();
		for (Answer answer : assessment.getAnswers()) {
			if (answer.getLevel() < 0 || answer.getLevel() > model.getMaxLevel()) {
				notes.add("answer to '" + answer.getQuestionId() + "' left out: level " + answer.getLevel()
						+ " is outside 0.." + model.getMaxLevel());
			} else if (levels.put(answer.getQuestionId(), answer.getLevel()) != null) {
				notes.add("question '" + answer.getQuestionId() + "' is answered twice; the last answer counts");
			}
		}

		List<DimensionScore> dimensions = new ArrayList<>();
		List<String> unanswered = new ArrayList<>();
		double weighted = 0;
		double weights = 0;
		for (Dimension dimension : model.getDimensions()) {
			int answered = 0;
			int sum = 0;
			for (Question question : dimension.getQuestions()) {
				Integer level = levels.remove(question.getId());
				if (level == null) {
					unanswered.add(question.getId());
				} else {
					answered++;
					sum += level;
				}
			}
			double score = answered == 0 ? Double.NaN : 100.0 * sum / (answered * (double) model.getMaxLevel());
			dimensions.add(new DimensionScore(dimension, score, answered, dimension.getQuestions().size()));
			if (answered > 0) {
				weighted += score * dimension.getWeight();
				weights += dimension.getWeight();
			}
		}
		levels.keySet().forEach(id -> notes.add("answer to '" + id + "' left out: model " + model.getId() + " "
				+ model.getVersion() + " has no such question"));

		double overall = weights == 0 ? Double.NaN : weighted / weights;
		List<String> empty = dimensions.stream().filter(d -> !d.scored()).map(DimensionScore::id).toList();
		Stage stage = null;
		if (!empty.isEmpty()) {
			notes.add("no stage: dimension(s) without any answer: " + String.join(", ", empty));
		} else {
			stage = stage(model, overall, dimensions);
		}
		return new AssessmentResult(model, assessment.getDate(), dimensions, overall, stage, unanswered, notes);
	}

	private static Stage stage(MaturityModel model, double overall, List<DimensionScore> dimensions) {
		double weakest = dimensions.stream().mapToDouble(DimensionScore::score).min().orElse(0);
		Stage reached = model.getStages().get(0);
		for (Stage stage : model.getStages()) {
			if (overall >= stage.getMinScore() && weakest >= stage.getMinDimensionScore()) {
				reached = stage;
			}
		}
		return reached;
	}
}
