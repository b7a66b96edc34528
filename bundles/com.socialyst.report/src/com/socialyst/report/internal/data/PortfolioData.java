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
import com.socialyst.diagnosis.ClientHealth;
import com.socialyst.diagnosis.ClientHealth.Health;
import com.socialyst.diagnosis.DiagnosisReport;
import com.socialyst.kpi.Scorecard;
import com.socialyst.kpi.Scorecards;
import com.socialyst.model.Client;
import com.socialyst.report.internal.ReportLabels;

/**
 * The data of the portfolio overview: {@code clients}, one row per client, sorted by the attention it needs (see
 * {@link ClientHealth}; ties go by name), and {@code portfolio} (one row: the counts by health).
 */
public final class PortfolioData {

	private PortfolioData() {
	}

	public static ReportData build(ReportContext context) {
		ReportData data = new ReportData();
		CommonData.add(context, data, false);
		ReportLabels labels = context.labels();
		LocalDate asOf = context.request().asOf();
		List<Map<String, Object>> rows = new ArrayList<>();
		int[] byHealth = new int[Health.values().length];
		for (Client client : context.portfolio().clients()) {
			Scorecard card = Scorecards.evaluate(context.engine(), client, context.request().period(), asOf);
			DiagnosisReport diagnosis = context.diagnoser().diagnose(client, asOf, context.engine(), labels.locale());
			Optional<AssessmentResult> maturity = AssessmentHistory
					.of(client, MaturityModels.STANDARD_ID, context.maturityModels()).latestOn(asOf);
			ClientHealth health = ClientHealth.of(card, diagnosis, maturity);
			byHealth[health.health().ordinal()]++;
			String stage = maturity.filter(result -> result.stage() != null).map(result -> context.maturityModels()
					.texts(result.model()).name(result.stage(), labels.locale())).orElse(null);
			rows.add(row("clientId", client.getId(), "name", client.getName(),
					"industry", labels.value(client.getIndustry()), "overallScore", card.overallScore(),
					"health", health.health().id(), "healthLabel", labels.text("status." + health.health().id()),
					"stage", stage, "maturity", maturity.map(AssessmentResult::overall).orElse(Double.NaN),
					"findings", health.findings(), "highFindings", health.highFindings(),
					"topRisk", health.topFinding(), "roi", card.roi().roi(), "attention", health.attention()));
		}
		rows.sort(Comparator.<Map<String, Object>>comparingInt(row -> -(Integer) row.get("attention"))
				.thenComparing(row -> String.valueOf(row.get("name"))));
		data.put("clients", rows);
		data.put("portfolio", List.of(row("summary", labels.text("portfolio.summary", rows.size(),
				byHealth[Health.GREEN.ordinal()], byHealth[Health.AMBER.ordinal()], byHealth[Health.RED.ordinal()],
				byHealth[Health.NO_DATA.ordinal()]), "clients", rows.size())));
		context.portfolio().problems().forEach(problem -> context.warn("left out: " + problem));
		return data;
	}
}
