package com.socialyst.report.internal.data;

import static com.socialyst.report.internal.Rows.row;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

import com.socialyst.kpi.Period;
import com.socialyst.model.Client;
import com.socialyst.model.Commentary;
import com.socialyst.report.internal.ReportLabels;

/** The consultant's commentary of a client for a period, as the {@code commentary} data set gives it. */
public final class Commentaries {

	private Commentaries() {
	}

	/** The client's commentary for exactly this period (matched by its label), or null. */
	public static Commentary find(Client client, Period period) {
		for (Commentary commentary : client.getCommentaries()) {
			if (period.label().equals(commentary.getPeriod())) {
				return commentary;
			}
		}
		return null;
	}

	/** No row without a commentary; one row with the text, its author line and whether it is approved. */
	static List<Map<String, Object>> rows(Commentary commentary, ReportLabels labels) {
		if (commentary == null || commentary.getText() == null || commentary.getText().isBlank()) {
			return List.of();
		}
		String byline = commentary.getAuthor() == null || commentary.getDate() == null ? null
				: labels.text("commentary.by", commentary.getAuthor(),
						commentary.getDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
								.withLocale(labels.locale())));
		return List.of(row("text", commentary.getText(), "author", commentary.getAuthor(), "date",
				commentary.getDate(), "approved", commentary.isApproved(), "byline", byline));
	}
}
