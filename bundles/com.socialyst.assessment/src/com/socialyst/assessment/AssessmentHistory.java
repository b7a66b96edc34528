package com.socialyst.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.socialyst.model.Assessment;
import com.socialyst.model.Client;

/**
 * A client's assessments of one maturity model, oldest first, scored each against the model version it was
 * answered with, and the change from each one to the next.
 *
 * @param results the scored assessments, oldest first
 * @param problems assessments that could not be scored (their model version is not installed)
 */
public record AssessmentHistory(List<AssessmentResult> results, List<String> problems) {

	public AssessmentHistory {
		results = List.copyOf(results);
		problems = List.copyOf(problems);
	}

	/** The client's assessments against any version of the model {@code modelId}. */
	public static AssessmentHistory of(Client client, String modelId, MaturityModels models) {
		List<AssessmentResult> results = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		List<Assessment> assessments = client.getAssessments().stream()
				.filter(a -> modelId.equals(a.getModelId()) && a.getDate() != null)
				.sorted(Comparator.comparing(Assessment::getDate)).toList();
		for (Assessment assessment : assessments) {
			Optional<com.socialyst.maturity.MaturityModel> model = models.find(assessment.getModelId(), assessment.getModelVersion());
			if (model.isPresent()) {
				results.add(AssessmentScorer.score(model.get(), assessment));
			} else {
				problems.add("the assessment of " + assessment.getDate() + " was answered against " + modelId + " "
						+ assessment.getModelVersion() + ", which is not installed: it is left out");
			}
		}
		return new AssessmentHistory(results, problems);
	}

	/**
	 * The client's latest assessment of {@code modelId} whose model version is installed, scored: the same as
	 * {@code of(client, modelId, models).latest()} without scoring the older ones.
	 */
	public static Optional<AssessmentResult> latest(Client client, String modelId, MaturityModels models) {
		// newest first; of two on one day the one stored last wins, as in of(...)
		List<Assessment> newestFirst = new ArrayList<>(client.getAssessments());
		Collections.reverse(newestFirst);
		return newestFirst.stream().filter(a -> modelId.equals(a.getModelId()) && a.getDate() != null)
				.sorted(Comparator.comparing(Assessment::getDate).reversed())
				.flatMap(a -> models.find(a.getModelId(), a.getModelVersion()).map(m -> AssessmentScorer.score(m, a)).stream())
				.findFirst();
	}

	public Optional<AssessmentResult> latest() {
		return results.isEmpty() ? Optional.empty() : Optional.of(results.get(results.size() - 1));
	}

	/** The latest assessment made on or before {@code day} (a report for a past quarter shows the maturity then). */
	public Optional<AssessmentResult> latestOn(LocalDate day) {
		return results.stream().filter(result -> !result.date().isAfter(day)).reduce((first, second) -> second);
	}

	public Optional<AssessmentResult> previous() {
		return results.size() < 2 ? Optional.empty() : Optional.of(results.get(results.size() - 2));
	}

	/** The change from the previous assessment to the latest one; empty with fewer than two. */
	public Optional<AssessmentChange> change() {
		return previous().map(before -> AssessmentChange.between(before, latest().get()));
	}
}
