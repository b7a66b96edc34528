package com.socialyst.core.tests.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.socialyst.core.demo.DemoPortfolio;
import com.socialyst.core.demo.DemoPortfolio.Options;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.model.AudienceKind;
import com.socialyst.model.BrandMode;
import com.socialyst.model.BudgetCategory;
import com.socialyst.model.BudgetLine;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Department;
import com.socialyst.model.FormulaMetric;
import com.socialyst.model.Industry;
import com.socialyst.model.Initiative;
import com.socialyst.model.Kpi;
import com.socialyst.model.KpiKind;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.MentionLog;
import com.socialyst.model.ReportLocale;
import com.socialyst.model.Strategy;
import com.socialyst.model.util.ModelEquality;
import com.socialyst.model.util.SocialystValidator;

/**
 * The demo portfolio: reproducible to the byte, complete, valid, and with healthy and weak clients that show the
 * causes the {@link DemoPortfolio} table documents. The causes are detected from the data here, as a diagnosis would.
 */
class DemoPortfolioTest {

	/** The standard metric ids KPIs may name (implemented by a later issue). */
	private static final Set<String> STANDARD_METRICS = Set.of("engagement_rate_by_impressions", "engagement_rate_by_reach",
			"engagement_rate_by_followers", "conversation_rate", "amplification_rate", "applause_rate", "virality_rate",
			"follower_growth_rate", "ctr", "conversion_rate", "cost_per_acquisition", "customer_acquisition_cost", "share_of_voice",
			"net_sentiment", "response_rate", "social_roi");

	private static final Set<String> VANITY_METRICS = Set.of("follower_growth_rate", "applause_rate", "engagement_rate_by_impressions",
			"engagement_rate_by_reach", "engagement_rate_by_followers");

	private static final Set<String> CONVERSION_METRICS = Set.of("conversion_rate", "cost_per_acquisition", "customer_acquisition_cost",
			"social_roi");

	/** Fields with cents; the others are counts. */
	private static final Set<String> MONEY = Set.of("revenue", "spend");

	/** Local currency per euro, roughly: enough to tell a budget of a few hundred euros. */
	private static final Map<String, Double> PER_EURO = Map.of("EUR", 1.0, "USD", 1.1, "PLN", 4.5, "IDR", 18_000.0, "RSD", 120.0);

	private static final Options SMALL = new Options(4, 60, 42, Options.DEFAULT_END_DATE);

	/** The weak-result causes, (a) to (f). */
	private enum Cause {
		NO_SPONSOR, MARKETING_ONLY, VANITY_KPIS, NO_CONVERSION_TRACKING, TINY_BUDGET, UNSTRATEGISED_CHANNELS
	}

	/** The profiles of the twelve default clients, as documented on {@link DemoPortfolio}. */
	private static final List<Set<Cause>> DOCUMENTED = List.of(EnumSet.noneOf(Cause.class),
			EnumSet.of(Cause.VANITY_KPIS, Cause.NO_CONVERSION_TRACKING), EnumSet.noneOf(Cause.class), EnumSet.of(Cause.NO_SPONSOR),
			EnumSet.noneOf(Cause.class), EnumSet.of(Cause.UNSTRATEGISED_CHANNELS), EnumSet.noneOf(Cause.class),
			EnumSet.of(Cause.NO_SPONSOR, Cause.MARKETING_ONLY), EnumSet.of(Cause.NO_CONVERSION_TRACKING), EnumSet.noneOf(Cause.class),
			EnumSet.of(Cause.VANITY_KPIS), EnumSet.of(Cause.TINY_BUDGET));

	private static List<Client> defaults;

	@TempDir
	Path folder;

	/** The twelve default clients, generated once for the whole class (it is the slow part). */
	private static synchronized List<Client> defaults() {
		if (defaults == null) {
			List<Client> clients = new ArrayList<>();
			for (int index = 0; index < Options.DEFAULT_CLIENTS; index++) {
				clients.add(DemoPortfolio.client(index, Options.defaults()));
			}
			defaults = List.copyOf(clients);
		}
		return defaults;
	}

	@Test
	void sameOptionsWriteIdenticalBytes() throws IOException {
		DemoPortfolio.write(folder.resolve("one"), SMALL, null);
		DemoPortfolio.write(folder.resolve("two"), SMALL, null);

		List<Path> files = files(folder.resolve("one"));
		assertEquals(files, files(folder.resolve("two")));
		assertEquals(SMALL.clients() + 1, files.stream().filter(file -> file.toString().endsWith(".xmi")).count(),
				files.toString());
		// the consultancy's logo and one per client with a brand of its own, for the reports
		assertTrue(files.contains(Path.of("logos", "consultancy.svg")), files.toString());
		for (Path file : files) {
			assertArrayEquals(Files.readAllBytes(folder.resolve("one").resolve(file)), Files.readAllBytes(folder.resolve("two").resolve(file)),
					file.toString());
		}
	}

