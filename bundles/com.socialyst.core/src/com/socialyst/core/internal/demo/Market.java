package com.socialyst.core.internal.demo;

import java.util.List;

import com.socialyst.model.ReportLocale;

/**
 * Where a demo client is based: its country, report locale, currency and the countries its listening mentions come
 * from. Only the five currencies the issue asks for are used (EUR, USD, PLN, IDR, RSD), which is why the English
 * clients are in the US and Ireland rather than in the UK or Australia.
 */
enum Market {

	US("US", ReportLocale.EN, Names.Language.EN, "USD", 1.08, 1, List.of("US", "CA", "GB")),
	IE("IE", ReportLocale.EN, Names.Language.EN, "EUR", 1, 1, List.of("IE", "GB", "US")),
	NL("NL", ReportLocale.NL, Names.Language.NL, "EUR", 1, 1, List.of("NL", "BE", "DE")),
	BE("BE", ReportLocale.NL, Names.Language.NL, "EUR", 1, 1, List.of("BE", "NL", "FR")),
	PL("PL", ReportLocale.PL, Names.Language.PL, "PLN", 4.3, 1, List.of("PL", "DE", "CZ")),
	ID("ID", ReportLocale.ID, Names.Language.ID, "IDR", 17_500, 1000, List.of("ID", "MY", "SG")),
	RS_LATIN("RS", ReportLocale.SR_LATN, Names.Language.SR, "RSD", 117, 10, List.of("RS", "BA", "ME")),
	RS_CYRILLIC("RS", ReportLocale.SR_CYRL, Names.Language.SR, "RSD", 117, 10, List.of("RS", "BA", "ME"));

	/** ISO 3166-1 alpha-2 code. */
	final String country;

	final ReportLocale locale;

	/** The language of names; Serbian names are made in Latin script and transliterated for Cyrillic clients. */
	final Names.Language language;

	/** ISO 4217 code of budgets, spend and revenue. */
	final String currency;

	/** Local currency units per euro (rounded): all amounts are modelled in euros, then converted. */
	final double perEuro;

	/** The smallest amount worth showing in a budget (no one budgets 3 rupiah). */
	final double moneyStep;

	/** Countries of listening mentions: the first is home, the others neighbours. */
	final List<String> mentionCountries;

	Market(String country, ReportLocale locale, Names.Language language, String currency, double perEuro, double moneyStep,
			List<String> mentionCountries) {
		this.country = country;
		this.locale = locale;
		this.language = language;
		this.currency = currency;
		this.perEuro = perEuro;
		this.moneyStep = moneyStep;
		this.mentionCountries = mentionCountries;
	}

	boolean cyrillic() {
		return locale == ReportLocale.SR_CYRL;
	}

	/** {@code euros} in local currency, rounded to a multiple of {@code step} local money steps. */
	double local(double euros, int step) {
		double unit = moneyStep * step;
		return Math.round(euros * perEuro / unit) * unit;
	}
}
