package com.socialyst.core.storage;

import java.nio.file.Path;

/** A file of a portfolio that could not be loaded, and why. The file itself is left untouched. */
public record LoadProblem(Path file, String reason) {

	@Override
	public String toString() {
		return file + ": " + reason;
	}
}