	@Test
	void anotherSeedGivesOtherData() throws IOException {
		Options other = new Options(SMALL.clients(), SMALL.days(), 43, SMALL.endDate());
		DemoPortfolio.write(folder.resolve("42"), SMALL, null);
		DemoPortfolio.write(folder.resolve("43"), other, null);

		for (Path file : files(folder.resolve("42"))) {
			if (file.startsWith("clients")) {
				assertTrue(Files.mismatch(folder.resolve("42").resolve(file), folder.resolve("43").resolve(file)) >= 0, file + " differs");
			}
		}
		Client first = DemoPortfolio.client(0, SMALL);
		Client second = DemoPortfolio.client(0, other);
		assertEquals(first.getId(), second.getId(), "a client keeps its name");
		assertFalse(ModelEquality.equals(first.getChannels().get(0), second.getChannels().get(0)), "but not its data");
	}

	@Test
	void defaultClientsCoverEveryIndustryAndReportLocale() {
		List<Client> clients = defaults();
		assertEquals(EnumSet.allOf(Industry.class), clients.stream().map(Client::getIndustry).collect(Collectors.toSet()));
		assertEquals(EnumSet.allOf(ReportLocale.class), clients.stream().map(Client::getReportLocale).collect(Collectors.toSet()));
		Map<ReportLocale, Set<String>> countries = Map.of(ReportLocale.EN, Set.of("GB", "US", "AU", "IE"), ReportLocale.NL,
				Set.of("NL", "BE"), ReportLocale.PL, Set.of("PL"), ReportLocale.ID, Set.of("ID"), ReportLocale.SR_LATN, Set.of("RS"),
				ReportLocale.SR_CYRL, Set.of("RS"));
		Map<String, String> currencies = Map.of("US", "USD", "IE", "EUR", "NL", "EUR", "BE", "EUR", "PL", "PLN", "ID", "IDR", "RS", "RSD");
		Set<String> ids = new HashSet<>();
		for (Client client : clients) {
			assertTrue(countries.get(client.getReportLocale()).contains(client.getCountry()), client.getId() + " " + client.getCountry());
			assertTrue(client.getId().matches("[a-z0-9]+(-[a-z0-9]+)*"), client.getId());
			assertTrue(ids.add(client.getId()), "unique id " + client.getId());
			for (BudgetLine line : strategy(client).getBudgetLines()) {
				assertEquals(currencies.get(client.getCountry()), line.getCurrency(), client.getId());
			}
			assertTrue(client.getChannels().size() >= 3 && client.getChannels().size() <= 6, client.getId() + " channels");
			assertTrue(client.getContacts().size() >= 2, client.getId() + " contacts");
			assertEquals(1, client.getStrategies().size(), client.getId() + " strategies");
			assertEquals(client.getBrandMode() != BrandMode.CONSULTANCY, client.getBrand() != null, client.getId());
		}
		assertTrue(clients.stream().filter(client -> client.getBrand() != null).count() >= 2, "co-brand and white-label clients");
		assertTrue(clients.stream().anyMatch(client -> client.getName().matches(".*\\p{IsCyrillic}.*")), "a Cyrillic name");
	}

	@Test
	void profilesShowTheirCausesInTheData() {
		List<Client> clients = defaults();
		Set<Cause> seen = EnumSet.noneOf(Cause.class);
		for (int index = 0; index < clients.size(); index++) {
			Set<Cause> causes = causes(clients.get(index));
			assertEquals(DOCUMENTED.get(index), causes, "client " + index + " " + clients.get(index).getId());
			seen.addAll(causes);
		}
		assertEquals(EnumSet.allOf(Cause.class), seen);
		assertEquals(5, DOCUMENTED.stream().filter(Set::isEmpty).count(), "five healthy clients");
	}

