package com.socialyst.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import com.socialyst.model.BudgetCategory;
import com.socialyst.model.BudgetLine;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Direction;
import com.socialyst.model.Initiative;
import com.socialyst.model.Kpi;
import com.socialyst.model.KpiKind;
import com.socialyst.model.Platform;
import com.socialyst.model.Portfolio;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.Strategy;
import com.socialyst.model.util.SocialystValidator;

/** The model's own rules: each broken rule is reported once, naming the object and the field. */
class ModelValidationTest {

	private static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;

	@Test
	void aSoundClientHasNoProblems() {
		assertEquals(List.of(), problems(client(), null));
	}

	@Test
	void kpiWeightMustBePositive() {
		Client client = client();
		Kpi sales = FACTORY.createKpi();
		sales.setId("sales");
		sales.setName("Sales");
		sales.setMetricId("social_roi");
		sales.setKind(KpiKind.HARD);
		client.getStrategies().get(0).getKpis().add(sales);
		kpi(client).setWeight(0);
		assertOneProblem(client, "Client 'acme'", "KPI 'Leads'", "(weight)", "weight must be > 0");

		sales.setWeight(0);
		List<String> problems = problems(client, null);
		assertTrue(problems.stream().anyMatch(p -> p.contains("the weights of the hard KPIs add up to 0.0")),
				problems.toString());
	}

	@Test
	void targetMustBeOnTheRightSideOfTheBaseline() {
		Client client = client();
		Kpi kpi = kpi(client);
		kpi.setBaseline(100);
		kpi.setTarget(80);
		assertOneProblem(client, "KPI 'Leads'", "target");
		kpi.setDirection(Direction.LOWER_IS_BETTER);
		assertEquals(List.of(), problems(client, null), "80 below 100 is right when lower is better");
	}

	@Test
	void strategyPeriodMustBeOrdered() {
		Client client = client();
		Strategy strategy = client.getStrategies().get(0);
		strategy.setPeriodEnd(strategy.getPeriodStart().minusDays(1));
		assertOneProblem(client, "Strategy", "periodEnd");
	}

	@Test
	void initiativeDatesMustBeOrderedAndBudgetsNonNegative() {
		Client client = client();
		Initiative initiative = FACTORY.createInitiative();
		initiative.setName("Employee advocacy pilot");
		initiative.setStart(LocalDate.of(2026, 6, 1));
		initiative.setEnd(LocalDate.of(2026, 5, 1));
		client.getStrategies().get(0).getInitiatives().add(initiative);
		assertOneProblem(client, "Employee advocacy pilot", "end");

		initiative.setEnd(LocalDate.of(2026, 7, 1));
		BudgetLine line = FACTORY.createBudgetLine();
		line.setCategory(BudgetCategory.PAID_MEDIA);
		line.setPlanned(-500);
		client.getStrategies().get(0).getBudgetLines().add(line);
		assertOneProblem(client, "planned", "must be >= 0");
	}

	@Test
	void channelAccountsAndKpiIdsMustBeUnique() {
		Client client = client();
		ChannelAccount twin = FACTORY.createChannelAccount();
		twin.setPlatform(Platform.LINKEDIN);
		twin.setHandle("acme");
		client.getChannels().add(twin);
		assertTrue(problems(client, null).stream().anyMatch(p -> p.contains("linkedin:acme")), problems(client, null).toString());

		Client other = client();
		Kpi copy = FACTORY.createKpi();
		copy.setId("leads");
		copy.setName("Leads again");
		copy.setMetricId("conversion_rate");
		other.getStrategies().get(0).getKpis().add(copy);
		assertTrue(problems(other, null).stream().anyMatch(p -> p.contains("leads")), problems(other, null).toString());
	}

	@Test
	void clientIdsMustBeUniqueInAPortfolio() {
		Portfolio portfolio = FACTORY.createPortfolio();
		portfolio.setName("P");
		portfolio.getClients().add(client());
		portfolio.getClients().add(client());
		List<String> problems = problems(portfolio, null);
		assertTrue(problems.stream().anyMatch(p -> p.contains("acme")), problems.toString());
	}

	@Test
	void unknownMetricIsReportedOnlyWhenTheInstalledMetricsAreKnown() {
		Client client = client();
		kpi(client).setMetricId("klout_score");
		assertEquals(List.of(), problems(client, null), "metric ids unchecked without a registry");
		Predicate<String> installed = Set.of("conversion_rate", "ctr")::contains;
		assertOneProblem(client, installed, "KPI 'Leads'", "metricId", "klout_score");
	}

	private static void assertOneProblem(EObject object, String... fragments) {
		assertOneProblem(object, null, fragments);
	}

	private static void assertOneProblem(EObject object, Predicate<String> metrics, String... fragments) {
		List<String> problems = problems(object, metrics);
		assertEquals(1, problems.size(), problems.toString());
		for (String fragment : fragments) {
			assertTrue(problems.get(0).contains(fragment), "'" + fragment + "' in: " + problems.get(0));
		}
	}

	private static List<String> problems(EObject object, Predicate<String> metrics) {
		Map<Object, Object> context = new HashMap<>();
		if (metrics != null) {
			context.put(SocialystValidator.KNOWN_METRIC_IDS, metrics);
		}
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(object, context);
		return diagnostic.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.WARNING)
				.map(Diagnostic::getMessage).toList();
	}

	private static Kpi kpi(Client client) {
		return client.getStrategies().get(0).getKpis().get(0);
	}

	/** A small, valid client. */
	static Client client() {
		Client client = FACTORY.createClient();
		client.setId("acme");
		client.setName("Acme Gardens");
		ChannelAccount linkedin = FACTORY.createChannelAccount();
		linkedin.setPlatform(Platform.LINKEDIN);
		linkedin.setHandle("acme");
		client.getChannels().add(linkedin);
		Strategy strategy = FACTORY.createStrategy();
		strategy.setPeriodStart(LocalDate.of(2026, 1, 1));
		strategy.setPeriodEnd(LocalDate.of(2026, 12, 31));
		strategy.getChannels().add(linkedin);
		Kpi kpi = FACTORY.createKpi();
		kpi.setId("leads");
		kpi.setName("Leads");
		kpi.setMetricId("conversion_rate");
		kpi.setKind(KpiKind.HARD);
		kpi.setWeight(2);
		kpi.getChannels().add(linkedin);
		strategy.getKpis().add(kpi);
		client.getStrategies().add(strategy);
		return client;
	}
}
