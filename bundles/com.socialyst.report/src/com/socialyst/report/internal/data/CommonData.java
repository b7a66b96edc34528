package com.socialyst.report.internal.data;

import static com.socialyst.report.internal.Rows.row;

import java.util.List;

import com.socialyst.model.Client;
import com.socialyst.report.internal.Branding;

/**
 * The data sets every report has: {@code report} (what the report is, for whom, for when) and {@code brand} (whose
 * brand, its footer and disclaimer).
 */
public final class CommonData {

	private CommonData() {
	}

	public static void add(ReportContext context, ReportData data, boolean draft) {
		Client client = context.client();
		Branding brand = context.branding();
		String title = context.labels().text("title." + context.request().kind().id());
		String subject = client != null ? client.getName() : context.portfolio().portfolio().getName();
		data.put("report", List.of(row("title", title, "clientId", client != null ? client.getId() : null,
				"clientName", subject, "industry", client != null ? context.labels().value(client.getIndustry()) : null,
				"period", context.request().period().label(), "periodFrom", context.request().period().from(),
				"periodTo", context.request().period().to(), "asOf", context.request().asOf(),
				"preparedBy", brand.consultancyName(), "draft", draft,
				"locale", context.labels().locale().toLanguageTag())));
		data.put("brand", List.of(row("name", brand.leadName(), "consultancy", brand.consultancyName(),
				"mode", brand.mode(), "footer", brand.footer(), "disclaimer", brand.disclaimer(),
				"primaryColor", brand.primaryColor(), "secondaryColor", brand.secondaryColor(),
				"fontFamily", brand.fontFamily())));
	}
}
