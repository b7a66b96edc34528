package com.socialyst.report.internal.data;

import static com.socialyst.report.internal.Rows.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.socialyst.assessment.AssessmentHistory;
import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.diagnosis.DiagnosisReport;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.kpi.Scorecard;
import com.socialyst.kpi.Scorecards;
import com.socialyst.model.Client;
import com.socialyst.report.internal.ReportLabels;

/**
 * The data of the portfolio overview: {@code clients}, one row per client, sorted by the attention it needs, and
 * {@code portfolio} (one row: the counts by health).
 * <p>
 * Health follows the overall KPI score: green from 70, amber from 40, red below, no data without a score.
 * Attention adds 3 for red health, 2 for no data, 1 for amber, 2 per high and 1 per medium finding; ties go by name.
 * </p>
 */
public final class PortfolioData {

	static final double GREEN_FROM = 70;
	static final double AMBER_FROM = 40;

	private PortfolioData() {
	}

	public static ReportData build(ReportContext context) {
		ReportData data = new ReportData();
		CommonData.add(context, data, false);
		ReportLabels labels = context.labels();
		LocalDate asOf = context.request().asOf();
		List<Map<String, Object>> rows = new ArrayList<>();
		int[] byHealth = new int[4];
		for (Client client : context.portfolio().clients()) {
			Scorecard card = Scorecards.evaluate(context.engine(), client, context.request().period(), asOf);
			DiagnosisReport diagnosis = context.diagnoser().diagnose(client, asOf, context.engine(), labels.locale());
			Optional<AssessmentResult> maturity = AssessmentHistory
					.of(client, MaturityModels.STANDARD_ID, context.maturityModels()).results().stream()
					.filter(result -> !result.date().isAfter(asOf)).reduce((first, second) -> second);
			String health = health(card.overallScore());
			byHealth[List.of("green", "amber", "red", "no-data").indexOf(health)]++;
			long high = count(diagnosis, Severity.HIGH);
			long medium = count(diagnosis, Severity.MEDIUM);
			int attention = switch (health) {
				case "red" -> 3;
				case "no-data" -> 2;
				case "amber" -> 1;
				default -> 0;
			} + (int) (2 * high + medium);
			String stage = maturity.filter(result -> result.stage() != null).map(result -> context.maturityModels()
					.texts(result.model()).name(result.stage(), labels.locale())).orElse(null);
			rows.add(row("clientId", client.getId(), "name", client.getName(),
					"industry", labels.value(client.getIndustry()), "overallScore", card.overallScore(),
					"health", health, "healthLabel", labels.text("status." + health), "stage", stage,
					"maturity", maturity.map(AssessmentResult::overall).orElse(Double.NaN),
					"findings", diagnosis.findings().size(), "highFindings", (int) high,
					"topRisk", diagnosis.findings().stream().findFirst().map(Finding::title).orElse(null),
					"roi", card.roi().roi(), "attention", attention));
		}
		rows.sort(Comparator.<Map<String, Object>>comparingInt(row -> -(Integer) row.get("attention"))
				.thenComparing(row -> String.valueOf(row.get("name"))));
		data.put("clients", rows);
		data.put("portfolio", List.of(row("summary", labels.text("portfolio.summary", rows.size(), byHealth[0],
				byHealth[1], byHealth[2], byHealth[3]), "clients", rows.size())));
		context.portfolio().problems().forEach(problem -> context.warn("left out: " + problem));
		return data;
	}

	static String health(double overallScore) {
		if (Double.isNaN(overallScore)) {
			return "no-data";
		}
		return overallScore >= GREEN_FROM ? "green" : overallScore >= AMBER_FROM ? "amber" : "red";
	}

	private static long count(DiagnosisReport diagnosis, Severity severity) {
		return diagnosis.findings().stream().filter(finding -> finding.severity() == severity).count();
	}
}
