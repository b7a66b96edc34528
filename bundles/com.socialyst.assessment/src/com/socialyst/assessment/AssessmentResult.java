package com.socialyst.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.socialyst.maturity.MaturityModel;
import com.socialyst.maturity.Stage;

/**
 * A scored assessment.
 *
 * @param model the model it was answered against
 * @param date the day of the assessment
 * @param dimensions every dimension of the model, in model order
 * @param overall 0-100, the weighted mean of the scored dimensions; NaN when nothing was answered
 * @param stage the stage reached; null unless every dimension has at least one answer
 * @param unanswered ids of the model's questions without an answer
 * @param notes answers that were left out (unknown question, level out of range) and why there is no stage
 */
public record AssessmentResult(MaturityModel model, LocalDate date, List<DimensionScore> dimensions, double overall,
		Stage stage, List<String> unanswered, List<String> notes) {

	public AssessmentResult {
		dimensions = List.copyOf(dimensions);
		unanswered = List.copyOf(unanswered);
		notes = List.copyOf(notes);
	}

	public Optional<DimensionScore> dimension(String id) {
		return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
	}

	/** Whether every question was answered. */
	public boolean complete() {
		return unanswered.isEmpty();
	}
}
