package com.socialyst.ui.internal.wizards.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.socialyst.maturity.Dimension;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.maturity.Question;
import com.socialyst.model.Answer;
import com.socialyst.model.Assessment;
import com.socialyst.model.Client;
import com.socialyst.model.SocialystFactory;

/**
 * The answers being given in the wizard, by question id: a level (absent = unanswered) and an optional comment. They
 * survive a change of model version, since question ids do.
 */
final class AnswerDraft {

	private final Map<String, Integer> levels = new HashMap<>();
	private final Map<String, String> comments = new HashMap<>();

	/** The level answered to {@code questionId}; null when unanswered. */
	Integer level(String questionId) {
		return levels.get(questionId);
	}

	String comment(String questionId) {
		return comments.getOrDefault(questionId, "");
	}

	void setLevel(String questionId, Integer level) {
		if (level == null) {
			levels.remove(questionId);
		} else {
			levels.put(questionId, level);
		}
	}

	void setComment(String questionId, String comment) {
		if (comment == null || comment.isBlank()) {
			comments.remove(questionId);
		} else {
			comments.put(questionId, comment.strip());
		}
	}

	/** How many questions of {@code model} are answered. */
	int answered(MaturityModel model) {
		return (int) model.getDimensions().stream().flatMap(d -> d.getQuestions().stream())
				.filter(q -> levels.containsKey(q.getId())).count();
	}

	/**
	 * The client's latest assessment with {@code model}'s id (any version), the one stored last when two share a
	 * day, as {@code AssessmentHistory} orders them; null when there is none.
	 */
	static Assessment latest(Client client, MaturityModel model) {
		Assessment latest = null;
		for (Assessment assessment : client.getAssessments()) {
			if (model.getId().equals(assessment.getModelId()) && assessment.getDate() != null
					&& (latest == null || !assessment.getDate().isBefore(latest.getDate()))) {
				latest = assessment;
			}
		}
		return latest;
	}

	/** Starts over from {@code earlier}'s answers to questions {@code model} has (null: all unanswered). */
	void load(Assessment earlier, MaturityModel model) {
		levels.clear();
		comments.clear();
		if (earlier == null) {
			return;
		}
		for (Answer answer : earlier.getAnswers()) {
			if (question(model, answer.getQuestionId()) != null && answer.getLevel() >= 0
					&& answer.getLevel() <= model.getMaxLevel()) {
				levels.put(answer.getQuestionId(), answer.getLevel());
				setComment(answer.getQuestionId(), answer.getComment());
			}
		}
	}

	/**
	 * A new assessment holding these answers in the model's question order, as {@code Assessments.record} builds one
	 * from an answer file; not yet in any client.
	 */
	Assessment toAssessment(MaturityModel model, LocalDate date) {
		Assessment assessment = SocialystFactory.eINSTANCE.createAssessment();
		assessment.setDate(date);
		assessment.setModelId(model.getId());
		assessment.setModelVersion(model.getVersion());
		for (Dimension dimension : model.getDimensions()) {
			for (Question question : dimension.getQuestions()) {
				Integer level = levels.get(question.getId());
				if (level != null) {
					Answer answer = SocialystFactory.eINSTANCE.createAnswer();
					answer.setQuestionId(question.getId());
					answer.setLevel(level);
					answer.setComment(comments.get(question.getId()));
					assessment.getAnswers().add(answer);
				}
			}
		}
		return assessment;
	}

	private static Question question(MaturityModel model, String id) {
		for (Dimension dimension : model.getDimensions()) {
			for (Question question : dimension.getQuestions()) {
				if (question.getId().equals(id)) {
					return question;
				}
			}
		}
		return null;
	}
}
