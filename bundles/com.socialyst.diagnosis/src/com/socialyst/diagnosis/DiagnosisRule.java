package com.socialyst.diagnosis;

import java.util.List;

/**
 * A rule that looks for one cause of weak results. Contributed through the {@code com.socialyst.diagnosis.rules}
 * extension point; stateless, one instance for all clients. A rule that throws is reported and skipped; the
 * others still run.
 */
@FunctionalInterface
public interface DiagnosisRule {

	/** The findings for {@code context}; empty when the cause is absent. */
	List<Finding> check(DiagnosisContext context) throws Exception;
}
