package com.socialyst.core.internal.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Platform;

/**
 * A channel account as users name it: {@code linkedin:acme-corp}, or just {@code linkedin} when the client has
 * one LinkedIn account (or none yet).
 *
 * @param platform the platform
 * @param handle the handle, or null when not given
 */
record ChannelSpec(Platform platform, String handle) {

	/** Traffic sources (as GA4 reports them) that belong to each platform. */
	private static final Map<Platform, List<String>> SOURCES = Map.of(
			Platform.FACEBOOK, List.of("facebook", "facebook.com", "m.facebook.com", "l.facebook.com", "lm.facebook.com", "fb"),
			Platform.INSTAGRAM, List.of("instagram", "instagram.com", "l.instagram.com", "ig"),
			Platform.X, List.of("x", "x.com", "twitter", "twitter.com", "t.co", "mobile.twitter.com"),
			Platform.LINKEDIN, List.of("linkedin", "linkedin.com", "lnkd.in", "linkedin.android"),
			Platform.YOUTUBE, List.of("youtube", "youtube.com", "m.youtube.com", "youtu.be"),
			Platform.TIKTOK, List.of("tiktok", "tiktok.com"),
			Platform.PINTEREST, List.of("pinterest", "pinterest.com", "pin.it"));

	static ChannelSpec parse(String spec) {
		String text = spec.strip();
		int colon = text.indexOf(':');
		String platformName = colon < 0 ? text : text.substring(0, colon);
		String handle = colon < 0 ? null : text.substring(colon + 1).strip();
		Platform platform = MentionReader.platform(platformName);
		if (platform == null) {
			throw new IllegalArgumentException("unknown platform '" + platformName + "' (expected one of "
					+ Arrays.stream(Platform.values()).map(Platform::getLiteral).collect(Collectors.joining(", ")) + ")");
		}
		return new ChannelSpec(platform, handle == null || handle.isEmpty() ? null : handle);
	}

	/**
	 * The client's account this spec names, or null when the client has none (the import creates it).
	 *
	 * @throws IllegalArgumentException when only a platform is given and the client has several accounts on it
	 */
	ChannelAccount find(Client client) {
		List<ChannelAccount> candidates = client.getChannels().stream().filter(c -> c.getPlatform() == platform)
				.filter(c -> handle == null || handle.equalsIgnoreCase(c.getHandle())).toList();
		if (candidates.size() > 1) {
			throw new IllegalArgumentException("client '" + client.getId() + "' has " + candidates.size() + " "
					+ platform.getLiteral() + " accounts ("
					+ candidates.stream().map(ChannelAccount::getId).collect(Collectors.joining(", "))
					+ "): name one as " + platform.getLiteral() + ":HANDLE");
		}
		return candidates.isEmpty() ? null : candidates.get(0);
	}

	/** Whether the traffic source {@code source} (GA4's "facebook.com / referral" or "l.facebook.com") is ours. */
	boolean ownsSource(String source) {
		String name = source.strip().toLowerCase(Locale.ROOT);
		int slash = name.indexOf(" / ");
		name = (slash >= 0 ? name.substring(0, slash) : name).strip().replaceFirst("^www\\.", "");
		if (handle != null && name.equals(handle.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""))) {
			return true;
		}
		return SOURCES.getOrDefault(platform, List.of()).contains(name);
	}

	/** {@code platform:handle} or {@code platform}. */
	@Override
	public String toString() {
		return handle == null ? platform.getLiteral() : platform.getLiteral() + ":" + handle;
	}
}
