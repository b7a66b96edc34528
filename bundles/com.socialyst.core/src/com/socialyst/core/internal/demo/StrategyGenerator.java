package com.socialyst.core.internal.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.socialyst.model.Audience;
import com.socialyst.model.AudienceKind;
import com.socialyst.model.AuthorType;
import com.socialyst.model.BudgetCategory;
import com.socialyst.model.BudgetLine;
import com.socialyst.model.BusinessGoal;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.ClientSize;
import com.socialyst.model.Department;
import com.socialyst.model.GoalKind;
import com.socialyst.model.Governance;
import com.socialyst.model.Industry;
import com.socialyst.model.Initiative;
import com.socialyst.model.InitiativeStatus;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.MentionLog;
import com.socialyst.model.Sentiment;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.SoftValue;
import com.socialyst.model.Sponsor;
import com.socialyst.model.Strategy;

/**
 * The one strategy of a demo client, over the last twelve months of its data: goals, audiences, the channels in scope,
 * initiatives, budget lines, sponsor, governance, KPIs ({@link KpiPlanner}) and soft values. The weak-result causes of
 * the client's profile are built in here (see {@link ClientProfile.Cause}); everything else looks like a sound strategy.
 */
final class StrategyGenerator {

	private static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;

	/** Goals that marketing pursues on its own; a marketing-only client has no others. */
	private static final List<GoalKind> MARKETING_GOALS = List.of(GoalKind.AWARENESS, GoalKind.ENGAGEMENT, GoalKind.TRAFFIC,
			GoalKind.LEADS_CONVERSIONS, GoalKind.SALES);

	private static final List<String> SPONSOR_TITLES = List.of("Chief Marketing Officer", "Chief Executive Officer",
			"Chief Commercial Officer", "Chief Digital Officer");

	/** Saved by answering a customer on social rather than in the call centre, in euros (a common industry estimate). */
	private static final double EUROS_PER_CARE_CONTACT = 4.5;

	/** Paid cost of 1,000 impressions, in euros, used to value earned reach. */
	private static final double EUROS_PER_MILLE = 6;

	/** The part of the data a strategy is measured against. */
	record Period(LocalDate start, LocalDate end, int[] window) {

		/**
		 * The last twelve months of data from {@code dataStart} to {@code end} (all of it when shorter), with the
		 * windows {@link KpiPlanner} measures: the year before the period, or the first and last thirds of short data.
		 */
		static Period of(LocalDate dataStart, LocalDate end, int days) {
			LocalDate start = end.minusYears(1).plusDays(1);
			if (start.isBefore(dataStart)) {
				start = dataStart;
			}
			int first = (int) ChronoUnit.DAYS.between(dataStart, start);
			int length = days - first;
			if (first > 0) {
				return new Period(start, end, new int[] { Math.max(0, first - length), first - 1, first, days - 1 });
			}
			int third = Math.max(1, days / 3);
			return new Period(start, end, new int[] { 0, third - 1, days - third, days - 1 });
		}
	}

	private StrategyGenerator() {
	}

