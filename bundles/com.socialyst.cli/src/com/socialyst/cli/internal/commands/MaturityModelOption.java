package com.socialyst.cli.internal.commands;

import com.socialyst.assessment.MaturityModels;
import com.socialyst.maturity.MaturityModel;

import picocli.CommandLine.Option;

/** The {@code --model ID[:VERSION]} option of the assessment commands (a picocli mixin). */
public class MaturityModelOption {

	@Option(names = "--model", paramLabel = "ID[:VERSION]",
			description = "The maturity model (default: the latest version of " + MaturityModels.STANDARD_ID + ").")
	String model;

	String id() {
		if (model == null) {
			return MaturityModels.STANDARD_ID;
		}
		int colon = model.indexOf(':');
		return colon < 0 ? model : model.substring(0, colon);
	}

	/** The model asked for, or an error listing the installed ones. */
	MaturityModel resolve(MaturityModels models) {
		int colon = model == null ? -1 : model.indexOf(':');
		return (colon < 0 ? models.latest(id()) : models.find(id(), model.substring(colon + 1)))
				.orElseThrow(() -> new IllegalArgumentException("no maturity model '" + (model == null ? id() : model)
						+ "' is installed (installed: " + String.join(", ", models.all().stream()
								.map(m -> m.getId() + ":" + m.getVersion()).toList())
						+ ")" + (models.problems().isEmpty() ? "" : "; not loaded: " + String.join("; ", models.problems()))));
	}
}
