package com.socialyst.core.exports;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.MeasurementSeries;

/**
 * Writes a client's measurements as generic long CSV ({@code date,channel,field,value}), the format
 * {@code socialyst import} reads back unchanged: ISO dates, decimal points, no thousands separators, no exponent,
 * days without a value left out. Rows come by channel (in the client's order), field (alphabetically), then date,
 * so that a spreadsheet's filter or pivot table works on it directly.
 */
public final class MeasurementCsvExport {

	/** The header row. */
	public static final List<String> HEADER = List.of("date", "channel", "field", "value");

	private MeasurementCsvExport() {
	}

	/**
	 * Writes {@code client}'s measurements to {@code out} (which stays open).
	 *
	 * @return the number of values written
	 */
	public static long write(Client client, Writer out) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).setRecordSeparator("\n")
				.build();
		long count = 0;
		CSVPrinter printer = new CSVPrinter(out, format);
		for (ChannelAccount channel : client.getChannels()) {
			List<MeasurementSeries> series = channel.getSeries().stream()
					.sorted(Comparator.comparing(MeasurementSeries::getField)).toList();
			for (MeasurementSeries one : series) {
				if (one.getStart() == null) {
					continue;
				}
				double[] values = one.getValues();
				for (int day = 0; day < one.length(); day++) {
					if (!Double.isNaN(values[day])) {
						LocalDate date = one.getStart().plusDays(day);
						printer.printRecord(date, channel.getId(), one.getField(), plain(values[day]));
						count++;
					}
				}
			}
		}
		printer.flush();
		return count;
	}

	/** {@code 1234}, {@code 0.045}, never {@code 1.234E3}. */
	static String plain(double value) {
		if (Double.isInfinite(value)) {
			throw new IllegalArgumentException("infinite value");
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