	/**
	 * The strategy of a client whose channel accounts ({@code accounts}, planned as {@code plans}) and mentions are
	 * generated already.
	 */
	static Strategy generate(ClientSlot slot, Names.Identity identity, List<ChannelAccount> accounts, List<ChannelPlan> plans,
			MentionLog mentions, BudgetPlan budget, LocalDate dataStart, int days, Period period, Draw draw) {
		ClientProfile profile = slot.profile();
		Market market = slot.market();
		Strategy strategy = FACTORY.createStrategy();
		strategy.setPeriodStart(period.start());
		strategy.setPeriodEnd(period.end());

		List<GoalKind> goalKinds = goalKinds(slot);
		for (int i = 0; i < goalKinds.size(); i++) {
			BusinessGoal goal = FACTORY.createBusinessGoal();
			goal.setKind(goalKinds.get(i));
			goal.setDescription(describe(goalKinds.get(i)));
			goal.setPriority(i + 1);
			strategy.getGoals().add(goal);
		}
		for (AudienceKind kind : audienceKinds(slot, goalKinds)) {
			Audience audience = FACTORY.createAudience();
			audience.setKind(kind);
			audience.setDescription(describe(kind, slot.industry()));
			strategy.getAudiences().add(audience);
		}
		for (int i = 0; i < accounts.size(); i++) {
			if (plans.get(i).strategised()) {
				strategy.getChannels().add(accounts.get(i));
			}
		}
		addInitiatives(strategy, slot, identity, budget, period, draw.split());
		int[] window = period.window();
		addBudgetLines(strategy, budget, accounts, market, window[2], window[3], draw.split());
		if (!profile.has(ClientProfile.Cause.NO_SPONSOR)) {
			Sponsor sponsor = FACTORY.createSponsor();
			sponsor.setName(Names.person(market, identity.domain(), draw).name());
			sponsor.setTitle(switch (slot.industry()) {
				case PUBLIC_SECTOR -> "City Manager";
				case NON_PROFIT -> "Executive Director";
				default -> draw.pick(SPONSOR_TITLES);
			});
			strategy.setExecutiveSponsor(sponsor);
		}
		strategy.setGovernance(governance(profile, period.end(), draw));
		double otherCostPerDay = (budget.total() - budget.paid()) / 365;
		KpiPlanner.plan(strategy, slot, mentions, (int) dataStart.toEpochDay(), otherCostPerDay, window, identity.competitors(),
				draw.split());
		addSoftValues(strategy, profile, market, budget, accounts, mentions, (int) dataStart.toEpochDay(), window[2], window[3], draw);
		return strategy;
	}

	/** The industry's goals, unless the profile narrows them: to awareness and engagement, or to marketing's own. */
	private static List<GoalKind> goalKinds(ClientSlot slot) {
		ClientProfile profile = slot.profile();
		if (profile.has(ClientProfile.Cause.VANITY_KPIS)) {
			return List.of(GoalKind.AWARENESS, GoalKind.ENGAGEMENT);
		}
		List<GoalKind> kinds = new ArrayList<>(IndustryTraits.of(slot.industry()).goals);
		if (profile.has(ClientProfile.Cause.MARKETING_ONLY)) {
			kinds.retainAll(MARKETING_GOALS);
			for (GoalKind extra : List.of(GoalKind.AWARENESS, GoalKind.ENGAGEMENT)) {
				if (kinds.size() < 2 && !kinds.contains(extra)) {
					kinds.add(extra);
				}
			}
		}
		return kinds;
	}

	/** Customers and prospects, plus whom the goals speak to; only customers when social is marketing's alone. */
	private static List<AudienceKind> audienceKinds(ClientSlot slot, List<GoalKind> goals) {
		if (slot.profile().has(ClientProfile.Cause.MARKETING_ONLY)) {
			return List.of(AudienceKind.CUSTOMERS);
		}
		List<AudienceKind> kinds = new ArrayList<>(List.of(AudienceKind.CUSTOMERS, AudienceKind.PROSPECTS));
		if (goals.contains(GoalKind.RECRUITING_HR) || goals.contains(GoalKind.EMPLOYEE_ADVOCACY)) {
			kinds.add(AudienceKind.EMPLOYEES);
		}
		if (IndustryTraits.of(slot.industry()).b2b && slot.profile().healthy()) {
			kinds.add(AudienceKind.PARTNERS);
		}
		if (goals.contains(GoalKind.AWARENESS)) {
			kinds.add(AudienceKind.INFLUENCERS_MEDIA);
		}
		if (slot.profile().healthy() && slot.size() == ClientSize.ENTERPRISE) {
			kinds.add(AudienceKind.SHAREHOLDERS_INVESTORS);
		}
		return kinds;
	}

