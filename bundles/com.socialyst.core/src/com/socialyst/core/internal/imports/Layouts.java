package com.socialyst.core.internal.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.socialyst.core.imports.ImportFormat;
import com.socialyst.core.internal.imports.Dates.SlashOrder;

/**
 * The table exports we know, by their published column headers. Only raw counts are imported: rates that vendors
 * compute (engagement rate, CTR) are left out, because Socialyst's metrics compute them the same way for every
 * platform. {@code docs/import-formats.md} documents each layout; keep it in step with this class.
 */
final class Layouts {

	static final Layout X_POSTS = Layout.named("X post activity export (per post)", ImportFormat.X)
			.requires("Tweet id", "Post id").requires("Tweet permalink", "Tweet text", "Post Link", "Post text").date("time", "Date").postId("Tweet id", "Post id")
			.field("impressions", "impressions").field("engagements", "engagements")
			.field("shares", "retweets", "reposts").field("comments", "replies").field("likes", "likes")
			.field("clicks", "url clicks").field("video_views", "media views").slashOrder(SlashOrder.MONTH_FIRST)
			.build();

	static final Layout X_DAILY = Layout.named("X account overview export (per day)", ImportFormat.X)
			.requires("Tweets published", "Posts published").field("posts", "Tweets published", "Posts published")
			.field("impressions", "impressions").field("engagements", "engagements")
			.field("shares", "retweets", "reposts").field("comments", "replies").field("likes", "likes")
			.field("clicks", "url clicks").field("video_views", "media views").slashOrder(SlashOrder.MONTH_FIRST)
			.build();

	static final Layout META_POSTS = Layout.named("Meta Business Suite content export (per post)", ImportFormat.META)
			.requires("Post ID").requires("Publish time").date("Publish time").postId("Post ID")
			.field("impressions", "Impressions", "Views").field("reach", "Reach")
			.field("engagements", "Reactions, comments and shares").field("likes", "Reactions", "Likes")
			.field("comments", "Comments").field("shares", "Shares").field("clicks", "Total clicks", "Link clicks")
			.field("video_views", "3-second video views", "Plays").slashOrder(SlashOrder.MONTH_FIRST).build();

	static final Layout META_PAGE = Layout.named("Facebook Page insights export (per day)", ImportFormat.META)
			.requires("Lifetime Total Likes", "Lifetime Total Followers", "Daily Total Reach",
					"Daily Total Impressions", "Daily Page Engaged Users")
			.field("followers", "Lifetime Total Followers", "Lifetime Total Likes")
			.field("reach", "Daily Total Reach").field("impressions", "Daily Total Impressions")
			.field("engagements", "Daily Page Engaged Users", "Daily Post Engagements")
			.field("clicks", "Daily Page Consumptions").field("video_views", "Daily Total Video Views")
			.slashOrder(SlashOrder.MONTH_FIRST).descriptionRow().build();

	static final Layout META_METRIC = Layout.named("Meta Business Suite metric export", ImportFormat.META)
			.requires("Primary").dynamicFields(Layouts::metaMetricField).slashOrder(SlashOrder.MONTH_FIRST).build();

	static final Layout LINKEDIN_CONTENT = Layout.named("LinkedIn content (updates) export", ImportFormat.LINKEDIN)
			.requires("Impressions (total)", "Impressions (organic)")
			.field("impressions", "Impressions (total)", "Impressions (organic)")
			.field("reach", "Unique impressions (organic)").field("clicks", "Clicks (total)", "Clicks (organic)")
			.field("likes", "Reactions (total)", "Reactions (organic)")
			.field("comments", "Comments (total)", "Comments (organic)")
			.field("shares", "Reposts (total)", "Reposts (organic)", "Shares (total)", "Shares (organic)")
			.slashOrder(SlashOrder.MONTH_FIRST).build();

	static final Layout LINKEDIN_FOLLOWERS = Layout.named("LinkedIn followers export", ImportFormat.LINKEDIN)
			.requires("Total followers").requires("Organic followers")
			.field("new_followers", "Total followers").slashOrder(SlashOrder.MONTH_FIRST).build();

	static final Layout LINKEDIN_VISITORS = Layout.named("LinkedIn visitors export", ImportFormat.LINKEDIN)
			.requires("Total page views (total)").field("page_views", "Total page views (total)")
			.field("unique_visitors", "Total unique visitors (total)").slashOrder(SlashOrder.MONTH_FIRST).build();

	static final Layout GA4 = Layout.named("GA4 traffic by source", ImportFormat.GA4)
			.requires("Session source", "Session source / medium", "First user source", "Source",
					"Source / medium", "Session source platform")
			.requires("Sessions", "Key events", "Conversions", "Total revenue")
			.source("Session source", "Session source / medium", "Source", "Source / medium", "First user source")
			.field("sessions", "Sessions").field("engaged_sessions", "Engaged sessions")
			.field("conversions", "Key events", "Conversions").field("revenue", "Total revenue", "Purchase revenue")
			.build();

	static final Layout GENERIC_WIDE = Layout.named("generic wide CSV (date + one column per field)",
			ImportFormat.GENERIC).requires("date").dynamicFields(Layouts::wideFields).build();

	/** Vendor layouts in detection order: the most specific signatures first. */
	static final List<Layout> VENDOR = List.of(META_POSTS, X_POSTS, X_DAILY, META_PAGE, LINKEDIN_CONTENT,
			LINKEDIN_FOLLOWERS, LINKEDIN_VISITORS, GA4, META_METRIC);

	private Layouts() {
	}

	/** A field id from a column header: {@code Video Views} → {@code video_views}. */
	static String fieldId(String header) {
		return header.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
	}

	/** Generic wide files: every column but the date is a field, named after its header. */
	private static Map<Integer, String> wideFields(CsvTable table) {
		Map<Integer, String> columns = new LinkedHashMap<>();
		int date = table.column("date");
		for (int i = 0; i < table.header().size(); i++) {
			String field = fieldId(table.header().get(i));
			if (i != date && !field.isEmpty()) {
				columns.put(i, field);
			}
		}
		return columns;
	}

	/**
	 * Meta Business Suite writes one metric per file: a title line ("Facebook reach") above {@code Date,Primary}.
	 * The title says which field the Primary column fills; without a known title the file cannot be placed.
	 */
	private static Map<Integer, String> metaMetricField(CsvTable table) {
		String title = table.title() == null ? "" : table.title().toLowerCase(Locale.ROOT);
		String field = title.contains("reach") ? "reach"
				: title.contains("impressions") || title.contains("views") ? "impressions"
				: title.contains("interactions") || title.contains("engagement") ? "engagements"
				: title.contains("link clicks") ? "clicks"
				: title.contains("visits") ? "profile_visits"
				: title.contains("new likes") || title.contains("follows") || title.contains("new followers")
						? "new_followers"
				: title.contains("followers") || title.contains("page likes") ? "followers" : null;
		if (field == null) {
			throw new IllegalArgumentException("cannot tell which metric this Meta export holds from its title \""
					+ (table.title() == null ? "" : table.title())
					+ "\" (known: reach, impressions/views, interactions, link clicks, visits, follows, followers)");
		}
		return Map.of(table.column("Primary"), field);
	}
}
