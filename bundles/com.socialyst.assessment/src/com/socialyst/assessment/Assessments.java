package com.socialyst.assessment;

import java.time.LocalDate;
import java.util.Objects;

import com.socialyst.maturity.MaturityModel;
import com.socialyst.model.Answer;
import com.socialyst.model.Assessment;
import com.socialyst.model.Client;
import com.socialyst.model.SocialystFactory;

/** Records assessments in a client. */
public final class Assessments {

	private Assessments() {
	}

	/**
	 * Adds the answers as the client's assessment of {@code model} on {@code date}. An assessment of the same model on
	 * the same day is replaced (answering again the same day corrects it); earlier ones stay as history.
	 *
	 * @return the assessment added
	 */
	public static Assessment record(Client client, MaturityModel model, AnswerSet answers, LocalDate date) {
		Objects.requireNonNull(date, "date");
		Assessment assessment = SocialystFactory.eINSTANCE.createAssessment();
		assessment.setDate(date);
		assessment.setModelId(model.getId());
		assessment.setModelVersion(model.getVersion());
		for (AnswerSet.Entry entry : answers.answers()) {
			Answer answer = SocialystFactory.eINSTANCE.createAnswer();
			answer.setQuestionId(entry.questionId());
			answer.setLevel(entry.level());
			answer.setComment(entry.comment());
			assessment.getAnswers().add(answer);
		}
		int same = sameDay(client, model.getId(), date);
		if (same >= 0) {
			client.getAssessments().set(same, assessment);
		} else {
			client.getAssessments().add(assessment);
		}
		return assessment;
	}

	/** Whether {@link #record} would replace an assessment. */
	public static boolean existsOn(Client client, String modelId, LocalDate date) {
		return sameDay(client, modelId, date) >= 0;
	}

	private static int sameDay(Client client, String modelId, LocalDate date) {
		for (int i = 0; i < client.getAssessments().size(); i++) {
			Assessment existing = client.getAssessments().get(i);
			if (modelId.equals(existing.getModelId()) && date.equals(existing.getDate())) {
				return i;
			}
		}
		return -1;
	}
}
