package com.socialyst.core.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.socialyst.core.demo.DemoPortfolio;
import com.socialyst.core.exports.MeasurementCsvExport;
import com.socialyst.core.imports.ImportOptions;
import com.socialyst.core.imports.ImportReport;
import com.socialyst.core.imports.ImportRequest;
import com.socialyst.core.imports.PlatformDataImporter;
import com.socialyst.core.storage.AtomicFiles;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.util.SocialystResources;

/**
 * Measures the storage of a realistic portfolio: writing and loading a demo portfolio, its size, saving one client,
 * importing rows, and XMI against EMF binary on a sample of the same clients (the figures behind the README's
 * choice of XMI). Figures are wall-clock on this machine; run it on a quiet machine.
 */
public final class StorageBench {

	/** How many clients the XMI/binary comparison and the single-client saves use. */
	private static final int SAMPLE = 50;

	private StorageBench() {
	}

	/** The figures by name, in print order, and the loaded portfolio for the benchmarks that follow. */
	public record Result(Map<String, Object> figures, OpenPortfolio portfolio) {
	}

	/** Runs the benchmark in {@code folder} (which must not hold a portfolio). */
	public static Result run(Path folder, int clients, int channels, int days, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Storage benchmark", 100);
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("clients", clients);
		figures.put("days", days);

		Path portfolioFolder = folder.resolve("portfolio");
		DemoPortfolio.Options options = new DemoPortfolio.Options(clients, days, DemoPortfolio.Options.DEFAULT_SEED,
				DemoPortfolio.Options.DEFAULT_END_DATE, channels);
		long start = System.nanoTime();
		DemoPortfolio.write(portfolioFolder, options, progress.split(40));
		figures.put("write_all_s", seconds(start));
		figures.put("disk_mb", round(size(portfolioFolder) / 1e6, 2));

		progress.subTask("loading all clients");
		System.gc();
		start = System.nanoTime();
		OpenPortfolio portfolio = PortfolioStore.open(portfolioFolder, progress.split(20));
		figures.put("load_all_s", seconds(start));
		figures.put("load_problems", portfolio.problems().size());
		figures.put("channels", portfolio.clients().stream().mapToLong(c -> c.getChannels().size()).sum());
		figures.put("values", values(portfolio.clients()));

		progress.subTask("saving single clients");
		figures.put("save_one_client_ms", round(saveOneClientMillis(portfolio), 1));
		progress.worked(10);

		progress.subTask("importing a long CSV");
		figures.putAll(importFigures(folder, portfolio));
		progress.worked(10);

		progress.subTask("comparing XMI and EMF binary");
		figures.putAll(formatComparison(folder, portfolio));
		progress.worked(20);
		return new Result(figures, portfolio);
	}

	/** Median time to change one value of a client and save that client, over a sample of clients. */
	private static double saveOneClientMillis(OpenPortfolio portfolio) throws IOException {
		List<Client> sample = portfolio.clients().subList(0, Math.min(SAMPLE, portfolio.clients().size()));
		double[] millis = new double[sample.size()];
		for (int i = 0; i < sample.size(); i++) {
			Client client = sample.get(i);
			client.setNotes("benchmark edit " + i);
			long start = System.nanoTime();
			portfolio.saveClient(client);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis.length == 0 ? Double.NaN : millis[millis.length / 2];
	}

	/** Exports the largest of the first clients as long CSV and imports it into a new client. */
	private static Map<String, Object> importFigures(Path folder, OpenPortfolio portfolio) throws IOException {
		Client source = portfolio.clients().get(0);
		Path csv = folder.resolve("import.csv");
		long[] rows = new long[1];
		AtomicFiles.write(csv, false, stream -> {
			Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			rows[0] = MeasurementCsvExport.write(source, writer);
			writer.flush();
		});
		Client target = SocialystFactory.eINSTANCE.createClient();
		target.setId("bench-import");
		target.setName("Benchmark import");
		portfolio.addClient(target);
		portfolio.save(null);
		long start = System.nanoTime();
		ImportReport report;
		try {
			report = PlatformDataImporter.run(portfolio,
					new ImportRequest(target.getId(), null, List.of(csv), ImportOptions.defaults()), null);
		} catch (com.socialyst.core.imports.ImportException e) {
			throw new IOException("benchmark import failed: " + e.getMessage(), e);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("import_rows", report.rows());
		figures.put("import_rows_per_s", Math.round(report.rows() / seconds));
		return figures;
	}

	/** Loads a sample of clients from XMI and from EMF binary copies of the same clients. */
	private static Map<String, Object> formatComparison(Path folder, OpenPortfolio portfolio) throws IOException {
		List<Client> sample = portfolio.clients().subList(0, Math.min(SAMPLE, portfolio.clients().size()));
		Path binaryFolder = folder.resolve("binary");
		Files.createDirectories(binaryFolder);
		List<Path> xmiFiles = new ArrayList<>();
		List<Path> binaryFiles = new ArrayList<>();
		for (Client client : sample) {
			xmiFiles.add(Path.of(client.eResource().getURI().toFileString()));
			Path binary = binaryFolder.resolve(client.getId() + ".bin");
			Resource resource = new BinaryResourceImpl(URI.createFileURI(binary.toString()));
			resource.getContents().add(EcoreUtil.copy(client));
			resource.save(null);
			binaryFiles.add(binary);
		}
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("sample_clients", sample.size());
		figures.put("xmi_sample_load_s", loadSeconds(xmiFiles));
		figures.put("binary_sample_load_s", loadSeconds(binaryFiles));
		figures.put("xmi_sample_mb", round(xmiFiles.stream().mapToLong(StorageBench::size).sum() / 1e6, 1));
		figures.put("binary_sample_mb", round(binaryFiles.stream().mapToLong(StorageBench::size).sum() / 1e6, 1));
		return figures;
	}

	private static double loadSeconds(List<Path> files) {
		ResourceSet set = SocialystResources.configure(new ResourceSetImpl());
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("bin", (Resource.Factory) BinaryResourceImpl::new);
		System.gc();
		long start = System.nanoTime();
		for (Path file : files) {
			set.getResource(URI.createFileURI(file.toString()), true);
		}
		return seconds(start);
	}

	private static long values(List<Client> clients) {
		long count = 0;
		for (Client client : clients) {
			for (ChannelAccount channel : client.getChannels()) {
				for (MeasurementSeries series : channel.getSeries()) {
					count += series.length();
				}
			}
		}
		return count;
	}

	private static long size(Path path) {
		try (Stream<Path> files = Files.walk(path)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> {
				try {
					return Files.size(file);
				} catch (IOException e) {
					return 0;
				}
			}).sum();
		} catch (IOException e) {
			return 0;
		}
	}

	private static double seconds(long startNanos) {
		return round((System.nanoTime() - startNanos) / 1e9, 2);
	}

	private static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}
}
