package com.socialyst.core.validation;

/**
 * One problem the model's validator found.
 *
 * @param error true for an error, false for a warning
 * @param clientId the client it concerns, or null for the portfolio itself
 * @param message the validator's message, which names the object and the field
 */
public record ValidationProblem(boolean error, String clientId, String message) {

	@Override
	public String toString() {
		return (error ? "error: " : "warning: ") + (clientId == null ? "" : clientId + ": ") + message;
	}
}
