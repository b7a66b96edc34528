package com.socialyst.diagnosis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisReport;
import com.socialyst.diagnosis.Diagnoser;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.diagnosis.internal.rules.ChannelsWithoutStrategy;
import com.socialyst.diagnosis.internal.rules.InitiativesOverdue;
import com.socialyst.diagnosis.internal.rules.ToolsAndChannels;
import com.socialyst.diagnosis.internal.rules.TooFewResources;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.model.BudgetCategory;
import com.socialyst.model.BudgetLine;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Governance;
import com.socialyst.model.Initiative;
import com.socialyst.model.InitiativeStatus;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Platform;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.Strategy;

/** Findings and labels in the report languages: translated text, numbers formatted for the language. */
class LocalisedRulesTest {

	private static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;
	private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
	private static final MetricEngine ENGINE = new MetricEngine(MetricRegistry.of(Map.of()), null);
	private static final Locale SR_CYRL = Locale.forLanguageTag("sr-Cyrl");

	@Test
	void decliningChannelInDutchAndSerbianCyrillic() {
		Client client = decliningClient();
		Finding dutch = new ToolsAndChannels().check(context(client, Locale.forLanguageTag("nl"))).get(0);
		assertEquals("Tools en kanaalmix verouderd", dutch.title());
		// Dutch groups thousands with a dot
		assertEquals("x:acme: impressies 40% lager dan een jaar eerder (5.400 tegenover 9.000)", dutch.evidence().get(1));
		Finding serbian = new ToolsAndChannels().check(context(client, SR_CYRL)).get(0);
		assertEquals("Застарели алати и микс канала", serbian.title());
		assertEquals("x:acme: прикази мањи за 40% него годину дана раније (5.400 према 9.000)", serbian.evidence().get(1));
		assertEquals("алати и платформе последњи пут преиспитани 2023-01-15", serbian.evidence().get(0));
		// ids and sources are not translated
		assertEquals("tools-and-channels", serbian.ruleId());
	}

	@Test
	void plainSerbianIsCyrillicAndUntranslatedLanguagesGetEnglish() {
		Client client = decliningClient();
		assertEquals("Застарели алати и микс канала",
				new ToolsAndChannels().check(context(client, Locale.forLanguageTag("sr"))).get(0).title());
		assertEquals("Zastareli alati i miks kanala",
				new ToolsAndChannels().check(context(client, Locale.forLanguageTag("sr-Latn-RS"))).get(0).title());
		Locale jvmDefault = Locale.getDefault();
		try {
			// German has no translation: English text with English numbers, whatever the machine's locale
			Locale.setDefault(Locale.forLanguageTag("nl"));
			Finding german = new ToolsAndChannels().check(context(client, Locale.GERMAN)).get(0);
			assertEquals("Tools and channel mix out of date", german.title());
			assertEquals("x:acme: impressions down 40 % on a year earlier (5,400 against 9,000)", german.evidence().get(1));
		} finally {
			Locale.setDefault(jvmDefault);
		}
	}

	@Test
	void budgetInPolishAndIndonesian() {
		Client client = decliningClient();
		BudgetLine tools = FACTORY.createBudgetLine();
		tools.setCategory(BudgetCategory.TOOLS);
		tools.setPlanned(4_000);
		tools.setCurrency("EUR");
		client.getStrategies().get(0).getBudgetLines().add(tools);
		List<String> polish = new TooFewResources().check(context(client, Locale.forLanguageTag("pl"))).get(0).evidence();
		// Polish groups thousands with a no-break space
		assertEquals("planowany budżet ok. 4\u00a0000 EUR na okres strategii; cele: 0, kanały: 1", polish.get(1));
		List<String> indonesian = new TooFewResources().check(context(client, Locale.forLanguageTag("id"))).get(0)
				.evidence();
		assertEquals("anggaran yang direncanakan sekitar 4.000 EUR untuk periode strategi, untuk 0 tujuan dan 1 kanal",
				indonesian.get(1));
	}

