package com.socialyst.assessment;

import java.util.ArrayList;
import java.util.List;

import com.socialyst.maturity.Stage;

/**
 * What changed between two assessments of a client. Dimensions are matched by id, so a new model version compares
 * with the old one where their dimensions agree.
 *
 * @param before the earlier assessment
 * @param after the later one
 * @param dimensions the change of each dimension scored in both, in the later model's order
 * @param overall the change of the overall score (points)
 * @param stageBefore the earlier stage (may be null)
 * @param stageAfter the later stage (may be null)
 */
public record AssessmentChange(AssessmentResult before, AssessmentResult after, List<DimensionChange> dimensions,
		double overall, Stage stageBefore, Stage stageAfter) {

	/** One dimension's scores before and after, and the change in points. */
	public record DimensionChange(String id, double before, double after) {
		public double delta() {
			return after - before;
		}
	}

	public AssessmentChange {
		dimensions = List.copyOf(dimensions);
	}

	public static AssessmentChange between(AssessmentResult before, AssessmentResult after) {
		List<DimensionChange> dimensions = new ArrayList<>();
		for (DimensionScore later : after.dimensions()) {
			before.dimension(later.id()).filter(DimensionScore::scored).filter(d -> later.scored())
					.ifPresent(earlier -> dimensions.add(new DimensionChange(later.id(), earlier.score(), later.score())));
		}
		return new AssessmentChange(before, after, dimensions, after.overall() - before.overall(), before.stage(),
				after.stage());
	}

	/** Whether the stage went up, down or stayed: positive, negative or 0 (0 too when a stage is unknown). */
	public int stageDirection() {
		if (stageBefore == null || stageAfter == null) {
			return 0;
		}
		List<Stage> stages = after.model().getStages();
		int from = indexOf(stages, stageBefore.getId());
		int to = indexOf(stages, stageAfter.getId());
		return from < 0 || to < 0 ? 0 : Integer.compare(to, from);
	}

	private static int indexOf(List<Stage> stages, String id) {
		for (int i = 0; i < stages.size(); i++) {
			if (stages.get(i).getId().equals(id)) {
				return i;
			}
		}
		return -1;
	}
}
