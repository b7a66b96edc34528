package com.socialyst.core.internal.demo;

import static com.socialyst.model.GoalKind.AWARENESS;
import static com.socialyst.model.GoalKind.CUSTOMER_CARE;
import static com.socialyst.model.GoalKind.DIGITAL_TRANSFORMATION;
import static com.socialyst.model.GoalKind.EMPLOYEE_ADVOCACY;
import static com.socialyst.model.GoalKind.ENGAGEMENT;
import static com.socialyst.model.GoalKind.LEADS_CONVERSIONS;
import static com.socialyst.model.GoalKind.PRODUCT_DEVELOPMENT;
import static com.socialyst.model.GoalKind.RECRUITING_HR;
import static com.socialyst.model.GoalKind.SALES;
import static com.socialyst.model.Platform.BLOG;
import static com.socialyst.model.Platform.FACEBOOK;
import static com.socialyst.model.Platform.INSTAGRAM;
import static com.socialyst.model.Platform.LINKEDIN;
import static com.socialyst.model.Platform.PINTEREST;
import static com.socialyst.model.Platform.TIKTOK;
import static com.socialyst.model.Platform.X;
import static com.socialyst.model.Platform.YOUTUBE;

import java.util.List;

import com.socialyst.model.GoalKind;
import com.socialyst.model.Industry;
import com.socialyst.model.Platform;

/**
 * What the data of a client depends on in its industry: where its audience is (platforms in order of preference),
 * when its year peaks, which campaigns it runs, what people say about it, what an order or lead is worth and which
 * business goals it pursues first. One constant per {@link Industry} literal, with the same name.
 */
enum IndustryTraits {

	RETAIL(false, 65, 330, 0.22, List.of(INSTAGRAM, FACEBOOK, TIKTOK, PINTEREST, YOUTUBE, X, BLOG, LINKEDIN),
			List.of(new CampaignIdea("Black Friday campaign", 11, 18, 6), new CampaignIdea("Holiday campaign", 12, 1, 6)),
			List.of("delivery", "prices", "returns", "store experience", "new collection"), List.of(SALES, CUSTOMER_CARE, AWARENESS)),
	CONSUMER_GOODS(false, 28, 180, 0.12, List.of(INSTAGRAM, TIKTOK, FACEBOOK, YOUTUBE, PINTEREST, X, BLOG, LINKEDIN),
			List.of(new CampaignIdea("Product launch campaign", 5, 1, 20)),
			List.of("taste", "packaging", "availability", "ingredients", "promotions"), List.of(AWARENESS, SALES, PRODUCT_DEVELOPMENT)),
	FINANCIAL_SERVICES(true, 240, 30, 0.08, List.of(LINKEDIN, FACEBOOK, X, YOUTUBE, INSTAGRAM, BLOG, TIKTOK, PINTEREST),
			List.of(new CampaignIdea("Savings week campaign", 10, 24, 5)),
			List.of("mobile app", "fees", "customer service", "mortgages", "security"), List.of(LEADS_CONVERSIONS, CUSTOMER_CARE, RECRUITING_HR)),
	HEALTHCARE(false, 90, 300, 0.10, List.of(FACEBOOK, INSTAGRAM, LINKEDIN, YOUTUBE, X, BLOG, TIKTOK, PINTEREST),
			List.of(new CampaignIdea("Flu vaccination campaign", 10, 1, 14)),
			List.of("appointments", "waiting times", "staff", "treatments", "prevention"), List.of(AWARENESS, CUSTOMER_CARE, RECRUITING_HR)),
	TECHNOLOGY(true, 420, 80, 0.06, List.of(LINKEDIN, X, YOUTUBE, BLOG, INSTAGRAM, FACEBOOK, TIKTOK, PINTEREST),
			List.of(new CampaignIdea("Product launch campaign", 4, 8, 25)),
			List.of("product updates", "outages", "pricing", "support", "integrations"), List.of(LEADS_CONVERSIONS, EMPLOYEE_ADVOCACY, PRODUCT_DEVELOPMENT)),
	MEDIA_ENTERTAINMENT(false, 60, 10, 0.12, List.of(YOUTUBE, INSTAGRAM, TIKTOK, FACEBOOK, X, PINTEREST, BLOG, LINKEDIN),
			List.of(new CampaignIdea("New season campaign", 9, 1, 10)),
			List.of("new season", "subscriptions", "streaming quality", "presenters", "live events"), List.of(ENGAGEMENT, SALES, AWARENESS)),
	TRAVEL_HOSPITALITY(false, 250, 140, 0.25, List.of(INSTAGRAM, FACEBOOK, YOUTUBE, TIKTOK, PINTEREST, X, BLOG, LINKEDIN),
			List.of(new CampaignIdea("Early-booking campaign", 1, 10, 14)),
			List.of("bookings", "rooms", "food", "staff", "prices"), List.of(SALES, CUSTOMER_CARE, AWARENESS)),
	EDUCATION(true, 260, 235, 0.20, List.of(INSTAGRAM, FACEBOOK, LINKEDIN, TIKTOK, YOUTUBE, X, BLOG, PINTEREST),
			List.of(new CampaignIdea("Open days campaign", 2, 1, 20), new CampaignIdea("Back-to-school campaign", 8, 15, 10)),
			List.of("admissions", "courses", "campus life", "tuition fees", "graduation"), List.of(LEADS_CONVERSIONS, AWARENESS, RECRUITING_HR)),
	PUBLIC_SECTOR(true, Double.NaN, 120, 0.08, List.of(FACEBOOK, X, INSTAGRAM, LINKEDIN, YOUTUBE, BLOG, TIKTOK, PINTEREST),
			List.of(new CampaignIdea("Recycling week campaign", 4, 15, 14)),
			List.of("waste collection", "roadworks", "permits", "public transport", "events"), List.of(CUSTOMER_CARE, AWARENESS, DIGITAL_TRANSFORMATION)),
	PROFESSIONAL_SERVICES(true, 650, 60, 0.06, List.of(LINKEDIN, BLOG, X, YOUTUBE, INSTAGRAM, FACEBOOK, TIKTOK, PINTEREST),
			List.of(new CampaignIdea("Graduate recruitment campaign", 10, 1, 14)),
			List.of("thought leadership", "careers", "client work", "events", "fees"), List.of(LEADS_CONVERSIONS, RECRUITING_HR, EMPLOYEE_ADVOCACY)),
	MANUFACTURING(true, 900, 110, 0.06, List.of(LINKEDIN, YOUTUBE, FACEBOOK, X, INSTAGRAM, BLOG, TIKTOK, PINTEREST),
			List.of(new CampaignIdea("Trade fair campaign", 4, 12, 10)),
			List.of("products", "jobs", "sustainability", "trade fairs", "delivery times"), List.of(LEADS_CONVERSIONS, RECRUITING_HR, AWARENESS)),
	NON_PROFIT(false, 45, 345, 0.20, List.of(FACEBOOK, INSTAGRAM, X, YOUTUBE, LINKEDIN, TIKTOK, BLOG, PINTEREST),
			List.of(new CampaignIdea("Year-end appeal campaign", 11, 26, 6)),
			List.of("donations", "volunteering", "impact stories", "events", "transparency"), List.of(LEADS_CONVERSIONS, AWARENESS, ENGAGEMENT));

