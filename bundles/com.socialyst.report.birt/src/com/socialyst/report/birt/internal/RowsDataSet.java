package com.socialyst.report.birt.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.birt.report.engine.api.script.IReportContext;
import org.eclipse.birt.report.engine.api.script.IUpdatableDataSetRow;
import org.eclipse.birt.report.engine.api.script.ScriptException;
import org.eclipse.birt.report.engine.api.script.instance.IDataSetInstance;
import org.eclipse.birt.report.engine.api.script.eventadapter.ScriptedDataSetEventAdapter;

/**
 * The event handler of every scripted data set in our designs: it hands BIRT the rows the caller put in the task's
 * app context under {@link #KEY_PREFIX} + the data set's name, each row a map from column name to value. A column the
 * data set declares but a row lacks is null; values a data set does not declare are not read, so a template may
 * declare only the columns it shows. BIRT makes one handler per data set per report run.
 */
public class RowsDataSet extends ScriptedDataSetEventAdapter {

	/** App context key prefix of the rows of a data set. */
	public static final String KEY_PREFIX = "socialyst.rows.";

	private Iterator<? extends Map<String, ?>> rows = Collections.emptyIterator();

	@Override
	public void beforeOpen(IDataSetInstance dataSet, IReportContext context) throws ScriptException {
		@SuppressWarnings("unchecked")
		Map<String, Object> app = context.getAppContext();
		// a data set used straight from a library may come with the library's namespace ("lib.kpis")
		String name = dataSet.getName().substring(dataSet.getName().lastIndexOf('.') + 1);
		Object value = app.get(KEY_PREFIX + name);
		if (!(value instanceof List<?> list)) {
			TreeSet<String> known = new TreeSet<>();
			app.keySet().stream().filter(key -> key.startsWith(KEY_PREFIX))
					.forEach(key -> known.add(key.substring(KEY_PREFIX.length())));
			throw new ScriptException("there is no data set named '" + name + "' for this report; its data sets are "
					+ String.join(", ", known));
		}
		@SuppressWarnings("unchecked")
		List<? extends Map<String, ?>> typed = (List<? extends Map<String, ?>>) list;
		rows = typed.iterator();
	}

	@Override
	public boolean fetch(IDataSetInstance dataSet, IUpdatableDataSetRow row) throws ScriptException {
		if (!rows.hasNext()) {
			return false;
		}
		Map<String, ?> values = rows.next();
		int columns = dataSet.getColumnMetaData().getColumnCount();
		for (int column = 1; column <= columns; column++) {
			String name = dataSet.getColumnMetaData().getColumnName(column);
			row.setColumnValue(name, values.get(name));
		}
		return true;
	}
}