	/**
	 * An always-on content programme plus one initiative per goal, run by the department the goal belongs to (all by
	 * marketing for a marketing-only client). Initiatives that ended before the period's end are done (weak clients
	 * cancel some); the others are active (weak clients put some on hold).
	 */
	private static void addInitiatives(Strategy strategy, ClientSlot slot, Names.Identity identity, BudgetPlan budget, Period period,
			Draw draw) {
		boolean marketingOnly = slot.profile().has(ClientProfile.Cause.MARKETING_ONLY);
		boolean healthy = slot.profile().healthy();
		Map<BudgetCategory, Double> planned = budget.planned();
		double pool = planned.getOrDefault(BudgetCategory.PAID_MEDIA, 0.0) + planned.getOrDefault(BudgetCategory.CONTENT, 0.0)
				+ planned.getOrDefault(BudgetCategory.AGENCY_FEES, 0.0);
		double unit = slot.market().moneyStep * budget.rounding();
		int length = (int) ChronoUnit.DAYS.between(period.start(), period.end()) + 1;
		List<ChannelAccount> channels = strategy.getChannels();

		Initiative always = initiative("Always-on content programme", Department.MARKETING, period.start(), period.end(), period.end(),
				slot, identity, draw);
		always.getGoals().add(strategy.getGoals().get(0));
		always.getChannels().addAll(channels);
		always.setBudget(Math.round(pool * draw.uniform(0.2, 0.35) / unit) * unit);
		strategy.getInitiatives().add(always);
		for (BusinessGoal goal : strategy.getGoals()) {
			Department department = marketingOnly ? Department.MARKETING : department(goal.getKind());
			LocalDate start = period.start().plusDays(draw.between(0, length / 2));
			int remaining = (int) ChronoUnit.DAYS.between(start, period.end()) + 1;
			LocalDate end = start.plusDays(draw.between(Math.min(30, remaining), remaining) - 1L);
			Initiative initiative = initiative(initiativeName(goal.getKind()), department, start, end, period.end(), slot, identity,
					draw);
			initiative.getGoals().add(goal);
			int count = draw.between(1, Math.min(2, channels.size()));
			int first = draw.between(0, channels.size() - 1);
			for (int i = 0; i < count; i++) {
				initiative.getChannels().add(channels.get((first + i) % channels.size()));
			}
			initiative.setBudget(Math.round(pool * draw.uniform(0.05, 0.15) / unit) * unit);
			double setback = draw.uniform();
			if (!healthy && setback < 0.3) {
				initiative.setStatus(end.isBefore(period.end()) ? InitiativeStatus.CANCELLED : InitiativeStatus.ON_HOLD);
			}
			strategy.getInitiatives().add(initiative);
		}
	}

	/** An initiative of the period ending {@code periodEnd}: done if it ended before, else active. */
	private static Initiative initiative(String name, Department department, LocalDate start, LocalDate end, LocalDate periodEnd,
			ClientSlot slot, Names.Identity identity, Draw draw) {
		Initiative initiative = FACTORY.createInitiative();
		initiative.setName(name);
		initiative.setDepartment(department);
		initiative.setStart(start);
		initiative.setEnd(end);
		initiative.setStatus(end.isBefore(periodEnd) ? InitiativeStatus.DONE : InitiativeStatus.ACTIVE);
		initiative.setOwner(Names.person(slot.market(), identity.domain(), draw).name());
		return initiative;
	}

	private static Department department(GoalKind kind) {
		return switch (kind) {
			case AWARENESS -> Department.PR_COMMUNICATIONS;
			case LEADS_CONVERSIONS -> Department.SALES;
			case CUSTOMER_CARE, DIGITAL_TRANSFORMATION -> Department.CUSTOMER_CARE;
			case RECRUITING_HR, EMPLOYEE_ADVOCACY -> Department.HR;
			case PRODUCT_DEVELOPMENT -> Department.PRODUCT_RND;
			case ENGAGEMENT, TRAFFIC, SALES -> Department.MARKETING;
		};
	}

