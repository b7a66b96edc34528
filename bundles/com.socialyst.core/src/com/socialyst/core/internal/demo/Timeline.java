package com.socialyst.core.internal.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.socialyst.model.Platform;

/**
 * The events of a demo client's timeline and their effect on the data: campaigns lift one channel strongly and
 * the others a little (and bring more mentions); a vacant social-media post pauses posting on every channel; a
 * crisis brings a burst of negative mentions. Each event that starts inside the data leaves an annotation, so the
 * spikes and dips in the charts are explained, as consultants annotate real data.
 */
final class Timeline {

	/** An annotation: day index into the data, text, and the channel index it is about (-1 = none). */
	record Note(int day, String text, int channel) {
	}

	private final double[][] lift;

	private final double[] buzz;

	private final boolean[] paused;

	private final boolean[] crisis;

	private final String crisisTopic;

	private final List<Note> notes;

	private Timeline(int channels, int days, String crisisTopic) {
		lift = new double[channels][days];
		buzz = new double[days];
		paused = new boolean[days];
		crisis = new boolean[days];
		this.crisisTopic = crisisTopic;
		notes = new ArrayList<>();
	}

	/**
	 * Plans the events of a client whose data runs {@code days} days from {@code start}. Campaigns recur every year
	 * at their season and run on strategised channels only; weak clients skip some and get smaller lifts, and are
	 * the ones whose posting pauses.
	 */
	static Timeline plan(ClientSlot slot, List<ChannelPlan> channels, LocalDate start, int days, Draw draw) {
		IndustryTraits traits = IndustryTraits.of(slot.industry());
		boolean healthy = slot.profile().healthy();
		Timeline timeline = new Timeline(channels.size(), days, draw.pick(traits.topics));
		List<Integer> campaignChannels = new ArrayList<>();
		for (int i = 0; i < channels.size(); i++) {
			if (channels.get(i).strategised() && channels.get(i).platform() != Platform.BLOG) {
				campaignChannels.add(i);
			}
		}
		List<IndustryTraits.CampaignIdea> ideas = new ArrayList<>(IndustryTraits.COMMON_CAMPAIGNS);
		ideas.addAll(traits.campaigns);
		LocalDate end = start.plusDays(days - 1L);
		for (int year = start.getYear(); year <= end.getYear(); year++) {
			for (IndustryTraits.CampaignIdea idea : ideas) {
				// Draw before deciding, so that skipping one campaign does not move the others.
				int offset = draw.between(0, idea.windowDays());
				int length = draw.between(14, 35);
				int channel = draw.pick(campaignChannels);
				double primaryLift = healthy ? draw.uniform(1.0, 2.2) : draw.uniform(0.5, 1.2);
				double sideLift = healthy ? draw.uniform(0.1, 0.35) : draw.uniform(0.05, 0.2);
				boolean skipped = !healthy && draw.chance(0.4);
				int day = (int) ChronoUnit.DAYS.between(start, LocalDate.of(year, idea.month(), idea.day()).plusDays(offset));
				if (!skipped && day + length > 0 && day < days) {
					timeline.campaign(day, length, channel, primaryLift, sideLift);
					if (day >= 0) {
						timeline.notes.add(new Note(day, idea.name() + " launched on " + label(channels.get(channel).platform()), channel));
					}
				}
			}
		}
		if (!healthy && draw.chance(0.7)) {
			int length = draw.between(14, 35);
			int day = draw.between(0, Math.max(0, days - 1));
			for (int d = day; d < Math.min(days, day + length); d++) {
				timeline.paused[d] = true;
			}
			timeline.notes.add(new Note(day, "Posting paused: the social media manager left", -1));
			if (day + length < days) {
				timeline.notes.add(new Note(day + length, "Posting resumed with a new social media manager", -1));
			}
		}
		if (draw.chance(healthy ? 0.25 : 0.6)) {
			int length = draw.between(4, 9);
			int day = draw.between(0, Math.max(0, days - 1));
			for (int d = day; d < Math.min(days, day + length); d++) {
				timeline.crisis[d] = true;
			}
			timeline.notes.add(new Note(day, "Negative press about " + timeline.crisisTopic, -1));
		}
		timeline.notes.sort(Comparator.comparingInt(Note::day)); // stable: same-day notes keep their order
		return timeline;
	}

	/** Adds a campaign: a three-day ramp, then a decay over the rest of its length. */
	private void campaign(int day, int length, int channel, double primaryLift, double sideLift) {
		int days = buzz.length;
		for (int d = Math.max(0, day); d < Math.min(days, day + length); d++) {
			int age = d - day;
			double intensity = age < 3 ? (age + 1) / 3.0 : StrictMath.exp(-(age - 2) / (length / 2.5));
			for (int c = 0; c < lift.length; c++) {
				lift[c][d] += intensity * (c == channel ? primaryLift : sideLift);
			}
			buzz[d] += intensity * primaryLift * 0.5;
		}
	}

	/** How a platform is named in annotations. */
	static String label(Platform platform) {
		return switch (platform) {
			case FACEBOOK -> "Facebook";
			case INSTAGRAM -> "Instagram";
			case X -> "X";
			case LINKEDIN -> "LinkedIn";
			case YOUTUBE -> "YouTube";
			case TIKTOK -> "TikTok";
			case PINTEREST -> "Pinterest";
			case BLOG -> "the blog";
			case OTHER -> "other media";
		};
	}

	/** The campaign multiplier of channel {@code channel} on day {@code day}: 1 = no campaign. */
	double lift(int channel, int day) {
		return 1 + lift[channel][day];
	}

	/** The campaign multiplier of mentions of the client on day {@code day}. */
	double buzz(int day) {
		return 1 + buzz[day];
	}

	boolean paused(int day) {
		return paused[day];
	}

	boolean crisis(int day) {
		return crisis[day];
	}

	String crisisTopic() {
		return crisisTopic;
	}

	List<Note> notes() {
		return notes;
	}
}
