package com.socialyst.core.internal.imports;

import java.util.ArrayList;
import java.util.List;

import com.socialyst.core.imports.ImportProblem;

/** Collects the problems of one row, each naming its column. */
final class RowProblems {

	private final CsvTable table;
	private final CsvTable.Row row;
	private final List<ImportProblem> problems = new ArrayList<>();

	RowProblems(CsvTable table, CsvTable.Row row) {
		this.table = table;
		this.row = row;
		int extra = row.cells().size() - table.header().size();
		if (extra > 0 && row.cells().subList(table.header().size(), row.cells().size()).stream()
				.anyMatch(c -> !c.isBlank())) {
			problems.add(ImportProblem.ofRow(table.file(), row.line(), "the row has " + row.cells().size()
					+ " cells but the header has " + table.header().size()
					+ " (an unquoted delimiter inside a value?)"));
		}
	}

	void add(int column, String reason) {
		problems.add(new ImportProblem(table.file(), row.line(), column + 1,
				column < table.header().size() ? table.header().get(column) : null, reason));
	}

	void addRow(String reason) {
		problems.add(ImportProblem.ofRow(table.file(), row.line(), reason));
	}

	boolean isEmpty() {
		return problems.isEmpty();
	}

	List<ImportProblem> list() {
		return problems;
	}
}
