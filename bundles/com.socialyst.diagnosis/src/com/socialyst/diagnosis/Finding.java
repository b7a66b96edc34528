package com.socialyst.diagnosis;

import java.util.List;

/**
 * One cause of weak results found in a client's data.
 *
 * @param ruleId the rule that found it
 * @param category the kind of cause
 * @param severity how much it weighs
 * @param title one line saying what is wrong
 * @param evidence the facts and numbers that triggered it, one per line
 * @param recommendation what to do about it
 * @param sources published studies the recommendation leans on; may be empty
 */
public record Finding(String ruleId, Category category, Severity severity, String title, List<String> evidence,
		String recommendation, List<String> sources) {

	public Finding {
		evidence = List.copyOf(evidence);
		sources = List.copyOf(sources);
	}
}
