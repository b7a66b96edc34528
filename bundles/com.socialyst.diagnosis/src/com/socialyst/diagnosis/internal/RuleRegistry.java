package com.socialyst.diagnosis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

import com.socialyst.diagnosis.DiagnosisRule;

/** The rules contributed to {@code com.socialyst.diagnosis.rules}; broken contributions are listed, not fatal. */
public final class RuleRegistry {

	public static final String EXTENSION_POINT = "com.socialyst.diagnosis.rules";

	private final Map<String, DiagnosisRule> rules = new LinkedHashMap<>();
	private final List<String> problems = new ArrayList<>();

	public RuleRegistry(IExtensionRegistry registry) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id");
			String contributor = element.getContributor().getName();
			try {
				Object rule = element.createExecutableExtension("class");
				if (!(rule instanceof DiagnosisRule diagnosisRule)) {
					problems.add(contributor + ": rule '" + id + "' does not implement " + DiagnosisRule.class.getName());
				} else if (rules.putIfAbsent(id, diagnosisRule) != null) {
					problems.add(contributor + ": rule '" + id + "' is contributed twice; the second is ignored");
				}
			} catch (CoreException | RuntimeException e) {
				problems.add(contributor + ": rule '" + id + "' cannot be loaded: " + e.getMessage());
			}
		}
	}

	/** The loaded rules by id, in contribution order. */
	public Map<String, DiagnosisRule> rules() {
		return rules;
	}

	public List<String> problems() {
		return problems;
	}
}