	@Test
	void initiativeStatusAndQuotesAreTranslated() {
		Client client = decliningClient();
		Initiative initiative = FACTORY.createInitiative();
		initiative.setName("Employee advocacy pilot");
		initiative.setStatus(InitiativeStatus.ACTIVE);
		initiative.setEnd(LocalDate.of(2026, 6, 30));
		client.getStrategies().get(0).getInitiatives().add(initiative);
		assertEquals(List.of("‘Employee advocacy pilot’ liep af op 2026-06-30 maar is nog steeds actief",
				"‘Employee advocacy pilot’ heeft geen eigenaar"),
				new InitiativesOverdue().check(context(client, Locale.forLanguageTag("nl"))).get(0).evidence());
		assertEquals("иницијатива „Employee advocacy pilot“ нема одговорну особу",
				new InitiativesOverdue().check(context(client, SR_CYRL)).get(0).evidence().get(1));
	}

	@Test
	void theDiagnoserPassesTheLocaleToEveryRule() {
		Client client = decliningClient();
		client.getStrategies().clear();
		DiagnosisReport report = new Diagnoser(Map.of("no-strategy", new ChannelsWithoutStrategy())).diagnose(client,
				AS_OF, ENGINE, Locale.forLanguageTag("nl"));
		assertEquals("Geen strategie voor deze periode", report.findings().get(0).title());
		assertEquals(List.of("geen strategie van Acme dekt 2026-09-30"), report.findings().get(0).evidence());
		assertEquals("No strategy for the period",
				new Diagnoser(Map.of("no-strategy", new ChannelsWithoutStrategy())).diagnose(client, AS_OF, ENGINE)
						.findings().get(0).title());
	}

	@Test
	void categoryAndSeverityLabels() {
		assertEquals("ROI not measured", Category.ROI_NOT_MEASURED.label(Locale.ENGLISH));
		assertEquals("ROI niet gemeten", Category.ROI_NOT_MEASURED.label(Locale.forLanguageTag("nl")));
		assertEquals("Повраћај улагања се не мери", Category.ROI_NOT_MEASURED.label(SR_CYRL));
		assertEquals("Povraćaj ulaganja se ne meri", Category.ROI_NOT_MEASURED.label(Locale.forLanguageTag("sr-Latn")));
		assertEquals("Wysoka", Severity.HIGH.label(Locale.forLanguageTag("pl")));
		assertEquals("Rendah", Severity.LOW.label(Locale.forLanguageTag("id")));
		assertEquals("Culture", Category.CULTURE.label(Locale.JAPANESE));
		for (Category category : Category.values()) {
			for (String tag : List.of("en", "nl", "pl", "id", "sr-Latn", "sr-Cyrl")) {
				assertEquals(false, category.label(Locale.forLanguageTag(tag)).isBlank(), category + " " + tag);
			}
		}
	}

	private static DiagnosisContext context(Client client, Locale locale) {
		return new DiagnosisContext(client, Diagnoser.strategyOn(client, AS_OF), AS_OF, ENGINE, locale);
	}

	/** One X account whose impressions fell from 100 to 60 a day; tools last reviewed in 2023. */
	private static Client decliningClient() {
		Client client = FACTORY.createClient();
		client.setId("acme");
		client.setName("Acme");
		ChannelAccount x = FACTORY.createChannelAccount();
		x.setPlatform(Platform.X);
		x.setHandle("acme");
		client.getChannels().add(x);
		MeasurementSeries impressions = FACTORY.createMeasurementSeries();
		impressions.setField("impressions");
		impressions.setStart(AS_OF.minusYears(1).minusDays(89));
		double[] values = new double[(int) (AS_OF.toEpochDay() - impressions.getStart().toEpochDay() + 1)];
		for (int i = 0; i < values.length; i++) {
			values[i] = i < 90 ? 100 : 60;
		}
		impressions.setValues(values);
		x.getSeries().add(impressions);
		Strategy strategy = FACTORY.createStrategy();
		strategy.setPeriodStart(LocalDate.of(2026, 1, 1));
		strategy.setPeriodEnd(LocalDate.of(2026, 12, 31));
		strategy.getChannels().add(x);
		Governance governance = FACTORY.createGovernance();
		governance.setLastToolReview(LocalDate.of(2023, 1, 15));
		strategy.setGovernance(governance);
		client.getStrategies().add(strategy);
		return client;
	}
}
