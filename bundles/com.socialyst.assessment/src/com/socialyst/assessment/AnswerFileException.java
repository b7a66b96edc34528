package com.socialyst.assessment;

import java.util.List;

/** An answer file that cannot be used; every problem names the file and the line or entry, and the field. */
public final class AnswerFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public AnswerFileException(List<String> problems) {
		super(problems.size() == 1 ? problems.get(0)
				: problems.size() + " problems:" + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
