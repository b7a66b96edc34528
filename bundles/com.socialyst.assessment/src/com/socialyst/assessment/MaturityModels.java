package com.socialyst.assessment;

import java.util.List;
import java.util.Optional;

import com.socialyst.maturity.MaturityModel;

/**
 * The maturity models installed in the product: those contributed to the
 * {@code com.socialyst.assessment.maturityModels} extension point (an OSGi service).
 */
public interface MaturityModels {

	/** The id of the built-in model. */
	String STANDARD_ID = "social-maturity";

	/** Every model that loaded and passed its checks, by id and then version. */
	List<MaturityModel> all();

	/** The model an assessment was answered against. */
	Optional<MaturityModel> find(String id, String version);

	/** The highest version of a model. */
	Optional<MaturityModel> latest(String id);

	/** The names and texts of a model in a language; see {@link MaturityTexts}. */
	MaturityTexts texts(MaturityModel model);

	/** Contributions that could not be loaded or broke a rule, each naming the file and the reason. */
	List<String> problems();
}
