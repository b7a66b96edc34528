package com.socialyst.metrics;

/**
 * Counts of listening mentions in a period. "Own" mentions name the client (or no brand); the others name a
 * competitor.
 *
 * @param own mentions of the client
 * @param competitors mentions of competitors
 * @param positive own mentions with positive sentiment
 * @param neutral own mentions with neutral sentiment
 * @param negative own mentions with negative sentiment
 * @param unknown own mentions without a known sentiment
 */
public record MentionCounts(long own, long competitors, long positive, long neutral, long negative, long unknown) {

	public static final MentionCounts NONE = new MentionCounts(0, 0, 0, 0, 0, 0);

	/** All mentions, own and competitors'. */
	public long total() {
		return own + competitors;
	}
}
