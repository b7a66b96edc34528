package com.socialyst.report.internal.data;

import java.util.ArrayList;
import java.util.List;

import com.socialyst.assessment.MaturityModels;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.diagnosis.Diagnoser;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.model.Client;
import com.socialyst.report.ReportRequest;
import com.socialyst.report.internal.Branding;
import com.socialyst.report.internal.ReportLabels;

/**
 * Everything the data of one report is computed from.
 *
 * @param portfolio the open portfolio
 * @param client the client; null for the portfolio overview
 * @param request what was asked for
 * @param labels the report's language
 * @param branding whose brand it carries
 * @param engine computes metrics
 * @param diagnoser finds causes of weak results
 * @param maturityModels the installed maturity models
 * @param warnings collects what the consultant should look at before sending
 */
public record ReportContext(OpenPortfolio portfolio, Client client, ReportRequest request, ReportLabels labels,
		Branding branding, MetricEngine engine, Diagnoser diagnoser, MaturityModels maturityModels,
		List<String> warnings) {

	public ReportContext(OpenPortfolio portfolio, Client client, ReportRequest request, ReportLabels labels,
			Branding branding, MetricEngine engine, Diagnoser diagnoser, MaturityModels maturityModels) {
		this(portfolio, client, request, labels, branding, engine, diagnoser, maturityModels, new ArrayList<>());
	}

	/** Notes a warning, naming the report. */
	public void warn(String warning) {
		warnings.add(request.describe() + ": " + warning);
	}
}
