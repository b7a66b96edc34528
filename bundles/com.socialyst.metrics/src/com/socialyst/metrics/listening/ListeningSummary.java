package com.socialyst.metrics.listening;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a client's listening mentions say over a period. Counts are of mentions; maps are ordered (months by date,
 * the others by count, largest first).
 *
 * @param from first day
 * @param to last day
 * @param own mentions of the client (no brand, or the client's name)
 * @param competitors mentions of competitors
 * @param volumeByMonth own mentions per month ({@code 2026-07})
 * @param netSentimentByMonth per month (positive − negative) / (positive + negative) of own mentions; NaN when
 *        a month has neither
 * @param netSentiment the same over the period
 * @param shareOfVoice own / (own + competitors); NaN without mentions
 * @param shareByBrand every brand's share of all mentions, the client's included under its own name
 * @param topTopics up to ten topics of own mentions
 * @param countries own mentions by country code
 * @param authorTypes own mentions by author type ({@code customer}, {@code influencer} …)
 * @param responseRate replies / comments over the client's channels in the period; NaN when not known
 */
public record ListeningSummary(LocalDate from, LocalDate to, long own, long competitors, Map<String, Long> volumeByMonth,
		Map<String, Double> netSentimentByMonth, double netSentiment, double shareOfVoice, Map<String, Double> shareByBrand,
		Map<String, Long> topTopics, Map<String, Long> countries, Map<String, Long> authorTypes, double responseRate) {
}
