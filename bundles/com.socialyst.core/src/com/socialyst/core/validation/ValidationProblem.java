package com.socialyst.core.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One problem the model's validator found.
 *
 * @param error true for an error, false for a warning
 * @param clientId the client it concerns, or null for the portfolio itself
 * @param message the validator's message, which names the object and the field
 * @param object the object the problem is about (the workbench selects it), null when unknown
 */
public record ValidationProblem(boolean error, String clientId, String message, EObject object) {

	public ValidationProblem(boolean error, String clientId, String message) {
		this(error, clientId, message, null);
	}

	@Override
	public String toString() {
		return (error ? "error: " : "warning: ") + (clientId == null ? "" : clientId + ": ") + message;
	}
}
