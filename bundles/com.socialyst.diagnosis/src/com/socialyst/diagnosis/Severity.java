package com.socialyst.diagnosis;

/** How much a finding weighs on results; reports list high first. */
public enum Severity {
	HIGH, MEDIUM, LOW
}
