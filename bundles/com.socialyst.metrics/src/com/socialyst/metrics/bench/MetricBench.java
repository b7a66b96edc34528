package com.socialyst.metrics.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricResult;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.MeasurementSeries;

/**
 * Measures the metric engine: every client × every metric of a KPI set over one period, against a plain Java loop
 * over the same arrays computing the same sums in the same run. The ratio says what the engine's generality
 * (scopes, isolation, caching, descriptors) costs over the bare arithmetic.
 */
public final class MetricBench {

	private MetricBench() {
	}

	/**
	 * @param metricIds the KPI set evaluated for every client (each on all its channels)
	 * @return figures by name, in print order
	 */
	public static Map<String, Object> run(List<Client> clients, MetricEngine engine, List<String> metricIds,
			LocalDate from, LocalDate to, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Evaluating " + metricIds.size() + " KPIs for "
				+ clients.size() + " clients", 3);
		List<MetricDescriptor> descriptors = metricIds.stream()
				.map(id -> engine.find(id).orElseThrow(() -> new IllegalArgumentException("no metric '" + id + "'")))
				.toList();
		List<Client> warmUp = clients.subList(0, Math.min(50, clients.size()));
		evaluate(warmUp, engine, metricIds, from, to, new int[3]);
		loop(warmUp, descriptors, from, to);
		progress.worked(1);

		int[] statuses = new int[3];
		long start = System.nanoTime();
		evaluate(clients, engine, metricIds, from, to, statuses);
		double engineSeconds = (System.nanoTime() - start) / 1e9;
		progress.worked(1);

		start = System.nanoTime();
		long[] loop = loop(clients, descriptors, from, to);
		double loopSeconds = (System.nanoTime() - start) / 1e9;
		progress.worked(1);

		long evaluations = (long) clients.size() * metricIds.size();
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("kpi_clients", clients.size());
		figures.put("kpis_per_client", metricIds.size());
		figures.put("kpi_period", from + ".." + to);
		figures.put("kpi_evaluations", evaluations);
		figures.put("kpi_values", statuses[0]);
		figures.put("kpi_no_data", statuses[1]);
		figures.put("kpi_failed", statuses[2]);
		figures.put("kpi_eval_s", round(engineSeconds, 3));
		figures.put("kpi_evals_per_s", Math.round(evaluations / engineSeconds));
		figures.put("kpi_data_points", loop[0]);
		figures.put("kpi_data_points_per_s", Math.round(loop[0] / engineSeconds));
		figures.put("plain_loop_s", round(loopSeconds, 3));
		figures.put("engine_to_loop_ratio", round(engineSeconds / loopSeconds, 2));
		return figures;
	}

	private static void evaluate(List<Client> clients, MetricEngine engine, List<String> metricIds, LocalDate from,
			LocalDate to, int[] statuses) {
		for (Client client : clients) {
			MetricEngine.Scope scope = engine.scope(client, List.of());
			for (String id : metricIds) {
				MetricResult result = engine.compute(scope, id, Map.of(), from, to);
				statuses[result.status().ordinal()]++;
			}
		}
	}

	/**
	 * The same sums, written out by hand: for each client and metric, each field the metric reads summed over the
	 * client's channels and the period.
	 *
	 * @return { values visited, a checksum the JIT cannot discard }
	 */
	private static long[] loop(List<Client> clients, List<MetricDescriptor> descriptors, LocalDate from, LocalDate to) {
		long fromDay = from.toEpochDay();
		long toDay = to.toEpochDay();
		long visited = 0;
		double checksum = 0;
		for (Client client : clients) {
			for (MetricDescriptor descriptor : descriptors) {
				for (String field : descriptor.fields()) {
					double sum = 0;
					for (ChannelAccount channel : client.getChannels()) {
						for (MeasurementSeries series : channel.getSeries()) {
							if (!field.equals(series.getField()) || series.getStart() == null) {
								continue;
							}
							double[] values = series.getValues();
							long start = series.getStart().toEpochDay();
							int first = (int) Math.max(0, fromDay - start);
							int last = (int) Math.min(values.length - 1L, toDay - start);
							for (int i = first; i <= last; i++) {
								double value = values[i];
								if (value == value) {
									sum += value;
								}
							}
							visited += Math.max(0, last - first + 1);
						}
					}
					checksum += sum;
				}
			}
		}
		return new long[] { visited, (long) checksum };
	}

	private static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}
}
