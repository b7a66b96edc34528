package com.socialyst.core.internal.demo;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a demo client is healthy or shows some of the classic causes of weak social-media results. Each cause is
 * put into the data where a diagnosis engine can see it, not into a label: see {@link Cause}.
 */
enum ClientProfile {

	HEALTHY,
	NO_SPONSOR(Cause.NO_SPONSOR),
	MARKETING_SILO(Cause.NO_SPONSOR, Cause.MARKETING_ONLY),
	VANITY_KPIS(Cause.VANITY_KPIS),
	VANITY_WITHOUT_TRACKING(Cause.VANITY_KPIS, Cause.NO_CONVERSION_TRACKING),
	NO_TRACKING(Cause.NO_CONVERSION_TRACKING),
	SHOESTRING(Cause.TINY_BUDGET),
	CHANNEL_SPRAWL(Cause.UNSTRATEGISED_CHANNELS);

	/** A cause of weak results, and how it shows in the generated data. */
	enum Cause {
		/** (a) {@code Strategy.executiveSponsor} is null; no steering committee either. */
		NO_SPONSOR,
		/** (b) every initiative is run by {@code MARKETING} and every audience is {@code CUSTOMERS}. */
		MARKETING_ONLY,
		/** (c) only soft KPIs, on follower, applause and engagement metrics; no hard KPI. */
		VANITY_KPIS,
		/** (d) no {@code conversions} or {@code revenue} series on any channel and no conversion KPI. */
		NO_CONVERSION_TRACKING,
		/** (e) a total budget of a few hundred euros a year, without staff or training lines. */
		TINY_BUDGET,
		/** (f) some channel accounts are outside {@code Strategy.channels} and no KPI or initiative covers them. */
		UNSTRATEGISED_CHANNELS
	}

	private final Set<Cause> causes;

	ClientProfile(Cause... causes) {
		this.causes = causes.length == 0 ? EnumSet.noneOf(Cause.class) : EnumSet.of(causes[0], causes);
	}

	boolean healthy() {
		return causes.isEmpty();
	}

	boolean has(Cause cause) {
		return causes.contains(cause);
	}

	boolean tracksConversions() {
		return !has(Cause.NO_CONVERSION_TRACKING);
	}
}
