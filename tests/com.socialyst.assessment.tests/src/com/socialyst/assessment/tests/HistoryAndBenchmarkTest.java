package com.socialyst.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.socialyst.assessment.AssessmentChange;
import com.socialyst.assessment.AssessmentHistory;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.assessment.PeerBenchmark;
import com.socialyst.assessment.Quartiles;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.model.Client;
import com.socialyst.model.Industry;

class HistoryAndBenchmarkTest {

	private static final double EPS = 1e-9;
	private final MaturityModels models = Models.installed();
	private final MaturityModel model = models.latest(MaturityModels.STANDARD_ID).orElseThrow();

	@Test
	void historyIsOrderedByDateAndShowsTheChange() {
		Client client = Models.client("acme", Industry.RETAIL);
		// stored out of order: the history sorts by date
		client.getAssessments().add(Models.uniform(model, LocalDate.of(2026, 6, 1), Map.of("measurement", 3), 2));
		client.getAssessments().add(Models.uniform(model, LocalDate.of(2025, 12, 1), Map.of(), 1));
		AssessmentHistory history = AssessmentHistory.of(client, model.getId(), models);
		assertEquals(List.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 6, 1)),
				history.results().stream().map(r -> r.date()).toList());

		// a report for an earlier day shows the maturity of then
		assertEquals(LocalDate.of(2025, 12, 1), history.latestOn(LocalDate.of(2026, 5, 31)).orElseThrow().date());
		assertEquals(LocalDate.of(2026, 6, 1), history.latestOn(LocalDate.of(2026, 6, 1)).orElseThrow().date());
		assertTrue(history.latestOn(LocalDate.of(2025, 11, 30)).isEmpty());

		AssessmentChange change = history.change().orElseThrow();
		assertEquals(50 - 25, change.dimensions().stream().filter(d -> d.id().equals("leadership")).findFirst()
				.orElseThrow().delta(), EPS);
		assertEquals(75 - 25, change.dimensions().stream().filter(d -> d.id().equals("measurement")).findFirst()
				.orElseThrow().delta(), EPS);
		// overall before 25; after (7 × 50 + 75) / 8 = 53.125
		assertEquals(53.125 - 25, change.overall(), EPS);
		assertEquals("engagement", change.stageBefore().getId());
		assertEquals("formalized", change.stageAfter().getId());
		assertEquals(1, change.stageDirection());
	}

	@Test
	void anAssessmentOfAModelVersionNotInstalledIsLeftOutAndSaid() {
		Client client = Models.client("acme", Industry.RETAIL);
		client.getAssessments().add(Models.uniform(model, LocalDate.of(2026, 6, 1), Map.of(), 2));
		var old = Models.uniform(model, LocalDate.of(2024, 6, 1), Map.of(), 1);
		old.setModelVersion("0.9");
		client.getAssessments().add(old);
		AssessmentHistory history = AssessmentHistory.of(client, model.getId(), models);
		assertEquals(1, history.results().size());
		assertTrue(history.change().isEmpty());
		assertEquals(List.of("the assessment of 2024-06-01 was answered against social-maturity 0.9, which is not"
				+ " installed: it is left out"), history.problems());
	}

	@Test
	void quartilesInterpolateBetweenOrderStatistics() {
		// 10, 20, 30, 40, 50: positions (n − 1)p = 1, 2, 3
		Quartiles five = Quartiles.of(new double[] { 50, 10, 40, 20, 30 });
		assertEquals(20, five.q1(), EPS);
		assertEquals(30, five.median(), EPS);
		assertEquals(40, five.q3(), EPS);
		// 0, 10, 20, 100: positions 0.75, 1.5, 2.25 → 7.5, 15, 40
		Quartiles four = Quartiles.of(new double[] { 100, 0, 20, 10 });
		assertEquals(7.5, four.q1(), EPS);
		assertEquals(15, four.median(), EPS);
		assertEquals(40, four.q3(), EPS);
	}

	@Test
	void benchmarkNeedsFivePeersOfTheSameIndustry() {
		Client client = Models.client("acme", Industry.RETAIL);
		client.getAssessments().add(Models.uniform(model, LocalDate.of(2026, 6, 1), Map.of(), 4));
		List<Client> portfolio = new ArrayList<>(List.of(client));
		for (int i = 0; i < 4; i++) {
			portfolio.add(peer("retail-" + i, Industry.RETAIL, i));
		}
		// many clients of another industry, and a retailer without an assessment, do not count
		for (int i = 0; i < 6; i++) {
			portfolio.add(peer("bank-" + i, Industry.FINANCIAL_SERVICES, 4));
		}
		portfolio.add(Models.client("retail-new", Industry.RETAIL));

		PeerBenchmark four = PeerBenchmark.of(portfolio, client, model, models);
		assertEquals(4, four.peers());
		assertFalse(four.enoughPeers());
		assertTrue(four.dimensions().isEmpty(), "no figure for fewer than 5 peers");
		assertNull(four.overall());

		portfolio.add(peer("retail-4", Industry.RETAIL, 4));
		PeerBenchmark five = PeerBenchmark.of(portfolio, client, model, models);
		assertEquals(5, five.peers(), "the client itself is not its own peer");
		assertTrue(five.enoughPeers());
		// peers at levels 0..4 → scores 0, 25, 50, 75, 100 in every dimension
		Quartiles people = five.dimensions().get("people");
		assertEquals(25, people.q1(), EPS);
		assertEquals(50, people.median(), EPS);
		assertEquals(75, people.q3(), EPS);
		assertEquals(50, five.overall().median(), EPS);
		assertEquals(model.getDimensions().stream().map(d -> d.getId()).toList(), List.copyOf(five.dimensions().keySet()));
	}

	@Test
	void benchmarkUsesEachPeersLatestAssessment() {
		Client client = Models.client("acme", Industry.RETAIL);
		List<Client> portfolio = new ArrayList<>(List.of(client));
		for (int i = 0; i < 5; i++) {
			Client peer = peer("retail-" + i, Industry.RETAIL, 0);
			peer.getAssessments().add(Models.uniform(model, LocalDate.of(2026, 9, 1), Map.of(), 4));
			portfolio.add(peer);
		}
		assertEquals(100, PeerBenchmark.of(portfolio, client, model, models).overall().median(), EPS);
	}

	private Client peer(String id, Industry industry, int level) {
		Client peer = Models.client(id, industry);
		peer.getAssessments().add(Models.uniform(model, LocalDate.of(2026, 3, 1), Map.of(), level));
		return peer;
	}
}
