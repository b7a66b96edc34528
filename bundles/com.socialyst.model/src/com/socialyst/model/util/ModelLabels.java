package com.socialyst.model.util;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.socialyst.model.BudgetLine;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Initiative;
import com.socialyst.model.Kpi;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.MentionLog;
import com.socialyst.model.Portfolio;
import com.socialyst.model.Strategy;

/**
 * Short, stable names of model objects for messages: {@code Client 'acme' › Strategy 2026 › KPI 'Leads'}. Used by
 * the validator's diagnostics and by labels in the UI.
 */
public final class ModelLabels {

	/** Separates the steps of a {@link #path(EObject) path}. */
	public static final String SEPARATOR = " \u203A ";

	private static final MonthDay JANUARY_1 = MonthDay.of(1, 1);

	private static final MonthDay DECEMBER_31 = MonthDay.of(12, 31);

	private ModelLabels() {
	}

	/** The names of {@code object} and its containers, outermost first. */
	public static String path(EObject object) {
		Deque<String> steps = new ArrayDeque<>();
		for (EObject step = object; step != null; step = step.eContainer()) {
			steps.addFirst(label(step));
		}
		return String.join(SEPARATOR, steps);
	}

	/** {@link #path(EObject)} followed by the feature in parentheses, as diagnostics start. */
	public static String path(EObject object, EStructuralFeature feature) {
		return path(object) + " (" + feature.getName() + ")";
	}

	/** The name of one object, e.g. {@code Client 'acme'}, {@code Strategy 2026}, {@code KPI 'Leads'}. */
	public static String label(EObject object) {
		if (object instanceof Portfolio portfolio) {
			return "Portfolio" + quoted(portfolio.getName());
		}
		if (object instanceof Client client) {
			return "Client" + quoted(client.getId() != null ? client.getId() : client.getName());
		}
		if (object instanceof Strategy strategy) {
			return "Strategy " + period(strategy.getPeriodStart(), strategy.getPeriodEnd());
		}
		if (object instanceof Kpi kpi) {
			return "KPI" + quoted(kpi.getName() != null ? kpi.getName() : kpi.getId());
		}
		if (object instanceof Initiative initiative) {
			return "Initiative" + quoted(initiative.getName());
		}
		if (object instanceof BudgetLine line) {
			return "Budget line " + line.getCategory().getLiteral();
		}
		if (object instanceof ChannelAccount channel) {
			return "Channel " + channel.getId();
		}
		if (object instanceof MentionLog) {
			return "Mentions";
		}
		if (object instanceof MeasurementSeries series) {
			return "Series" + quoted(series.getField());
		}
		EStructuralFeature containment = object.eContainingFeature();
		if (containment != null && containment.isMany()) {
			int index = ((List<?>)object.eContainer().eGet(containment)).indexOf(object);
			return object.eClass().getName() + " #" + (index + 1);
		}
		return object.eClass().getName();
	}

	/** {@code 2026} for a calendar year, otherwise {@code 2026-04-01–2027-03-31} ({@code ?} for a missing day). */
	public static String period(LocalDate start, LocalDate end) {
		if (start != null && end != null && start.getYear() == end.getYear() && MonthDay.from(start).equals(JANUARY_1)
				&& MonthDay.from(end).equals(DECEMBER_31)) {
			return Integer.toString(start.getYear());
		}
		if (start == null && end == null) {
			return "(no period)";
		}
		return (start == null ? "?" : start.toString()) + "\u2013" + (end == null ? "?" : end.toString());
	}

	private static String quoted(String name) {
		return name == null || name.isBlank() ? "" : " '" + name + "'";
	}
}