	@Test
	void healthyClientsGrowAndConvertWeakOnesStallOrDecline() {
		List<Client> clients = defaults();
		int year = 365;
		int days = Options.DEFAULT_DAYS;
		for (int index = 0; index < clients.size(); index++) {
			Client client = clients.get(index);
			double engagementGrowth = sum(client, "engagements", days - year, days) / sum(client, "engagements", 0, year);
			if (DOCUMENTED.get(index).isEmpty()) {
				assertTrue(engagementGrowth > 1.1, client.getId() + " engagements grow: " + engagementGrowth);
				double conversionGrowth = sum(client, "conversions", days - year, days) / sum(client, "conversions", 0, year);
				assertTrue(conversionGrowth > 1.3, client.getId() + " conversions grow: " + conversionGrowth);
				assertTrue(sum(client, "revenue", 0, days) > 0, client.getId() + " has revenue");
				assertTrue(sum(client, "followers", days - 1, days) > 1.2 * sum(client, "followers", 0, 1), client.getId() + " followers grow");
				for (MeasurementSeries followers : series(client, "followers")) {
					double[] values = followers.getValues();
					for (int day = 1; day < values.length; day++) {
						assertTrue(values[day] >= values[day - 1], client.getId() + " followers never drop, day " + day);
					}
				}
			} else {
				assertTrue(engagementGrowth < 1.0, client.getId() + " engagements stall or fall: " + engagementGrowth);
			}
		}
	}

	@Test
	void seriesCoverTheDaysWithPlausibleValues() {
		LocalDate start = Options.defaults().startDate();
		for (Client client : defaults()) {
			for (ChannelAccount channel : client.getChannels()) {
				Map<String, double[]> fields = new HashMap<>();
				for (MeasurementSeries series : channel.getSeries()) {
					String where = client.getId() + " " + channel.getId() + " " + series.getField();
					assertEquals(Options.DEFAULT_DAYS, series.length(), where);
					assertEquals(start, series.getStart(), where);
					assertEquals(Options.DEFAULT_END_DATE, series.endDate(), where);
					// Counts are whole, money has cents at most: rounding to that scale gives the value back.
					double scale = MONEY.contains(series.getField()) ? 100 : 1;
					for (double value : series.getValues()) {
						assertTrue(value >= 0 && Math.round(value * scale) / scale == value, where + ": " + value);
					}
					assertFalse(fields.containsKey(series.getField()), where + " once");
					fields.put(series.getField(), series.getValues());
				}
				assertTrue(fields.keySet().containsAll(Set.of("impressions", "engagements", "comments", "shares", "clicks", "posts", "replies")),
						channel.getId() + " " + fields.keySet());
				assertEquals(fields.containsKey("followers"), !channel.getId().startsWith("blog:"), channel.getId() + " followers");
				for (int day = 0; day < Options.DEFAULT_DAYS; day++) {
					double likes = fields.containsKey("likes") ? fields.get("likes")[day] : 0;
					assertEquals(likes + fields.get("comments")[day] + fields.get("shares")[day] + fields.get("clicks")[day],
							fields.get("engagements")[day], channel.getId() + " engagements on day " + day);
					assertTrue(fields.get("replies")[day] <= fields.get("comments")[day], channel.getId() + " replies");
					if (fields.containsKey("reach")) {
						assertTrue(fields.get("reach")[day] <= fields.get("impressions")[day], channel.getId() + " reach");
					}
				}
			}
			MentionLog mentions = client.getMentions();
			assertTrue(mentions.size() > 0, client.getId() + " mentions");
			assertEquals(client.getName(), mentions.getBrandTable().get(0));
			assertTrue(mentions.getBrandTable().size() >= 3 && mentions.getBrandTable().size() <= 4, "client and 2-3 competitors");
			for (int i = 0; i < mentions.size(); i++) {
				int day = mentions.getDates()[i];
				assertTrue(day >= start.toEpochDay() && day <= Options.DEFAULT_END_DATE.toEpochDay(), client.getId() + " mention date");
				assertTrue(mentions.getPlatforms()[i] >= 0 && mentions.getAuthorTypes()[i] >= 0 && mentions.getSentiments()[i] >= 0);
			}
			Strategy strategy = strategy(client);
			assertEquals(Options.DEFAULT_END_DATE, strategy.getPeriodEnd());
			assertEquals(Options.DEFAULT_END_DATE.minusYears(1).plusDays(1), strategy.getPeriodStart());
			assertTrue(client.getAnnotations().stream().anyMatch(note -> note.getText().contains("campaign launched") && note.getChannel() != null),
					client.getId() + " campaign annotations naming the channel");
		}
	}