	/** Campaigns every client runs, whatever its industry. */
	static final List<CampaignIdea> COMMON_CAMPAIGNS = List.of(new CampaignIdea("Spring campaign", 3, 1, 30),
			new CampaignIdea("Summer campaign", 6, 1, 20), new CampaignIdea("Autumn campaign", 9, 10, 20));

	/** Activity by day of week (Monday first): business audiences are away at weekends, consumers are not. */
	private static final double[] B2B_WEEK = { 1.15, 1.2, 1.2, 1.15, 1.0, 0.45, 0.4 };

	private static final double[] B2C_WEEK = { 0.95, 0.95, 1.0, 1.0, 1.05, 1.12, 1.0 };

	/** A campaign the client runs every year, launched in a window starting on {@code month}/{@code day}. */
	record CampaignIdea(String name, int month, int day, int windowDays) {
	}

	final boolean b2b;

	/**
	 * Revenue of one conversion in euros: an order, a qualified lead, a donation, a year of subscription. NaN = the
	 * conversions (e.g. of a public service) have no revenue.
	 */
	final double conversionValue;

	/** Day of the year with the most activity, and how much the year swings around it (0.2 = ±20 %). */
	final int peakDayOfYear;

	final double seasonality;

	final List<Platform> platforms;

	final List<CampaignIdea> campaigns;

	final List<String> topics;

	/** Business goals in order of priority. */
	final List<GoalKind> goals;

	IndustryTraits(boolean b2b, double conversionValue, int peakDayOfYear, double seasonality, List<Platform> platforms,
			List<CampaignIdea> campaigns, List<String> topics, List<GoalKind> goals) {
		this.b2b = b2b;
		this.conversionValue = conversionValue;
		this.peakDayOfYear = peakDayOfYear;
		this.seasonality = seasonality;
		this.platforms = platforms;
		this.campaigns = campaigns;
		this.topics = topics;
		this.goals = goals;
	}

	static IndustryTraits of(Industry industry) {
		return valueOf(industry.name());
	}

	/** Activity on weekday {@code dayOfWeek} (1 = Monday … 7 = Sunday). */
	double week(int dayOfWeek) {
		return (b2b ? B2B_WEEK : B2C_WEEK)[dayOfWeek - 1];
	}

	/** The yearly swing on day {@code dayOfYear}: 1 + seasonality at the peak, 1 − seasonality half a year later. */
	double season(int dayOfYear) {
		return 1 + seasonality * StrictMath.cos(2 * StrictMath.PI * (dayOfYear - peakDayOfYear) / 365.25);
	}
}