	private static String initiativeName(GoalKind kind) {
		return switch (kind) {
			case AWARENESS -> "Press and influencer relations";
			case ENGAGEMENT -> "Community management programme";
			case TRAFFIC -> "Content distribution to the website";
			case LEADS_CONVERSIONS -> "Lead generation with the sales team";
			case SALES -> "Paid social campaigns";
			case CUSTOMER_CARE -> "Social customer care desk";
			case RECRUITING_HR -> "Employer branding";
			case PRODUCT_DEVELOPMENT -> "Community feedback loop for the product team";
			case EMPLOYEE_ADVOCACY -> "Employee ambassador programme";
			case DIGITAL_TRANSFORMATION -> "Digital services on social";
		};
	}

	private static String describe(GoalKind kind) {
		return switch (kind) {
			case AWARENESS -> "Grow awareness of the brand among the target groups";
			case ENGAGEMENT -> "Build an engaged community around the brand";
			case TRAFFIC -> "Drive qualified traffic to the website";
			case LEADS_CONVERSIONS -> "Generate qualified leads and conversions from social";
			case SALES -> "Grow online sales attributed to social media";
			case CUSTOMER_CARE -> "Answer questions on social quickly and well";
			case RECRUITING_HR -> "Attract applicants for open positions";
			case PRODUCT_DEVELOPMENT -> "Feed customer ideas and feedback into product development";
			case EMPLOYEE_ADVOCACY -> "Turn employees into ambassadors of the brand";
			case DIGITAL_TRANSFORMATION -> "Move services and contacts to digital channels";
		};
	}

	private static String describe(AudienceKind kind, Industry industry) {
		boolean citizens = industry == Industry.PUBLIC_SECTOR;
		return switch (kind) {
			case CUSTOMERS -> citizens ? "Residents using the services" : "Existing customers";
			case PROSPECTS -> citizens ? "New residents" : "Prospective customers in the home market";
			case EMPLOYEES -> "Employees and future employees";
			case PARTNERS -> "Partners and resellers";
			case SHAREHOLDERS_INVESTORS -> "Shareholders and analysts";
			case INFLUENCERS_MEDIA -> "Journalists and influencers in the sector";
		};
	}

	/**
	 * One line per planned category. Paid media's actual amount is what the spend series add up to over the period;
	 * the others come out a little under or over plan.
	 */
	private static void addBudgetLines(Strategy strategy, BudgetPlan budget, List<ChannelAccount> accounts, Market market, int from,
			int to, Draw draw) {
		for (Map.Entry<BudgetCategory, Double> entry : budget.planned().entrySet()) {
			BudgetLine line = FACTORY.createBudgetLine();
			line.setCategory(entry.getKey());
			line.setPlanned(entry.getValue());
			double deviation = draw.uniform(0.88, 1.04);
			line.setActual(entry.getKey() == BudgetCategory.PAID_MEDIA ? SeriesGenerator.cents(sum(accounts, SeriesGenerator.SPEND, from, to))
					: Math.round(entry.getValue() * deviation / market.moneyStep) * market.moneyStep);
			line.setCurrency(market.currency);
			strategy.getBudgetLines().add(line);
		}
	}

	/**
	 * A healthy client has every governance body and reviewed its tools recently; a weak one has each with even odds,
	 * except that the profile's cause rules some out: no sponsor, no steering committee; marketing alone, no
	 * cross-department working group; a tiny budget, no training and no tool review.
	 */
	private static Governance governance(ClientProfile profile, LocalDate end, Draw draw) {
		boolean healthy = profile.healthy();
		Governance governance = FACTORY.createGovernance();
		governance.setSteeringCommittee(!profile.has(ClientProfile.Cause.NO_SPONSOR) && (healthy || draw.chance(0.5)));
		governance.setWorkingGroup(!profile.has(ClientProfile.Cause.MARKETING_ONLY) && (healthy || draw.chance(0.5)));
		governance.setSocialMediaPolicy(healthy || draw.chance(0.5));
		governance.setTrainingProgramme(!profile.has(ClientProfile.Cause.TINY_BUDGET) && (healthy || draw.chance(0.5)));
		int reviewAgo = healthy ? draw.between(30, 180) : draw.between(200, 700);
		if (!profile.has(ClientProfile.Cause.TINY_BUDGET)) {
			governance.setLastToolReview(end.minusDays(reviewAgo));
		}
		return governance;
	}