	@Test
	void generatedClientsAndPortfolioValidateClean() throws IOException {
		Map<Object, Object> context = context(List.of("reply_share", "cost_per_click", "revenue_per_post"));
		for (Client client : defaults()) {
			assertClean(client, context);
		}
		// Very short data too: KPIs without a measurable baseline must still be valid.
		Options oneDay = new Options(Options.DEFAULT_CLIENTS, 1, 7, Options.DEFAULT_END_DATE);
		for (int index = 0; index < oneDay.clients(); index++) {
			assertClean(DemoPortfolio.client(index, oneDay), context);
		}
		OpenPortfolio written = DemoPortfolio.write(folder, SMALL, null);
		List<String> formulas = written.portfolio().getFormulaMetrics().stream().map(FormulaMetric::getId).toList();
		assertTrue(formulas.size() >= 2, formulas.toString());
		assertClean(written.portfolio(), context(formulas));
		for (Client client : written.clients()) {
			assertClean(client, context(formulas));
		}
	}

	@Test
	void writtenPortfolioReopensEqualToWhatWasGenerated() throws IOException {
		OpenPortfolio written = DemoPortfolio.write(folder, Options.defaults(), null);
		assertEquals(Options.DEFAULT_CLIENTS, written.portfolio().getClients().size());

		OpenPortfolio loaded = PortfolioStore.open(folder, null);
		assertEquals(List.of(), loaded.problems());
		List<Client> clients = loaded.clients();
		assertEquals(defaults().stream().map(Client::getId).toList(), clients.stream().map(Client::getId).toList());
		for (int index = 0; index < clients.size(); index++) {
			assertTrue(ModelEquality.equals(defaults().get(index), clients.get(index)), clients.get(index).getId() + " round-trips");
			assertTrue(Files.isRegularFile(folder.resolve("clients").resolve(clients.get(index).getId() + ".xmi")));
		}
		assertNotNull(loaded.portfolio().getBrand());
		assertTrue(loaded.portfolio().getBrand().getPrimaryColor().matches("#[0-9A-F]{6}"));
		assertEquals(ReportLocale.EN, loaded.portfolio().getBrand().getDefaultLocale());
	}

	@Test
	void refusesAFolderThatHoldsAPortfolio() throws IOException {
		PortfolioStore.create(folder, "Mine");
		byte[] before = Files.readAllBytes(folder.resolve("portfolio.xmi"));

		IOException refused = assertThrows(IOException.class, () -> DemoPortfolio.write(folder, SMALL, null));
		assertTrue(refused.getMessage().contains("portfolio.xmi"), refused.getMessage());
		assertArrayEquals(before, Files.readAllBytes(folder.resolve("portfolio.xmi")));

		Path stray = folder.resolve("other/clients/acme.xmi");
		Files.createDirectories(stray.getParent());
		Files.writeString(stray, "mine");
		refused = assertThrows(IOException.class, () -> DemoPortfolio.write(folder.resolve("other"), SMALL, null));
		assertTrue(refused.getMessage().contains("acme.xmi"), refused.getMessage());
		assertEquals("mine", Files.readString(stray));
	}

	@Test
	void aClientDoesNotDependOnThePortfolioSize() {
		Options twelve = new Options(12, 60, 42, Options.DEFAULT_END_DATE);
		Options twenty = new Options(20, 60, 42, Options.DEFAULT_END_DATE);
		for (int index : new int[] { 0, 5, 11 }) {
			assertTrue(ModelEquality.equals(DemoPortfolio.client(index, twelve), DemoPortfolio.client(index, twenty)), "client " + index);
		}
		Set<String> ids = new HashSet<>();
		for (int index = 0; index < twenty.clients(); index++) {
			Client client = DemoPortfolio.client(index, twenty);
			assertTrue(ids.add(client.getId()), "unique id " + client.getId());
			assertTrue(client.getId().matches("[a-z0-9]+(-[a-z0-9]+)*"), client.getId());
		}
		assertThrows(IndexOutOfBoundsException.class, () -> DemoPortfolio.client(12, twelve));
	}

