package com.socialyst.core.internal.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.socialyst.core.imports.ImportFormat;
import com.socialyst.core.internal.imports.Dates.SlashOrder;

/**
 * The shape of one table export: which columns hold the date, the post id, the traffic source, and which field
 * each numeric column fills. A layout with a post id column is per post: its rows are summed per day (each post
 * once) and counted as {@code posts}. A layout with a source column keeps only the rows of the channel's sources
 * and sums them per day.
 *
 * @param name what users call the export, shown in reports and messages
 * @param format the {@link ImportFormat} it belongs to
 * @param signature header groups that identify it: every group must have one header present
 * @param dateHeaders candidate headers of the date column, best first
 * @param idHeaders candidate headers of the post id column; empty for daily layouts
 * @param sourceHeaders candidate headers of the traffic source column; empty unless filtered by source
 * @param fields each field with its candidate headers, best first
 * @param slashOrder the order of slashed dates this vendor writes, or null if unknown
 * @param descriptionRow whether the first data row may be a row of column descriptions (Facebook Page insights)
 * @param dynamicFields when non-null, computes the fields from the table instead (generic wide, Meta metric files)
 */
record Layout(String name, ImportFormat format, List<List<String>> signature, List<String> dateHeaders,
		List<String> idHeaders, List<String> sourceHeaders, Map<String, List<String>> fields, SlashOrder slashOrder,
		boolean descriptionRow, Function<CsvTable, Map<Integer, String>> dynamicFields) {

	boolean perPost() {
		return !idHeaders.isEmpty();
	}

	boolean bySource() {
		return !sourceHeaders.isEmpty();
	}

	/** Whether {@code table}'s header has this layout's signature. */
	boolean matches(CsvTable table) {
		return signature.stream().allMatch(group -> table.column(group.toArray(String[]::new)) >= 0);
	}

	/** Column index → field for {@code table}: for each field the first of its headers that is present. */
	Map<Integer, String> fieldColumns(CsvTable table) {
		if (dynamicFields != null) {
			return dynamicFields.apply(table);
		}
		Map<Integer, String> columns = new LinkedHashMap<>();
		fields.forEach((field, headers) -> {
			int column = table.column(headers.toArray(String[]::new));
			if (column >= 0) {
				columns.put(column, field);
			}
		});
		return columns;
	}

	/** A builder, because most layouts set only a few of the components. */
	static Builder named(String name, ImportFormat format) {
		return new Builder(name, format);
	}

	static final class Builder {
		private final String name;
		private final ImportFormat format;
		private final List<List<String>> signature = new ArrayList<>();
		private List<String> dateHeaders = List.of("date");
		private List<String> idHeaders = List.of();
		private List<String> sourceHeaders = List.of();
		private final Map<String, List<String>> fields = new LinkedHashMap<>();
		private SlashOrder slashOrder;
		private boolean descriptionRow;
		private Function<CsvTable, Map<Integer, String>> dynamicFields;

		private Builder(String name, ImportFormat format) {
			this.name = name;
			this.format = format;
		}

		/** The header must have one of {@code headers}. */
		Builder requires(String... headers) {
			signature.add(List.of(headers));
			return this;
		}

		Builder date(String... headers) {
			dateHeaders = List.of(headers);
			return this;
		}

		Builder postId(String... headers) {
			idHeaders = List.of(headers);
			return this;
		}

		Builder source(String... headers) {
			sourceHeaders = List.of(headers);
			return this;
		}

		Builder field(String field, String... headers) {
			fields.put(field, List.of(headers));
			return this;
		}

		Builder slashOrder(SlashOrder order) {
			slashOrder = order;
			return this;
		}

		Builder descriptionRow() {
			descriptionRow = true;
			return this;
		}

		Builder dynamicFields(Function<CsvTable, Map<Integer, String>> function) {
			dynamicFields = function;
			return this;
		}

		Layout build() {
			return new Layout(name, format, List.copyOf(signature), dateHeaders, idHeaders, sourceHeaders,
					java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields)), slashOrder, descriptionRow,
					dynamicFields);
		}
	}
}