	/**
	 * Healthy clients value what social saves and earns, with the arithmetic in the assumption; weak ones at most
	 * put down an unmeasured guess.
	 */
	private static void addSoftValues(Strategy strategy, ClientProfile profile, Market market, BudgetPlan budget,
			List<ChannelAccount> accounts, MentionLog mentions, int startEpochDay, int from, int to, Draw draw) {
		if (profile.healthy()) {
			double replies = sum(accounts, SeriesGenerator.REPLIES, from, to);
			strategy.getSoftValues().add(softValue("Customer questions answered on social",
					Math.round(replies * EUROS_PER_CARE_CONTACT * market.perEuro / market.moneyStep) * market.moneyStep,
					String.format(Locale.ROOT, "%.0f replies in the period × %s saved per call-centre contact", replies,
							money(EUROS_PER_CARE_CONTACT, market))));
			double reach = earnedReach(mentions, startEpochDay, from, to);
			strategy.getSoftValues().add(softValue("Earned reach of positive media and influencer mentions",
					Math.round(reach / 1000 * EUROS_PER_MILLE * market.perEuro / market.moneyStep) * market.moneyStep,
					String.format(Locale.ROOT, "%.0f potential reach × %s, the paid cost of 1,000 impressions", reach,
							money(EUROS_PER_MILLE, market))));
		} else if (draw.chance(0.5)) {
			strategy.getSoftValues().add(softValue("Brand awareness (estimated)",
					Math.round(budget.total() * draw.uniform(0.1, 0.3) / market.moneyStep) * market.moneyStep,
					"Marketing team estimate; not measured"));
		}
	}

	/** A euro amount as an assumption states it: "4.50 EUR", or "4.50 EUR = 4.86 USD" for other currencies. */
	private static String money(double euros, Market market) {
		String amount = String.format(Locale.ROOT, "%.2f EUR", euros);
		return market.currency.equals("EUR") ? amount
				: amount + String.format(Locale.ROOT, " = %.2f %s", euros * market.perEuro, market.currency);
	}

	private static SoftValue softValue(String label, double amount, String assumption) {
		SoftValue value = FACTORY.createSoftValue();
		value.setLabel(label);
		value.setAmount(amount);
		value.setAssumption(assumption);
		return value;
	}

	/** Potential reach of the client's positive mentions by media and influencers. */
	private static double earnedReach(MentionLog mentions, int startEpochDay, int from, int to) {
		double total = 0;
		int[] dates = mentions.getDates();
		int[] brands = mentions.getBrands();
		byte[] authors = mentions.getAuthorTypes();
		byte[] sentiments = mentions.getSentiments();
		double[] reach = mentions.getReach();
		for (int i = 0; i < mentions.size(); i++) {
			int day = dates[i] - startEpochDay;
			if (day >= from && day <= to && brands[i] == 0 && sentiments[i] == Sentiment.POSITIVE_VALUE
					&& (authors[i] == AuthorType.MEDIA_VALUE || authors[i] == AuthorType.INFLUENCER_VALUE) && !Double.isNaN(reach[i])) {
				total += reach[i];
			}
		}
		return total;
	}

	private static double sum(List<ChannelAccount> accounts, String field, int from, int to) {
		double total = 0;
		for (ChannelAccount account : accounts) {
			for (MeasurementSeries series : account.getSeries()) {
				if (field.equals(series.getField())) {
					double[] values = series.getValues();
					for (int day = from; day <= to; day++) {
						total += values[day];
					}
				}
			}
		}
		return total;
	}
}
