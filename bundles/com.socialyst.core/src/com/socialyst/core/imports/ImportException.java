package com.socialyst.core.imports;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import that was refused: nothing was changed. Carries every problem found, not only the first, so that a
 * user can fix a file in one go.
 */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	/** How many problems {@link #getMessage()} lists before summarising the rest. */
	private static final int LISTED = 20;

	private final transient List<ImportProblem> problems;

	public ImportException(List<ImportProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public ImportException(ImportProblem problem) {
		this(List.of(problem));
	}

	/** Every problem, in file and line order. */
	public List<ImportProblem> problems() {
		return problems;
	}

	private static String describe(List<ImportProblem> problems) {
		if (problems.size() == 1) {
			return problems.get(0).toString();
		}
		String listed = problems.stream().limit(LISTED).map(p -> "  " + p).collect(Collectors.joining("\n"));
		String more = problems.size() > LISTED ? "\n  … and " + (problems.size() - LISTED) + " more" : "";
		return problems.size() + " problems, nothing was imported:\n" + listed + more;
	}
}
