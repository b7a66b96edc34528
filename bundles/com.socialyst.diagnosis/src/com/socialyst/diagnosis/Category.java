package com.socialyst.diagnosis;

import java.util.Locale;

import com.socialyst.diagnosis.internal.Messages;

/** Why results are weak, in the words consultants use with clients. */
public enum Category {
	/** Leadership and organisation: no sponsor, social confined to one department. */
	CULTURE,
	/** Results are not tied to business outcomes: no conversion tracking, vanity KPIs only. */
	ROI_NOT_MEASURED,
	/** Too little budget or staff for the goals. */
	RESOURCES,
	/** Tools and platform mix out of date, channels in decline. */
	TECHNOLOGY,
	/** Channels or initiatives without a plan; no strategy. */
	STRATEGY,
	/** Initiatives overdue or without owners. */
	EXECUTION,
	/** KPIs without targets or weights. */
	EVALUATION;

	/** {@code roi-not-measured}: the id in plugin.xml and JSON. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The display name in {@code locale} (English when there is no translation), e.g. "ROI not measured". */
	public String label(Locale locale) {
		return Messages.of(Messages.LABELS, locale).format("category." + id());
	}

	/** The category of {@code id} as returned by {@link #id()}. */
	public static Category fromId(String id) {
		return valueOf(id.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
	}
}
