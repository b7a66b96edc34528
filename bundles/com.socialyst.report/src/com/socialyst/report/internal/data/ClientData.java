package com.socialyst.report.internal.data;

import static com.socialyst.report.internal.Rows.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.socialyst.diagnosis.DiagnosisReport;
import com.socialyst.diagnosis.Finding;
import com.socialyst.kpi.KpiScore;
import com.socialyst.kpi.KpiStatus;
import com.socialyst.kpi.Period;
import com.socialyst.kpi.Roi;
import com.socialyst.kpi.Scorecard;
import com.socialyst.kpi.Scorecards;
import com.socialyst.kpi.TrendPoint;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricResult;
import com.socialyst.model.Annotation;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Commentary;
import com.socialyst.report.internal.ReportLabels;

/**
 * The data of the client performance report: {@code scores}, {@code kpis}, {@code trend}, {@code channels},
 * {@code roi}, {@code roiLines}, {@code findings}, {@code commentary}, {@code notes}. docs/report-templates.md lists
 * their columns.
 */
public final class ClientData {

	/** How many months the KPI trend charts show, ending with the report period's last month. */
	static final int TREND_MONTHS = 12;

	private final ReportContext context;
	private final ReportLabels labels;
	private final Client client;

	private ClientData(ReportContext context) {
		this.context = context;
		this.labels = context.labels();
		this.client = context.client();
	}

	public static ReportData build(ReportContext context) {
		return new ClientData(context).build();
	}

	private ReportData build() {
		Period period = context.request().period();
		LocalDate asOf = context.request().asOf();
		Scorecard card = Scorecards.evaluate(context.engine(), client, period, asOf);
		DiagnosisReport diagnosis = context.diagnoser().diagnose(client, asOf, context.engine(), labels.locale());
		Commentary commentary = Commentaries.find(client, period);
		ReportData data = new ReportData();
		CommonData.add(context, data, commentary != null && !commentary.isApproved());
		data.put("scores", List.of(row("hardScore", card.hardScore(), "softScore", card.softScore(), "overallScore",
				card.overallScore(), "strategy", card.strategy(), "summary", summary(card, diagnosis))));
		data.put("kpis", kpis(card));
		data.put("trend", trend(period, asOf));
		data.put("channels", channels(period, asOf));
		data.put("roi", List.of(roi(card.roi())));
		data.put("roiLines", roiLines(card.roi()));
		data.put("findings", findings(diagnosis));
		data.put("commentary", Commentaries.rows(commentary, labels));
		List<Map<String, Object>> notes = new ArrayList<>();
		card.notes().forEach(note -> notes.add(row("text", note)));
		card.missing().forEach(missing -> notes.add(row("text", missing)));
		data.put("notes", notes);
		if (card.strategy() == null) {
			context.warn("no strategy covers the period, so there is no scorecard");
		}
		if (commentary == null) {
			context.warn("no commentary for the period");
		} else if (!commentary.isApproved()) {
			context.warn("the commentary is a draft: review and approve it before sending");
		}
		return data;
	}

	private String summary(Scorecard card, DiagnosisReport diagnosis) {
		List<String> sentences = new ArrayList<>();
		if (Double.isNaN(card.overallScore())) {
			sentences.add(labels.text("summary.noScores"));
		} else {
			sentences.add(labels.text("summary.scores", score(card.overallScore()), score(card.hardScore()),
					score(card.softScore())));
			sentences.add(labels.text("summary.status", count(card, KpiStatus.GREEN), card.scores().size(),
					count(card, KpiStatus.AMBER), count(card, KpiStatus.RED)));
		}
		Roi roi = card.roi();
		sentences.add(roi.available() ? labels.text("summary.roi", labels.percent(roi.roi()))
				: labels.text("summary.noRoi", roi.explanation()));
		sentences.add(labels.text("summary.findings", diagnosis.findings().size()));
		return String.join(" ", sentences);
	}

	private String score(double value) {
		return Double.isNaN(value) ? "\u2013" : labels.whole(value);
	}

	private static long count(Scorecard card, KpiStatus status) {
		return card.scores().stream().filter(score -> score.status() == status).count();
	}

