package com.socialyst.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One listening mention: a row of a {@link MentionLog}, which stores mentions column-wise. A read-only value,
 * never stored as such.
 *
 * @param date the day of the mention (required)
 * @param platform where it was posted; {@code null} = unknown
 * @param authorType who wrote it; {@code null} = unknown
 * @param sentiment its sentiment; {@code null} = unknown
 * @param topic its topic; {@code null} = none
 * @param country ISO 3166-1 alpha-2 code of the author's country; {@code null} = unknown
 * @param reach potential reach; NaN = unknown
 * @param brand the brand mentioned: the client's own name or a competitor's; {@code null} = none
 */
public record Mention(LocalDate date, Platform platform, AuthorType authorType, Sentiment sentiment, String topic, String country,
		double reach, String brand) {

	public Mention {
		Objects.requireNonNull(date, "date");
	}
}
