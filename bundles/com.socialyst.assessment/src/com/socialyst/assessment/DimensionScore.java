package com.socialyst.assessment;

import com.socialyst.maturity.Dimension;

/**
 * A dimension's score in one assessment.
 *
 * @param dimension the dimension of the model the assessment was answered against
 * @param score 0-100: the mean answered level divided by the model's maximum level; NaN when nothing was answered
 * @param answered how many of its questions were answered
 * @param questions how many questions it has
 */
public record DimensionScore(Dimension dimension, double score, int answered, int questions) {

	public String id() {
		return dimension.getId();
	}

	public boolean scored() {
		return answered > 0;
	}
}