	private List<Map<String, Object>> kpis(Scorecard card) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (KpiScore kpi : card.scores()) {
			String status = statusId(kpi.status());
			rows.add(row("kpiId", kpi.kpiId(), "name", kpi.name(), "kind", kpi.kind(),
					"kindLabel", kpi.kind() == null ? null : labels.text("kind." + kpi.kind()), "metricId", kpi.metricId(),
					"weight", kpi.weight(), "actual", kpi.actual(), "baseline", kpi.baseline(), "target", kpi.target(),
					"progress", kpi.progress(), "status", status, "statusLabel", labels.text("status." + status),
					"previousActual", kpi.previousActual(), "relativeChange", kpi.relativeChange(),
					"onPace", kpi.onPace(), "explanation", kpi.explanation()));
		}
		return rows;
	}

	static String statusId(KpiStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private List<Map<String, Object>> trend(Period period, LocalDate asOf) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (TrendPoint point : Scorecards.trend(context.engine(), client, period, asOf, TREND_MONTHS)) {
			rows.add(row("kpiId", point.kpiId(), "kpiName", point.kpiName(), "month", point.month().atDay(1),
					"value", point.value(), "target", point.target(), "annotation", annotation(point)));
		}
		return rows;
	}

	/** The client's timeline notes dated in the point's month, joined. */
	private String annotation(TrendPoint point) {
		List<String> texts = new ArrayList<>();
		for (Annotation annotation : client.getAnnotations()) {
			if (annotation.getDate() != null && point.month().equals(java.time.YearMonth.from(annotation.getDate()))
					&& annotation.getText() != null) {
				texts.add(annotation.getDate() + " " + annotation.getText());
			}
		}
		return texts.isEmpty() ? null : String.join("; ", texts);
	}

	private List<Map<String, Object>> channels(Period period, LocalDate asOf) {
		List<Map<String, Object>> rows = new ArrayList<>();
		LocalDate end = period.to().isAfter(asOf) ? asOf : period.to();
		if (end.isBefore(period.from())) {
			return rows;
		}
		MetricEngine engine = context.engine();
		for (ChannelAccount channel : client.getChannels()) {
			MetricEngine.Scope scope = engine.scope(client, List.of(channel));
			String name = labels.value(channel.getPlatform()) + (channel.getHandle() != null ? " " + channel.getHandle() : "");
			rows.add(row("channel", name, "platform", channel.getPlatform(),
					"engagementRate", value(engine, scope, "engagement_rate_by_impressions", period.from(), end),
					"ctr", value(engine, scope, "ctr", period.from(), end),
					"conversionRate", value(engine, scope, "conversion_rate", period.from(), end),
					"followerGrowth", value(engine, scope, "follower_growth_rate", period.from(), end)));
		}
		return rows;
	}

	private static double value(MetricEngine engine, MetricEngine.Scope scope, String metric, LocalDate from, LocalDate to) {
		if (!engine.knows(metric)) {
			return Double.NaN;
		}
		MetricResult result = engine.compute(scope, metric, Map.of(), from, to);
		return result.hasValue() ? result.value() : Double.NaN;
	}

	private Map<String, Object> roi(Roi roi) {
		return row("investment", roi.investment(), "revenue", roi.revenue(), "softValue", roi.softValue(),
				"value", roi.value(), "roi", roi.roi(), "roiLow", roi.roiSoftMinus20(), "roiHigh", roi.roiSoftPlus20(),
				"explanation", roi.explanation());
	}

	/** The investment by category, then the assumptions: one list, so that one table shows both. */
	private List<Map<String, Object>> roiLines(Roi roi) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map.Entry<String, Double> category : roi.investmentByCategory().entrySet()) {
			String key = "BudgetCategory." + category.getKey();
			String label = labels.textOr(key, category.getKey());
			rows.add(row("kind", "investment", "label", label, "amount", category.getValue()));
		}
		roi.assumptions().forEach(assumption -> rows.add(row("kind", "assumption", "label", assumption, "amount", null)));
		return rows;
	}

	private List<Map<String, Object>> findings(DiagnosisReport diagnosis) {
		List<Map<String, Object>> rows = new ArrayList<>();
		Locale locale = labels.locale();
		for (Finding finding : diagnosis.findings()) {
			rows.add(row("ruleId", finding.ruleId(), "severity", finding.severity().id(),
					"severityLabel", finding.severity().label(locale), "category", finding.category().id(),
					"categoryLabel", finding.category().label(locale), "title", finding.title(),
					"evidence", String.join("\n", finding.evidence()), "recommendation", finding.recommendation(),
					"sources", String.join("\n", finding.sources())));
		}
		diagnosis.problems().forEach(problem -> context.warn("diagnosis: " + problem));
		return rows;
	}
}
