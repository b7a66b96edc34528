package com.socialyst.assessment;

import com.socialyst.assessment.internal.ModelLoader;
import com.socialyst.maturity.MaturityModel;

/**
 * The built-in questionnaire, read straight from this bundle, for code that must not depend on what else is
 * installed (the demo portfolio, tests). Everything a user sees goes through {@link MaturityModels}.
 */
public final class StandardMaturityModel {

	/** Where the model file lies in this bundle. */
	public static final String FILE = "models/social-maturity-1.0.xmi";

	private StandardMaturityModel() {
	}

	/** A fresh copy of the built-in model. */
	public static MaturityModel load() {
		try {
			return ModelLoader.load(StandardMaturityModel.class.getResource("/" + FILE), "com.socialyst.assessment/" + FILE);
		} catch (ModelLoader.ModelException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}
}