	@Test
	void reportsEachClientAndStopsWhenCancelledLeavingAValidPortfolio() throws IOException {
		List<String> subTasks = new ArrayList<>();
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				subTasks.add(name);
				setCanceled(subTasks.size() == 2);
			}
		};
		assertThrows(OperationCanceledException.class, () -> DemoPortfolio.write(folder, SMALL, monitor));
		assertEquals(List.of(DemoPortfolio.client(0, SMALL).getName(), DemoPortfolio.client(1, SMALL).getName()), subTasks);

		OpenPortfolio partial = PortfolioStore.open(folder, null);
		assertEquals(List.of(), partial.problems());
		assertEquals(2, partial.clients().size(), "the clients written before cancelling");
	}

	@Test
	void optionsAreValidated() {
		Options defaults = Options.defaults();
		assertEquals(new Options(12, 730, 42, LocalDate.of(2026, 9, 30)), defaults);
		assertEquals(LocalDate.of(2024, 10, 1), defaults.startDate());
		assertThrows(IllegalArgumentException.class, () -> new Options(0, 730, 42, defaults.endDate()));
		assertThrows(IllegalArgumentException.class, () -> new Options(Options.MAX_CLIENTS + 1, 730, 42, defaults.endDate()));
		assertThrows(IllegalArgumentException.class, () -> new Options(12, 0, 42, defaults.endDate()));
		assertThrows(IllegalArgumentException.class, () -> new Options(12, Options.MAX_DAYS + 1, 42, defaults.endDate()));
		assertThrows(NullPointerException.class, () -> new Options(12, 730, 42, null));
	}

	/** The causes of weak results that {@code client}'s data shows, found as a diagnosis would find them. */
	private static Set<Cause> causes(Client client) {
		Strategy strategy = strategy(client);
		Set<Cause> causes = EnumSet.noneOf(Cause.class);
		if (strategy.getExecutiveSponsor() == null) {
			causes.add(Cause.NO_SPONSOR);
		}
		if (strategy.getInitiatives().stream().allMatch(initiative -> initiative.getDepartment() == Department.MARKETING)
				&& strategy.getAudiences().stream().allMatch(audience -> audience.getKind() == AudienceKind.CUSTOMERS)) {
			causes.add(Cause.MARKETING_ONLY);
		}
		if (!strategy.getKpis().isEmpty() && strategy.getKpis().stream().noneMatch(kpi -> kpi.getKind() == KpiKind.HARD)
				&& strategy.getKpis().stream().allMatch(kpi -> VANITY_METRICS.contains(kpi.getMetricId()))) {
			causes.add(Cause.VANITY_KPIS);
		}
		if (series(client, "conversions").isEmpty() && series(client, "revenue").isEmpty()
				&& strategy.getKpis().stream().noneMatch(kpi -> CONVERSION_METRICS.contains(kpi.getMetricId()))) {
			causes.add(Cause.NO_CONVERSION_TRACKING);
		}
		Set<BudgetCategory> categories = strategy.getBudgetLines().stream().map(BudgetLine::getCategory).collect(Collectors.toSet());
		double euros = strategy.getBudgetLines().stream().mapToDouble(line -> line.getPlanned() / PER_EURO.get(line.getCurrency())).sum();
		if (!categories.contains(BudgetCategory.STAFF) && !categories.contains(BudgetCategory.TRAINING) && euros < 1000) {
			causes.add(Cause.TINY_BUDGET);
		}
		Set<ChannelAccount> covered = new HashSet<>(strategy.getChannels());
		strategy.getKpis().stream().map(Kpi::getChannels).forEach(covered::addAll);
		strategy.getInitiatives().stream().map(Initiative::getChannels).forEach(covered::addAll);
		if (!covered.containsAll(client.getChannels())) {
			causes.add(Cause.UNSTRATEGISED_CHANNELS);
		}
		return causes;
	}

	private static Strategy strategy(Client client) {
		return client.getStrategies().get(0);
	}

	private static List<MeasurementSeries> series(Client client, String field) {
		return client.getChannels().stream().flatMap(channel -> channel.getSeries().stream())
				.filter(series -> field.equals(series.getField())).toList();
	}

	/** Σ of {@code field} over all channels, days {@code from} (inclusive) to {@code to} (exclusive). */
	private static double sum(Client client, String field, int from, int to) {
		double total = 0;
		for (MeasurementSeries series : series(client, field)) {
			for (int day = from; day < to; day++) {
				total += series.getValues()[day];
			}
		}
		return total;
	}

	/** A validation context that knows the standard metrics and {@code formulas}. */
	private static Map<Object, Object> context(List<String> formulas) {
		Set<String> known = new HashSet<>(STANDARD_METRICS);
		known.addAll(formulas);
		Map<Object, Object> context = new HashMap<>();
		context.put(SocialystValidator.KNOWN_METRIC_IDS, (Predicate<String>) known::contains);
		return context;
	}

	private static void assertClean(EObject object, Map<Object, Object> context) {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(object, context);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(),
				() -> diagnostic.getChildren().stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n")));
	}

	/** The files under {@code root}, relative and sorted. */
	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}
}
