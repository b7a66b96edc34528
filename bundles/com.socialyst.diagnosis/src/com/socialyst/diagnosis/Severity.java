package com.socialyst.diagnosis;

import java.util.Locale;

import com.socialyst.diagnosis.internal.Messages;

/** How much a finding weighs on results; reports list high first. */
public enum Severity {
	HIGH, MEDIUM, LOW;

	/** {@code high}: the lower-case name, as text reports have printed it. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The display name in {@code locale} (English when there is no translation), e.g. "High". */
	public String label(Locale locale) {
		return Messages.of(Messages.LABELS, locale).format("severity." + id());
	}
}
