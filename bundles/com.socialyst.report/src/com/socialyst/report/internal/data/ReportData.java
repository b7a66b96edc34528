package com.socialyst.report.internal.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data sets of one report, by name; each a list of rows. */
public final class ReportData {

	private final Map<String, List<Map<String, Object>>> dataSets = new LinkedHashMap<>();

	/** Adds (or replaces) the data set {@code name}. */
	public ReportData put(String name, List<Map<String, Object>> rows) {
		dataSets.put(name, List.copyOf(rows));
		return this;
	}

	public Map<String, List<Map<String, Object>>> dataSets() {
		return dataSets;
	}

	public List<Map<String, Object>> rows(String name) {
		return dataSets.get(name);
	}
}
