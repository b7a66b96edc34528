package com.socialyst.diagnosis;

import java.time.LocalDate;
import java.util.List;

/**
 * The diagnosis of one client.
 *
 * @param clientId the client
 * @param clientName its name
 * @param asOf the diagnosis day
 * @param findings the causes found, most severe first
 * @param problems rules that failed, with the reason (their findings are missing)
 */
public record DiagnosisReport(String clientId, String clientName, LocalDate asOf, List<Finding> findings,
		List<String> problems) {
}
