package com.socialyst.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * Answers read from a file, checked against a model.
 *
 * @param date the assessment day the file gives; null when it gives none
 * @param answers in file order, each question at most once
 */
public record AnswerSet(LocalDate date, List<AnswerSet.Entry> answers) {

	/** One answer: a question of the model and a level in 0..maxLevel. */
	public record Entry(String questionId, int level, String comment) {
	}

	public AnswerSet {
		answers = List.copyOf(answers);
	}
}
