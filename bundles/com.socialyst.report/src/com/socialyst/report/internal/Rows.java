package com.socialyst.report.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Rows of a report data set: column name to value, in the types BIRT's data engine takes. A NaN (a number that is
 * not known) becomes null, so the report shows a blank, never a 0 it does not have.
 */
public final class Rows {

	private Rows() {
	}

	/** A row from alternating column names and values. */
	public static Map<String, Object> row(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values must pair up");
		}
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			row.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
		}
		return row;
	}

	static Object value(Object value) {
		if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
			return null;
		}
		if (value instanceof LocalDate date) {
			return Date.valueOf(date);
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		return value;
	}
}
