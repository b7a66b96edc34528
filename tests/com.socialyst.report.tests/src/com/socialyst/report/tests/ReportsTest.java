package com.socialyst.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.socialyst.core.demo.DemoPortfolio;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.kpi.Period;
import com.socialyst.model.BrandMode;
import com.socialyst.model.Client;
import com.socialyst.model.Kpi;
import com.socialyst.model.ReportLocale;
import com.socialyst.report.BatchResult;
import com.socialyst.report.ReportException;
import com.socialyst.report.ReportFormat;
import com.socialyst.report.ReportKind;
import com.socialyst.report.ReportRequest;
import com.socialyst.report.Reports;

/**
 * Reports of every kind and format made from the demo portfolio, read back as text: the right client, KPIs,
 * language and brand in each, white-label without the consultancy, failures contained, templates overridable.
 */
class ReportsTest {

	private static final DemoPortfolio.Options DEMO = DemoPortfolio.Options.defaults();
	private static final Period QUARTER = Period.parse("2026-Q3");
	private static final LocalDate AS_OF = DemoPortfolio.Options.DEFAULT_END_DATE;
	/** The demo's consultancy, named in its brand. */
	private static final String CONSULTANCY = "Brightline";

	@TempDir
	static Path demoFolder;

	static OpenPortfolio demo;
	static Reports reports;

	@BeforeAll
	static void writeDemo() throws Exception {
		DemoPortfolio.write(demoFolder, DEMO, null);
		demo = PortfolioStore.open(demoFolder, null);
		reports = service();
	}

	static Reports service() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(ReportsTest.class).getBundleContext();
		ServiceTracker<Reports, Reports> tracker = new ServiceTracker<>(context, Reports.class, null);
		tracker.open();
		Reports service = tracker.waitForService(20_000);
		assertTrue(service != null, "the Reports service is not registered");
		return service;
	}

	@Test
	void theClientReportInEveryFormatNamesTheClientAndItsKpis() throws Exception {
		Client client = demoClient(0);
		for (ReportFormat format : ReportFormat.values()) {
			String text = text(ReportKind.CLIENT, client.getId(), format, null);
			assertTrue(text.contains(client.getName()), format + " lacks the client's name: " + text);
			for (Kpi kpi : client.getStrategies().get(0).getKpis()) {
				assertTrue(text.contains(kpi.getName()), format + " lacks KPI " + kpi.getName() + ": " + text);
			}
			assertTrue(text.contains("KPI scorecard") && text.contains("Return on investment"), format + ": " + text);
		}
	}

	@Test
	void chartsAreDrawnInEveryFormat() throws Exception {
		Client client = demoClient(0);
		int trendCharts = client.getStrategies().get(0).getKpis().size();
		// one trend chart per KPI plus the channel chart (the logo is one more image, SVG drawn to PNG)
		int minimum = trendCharts + 1;
		for (ReportFormat format : List.of(ReportFormat.DOCX, ReportFormat.PPTX, ReportFormat.XLSX)) {
			int images = Documents.images(render(ReportKind.CLIENT, client.getId(), format, null));
			assertTrue(images >= minimum, format + ": " + images + " images, expected at least " + minimum);
		}
		String html = new String(render(ReportKind.CLIENT, client.getId(), ReportFormat.HTML, null),
				java.nio.charset.StandardCharsets.UTF_8);
		int embedded = html.split("data:image/png;base64,", -1).length - 1;
		assertTrue(embedded >= minimum, embedded + " embedded images in the self-contained HTML");
		assertTrue(Documents.images(render(ReportKind.MATURITY, client.getId(), ReportFormat.DOCX, null)) >= 1,
				"the maturity radar");
	}

	@Test
	void eachKindShowsItsOwnContent() throws Exception {
		Client client = demoClient(3);
		String maturity = text(ReportKind.MATURITY, client.getId(), ReportFormat.PDF, null);
		assertTrue(maturity.contains(client.getName()) && maturity.contains("Maturity by dimension")
				&& maturity.contains("Roadmap"), maturity);
		String strategy = text(ReportKind.STRATEGY, client.getId(), ReportFormat.PDF, null);
		assertTrue(strategy.contains(client.getName()) && strategy.contains("Business goals")
				&& strategy.contains(client.getStrategies().get(0).getKpis().get(0).getName()), strategy);
		String portfolio = text(ReportKind.PORTFOLIO, null, ReportFormat.PDF, null);
		for (int i = 0; i < DEMO.clients(); i++) {
			assertTrue(portfolio.contains(demoClient(i).getName()), "the overview lacks " + demoClient(i).getName());
		}
		assertTrue(portfolio.contains(CONSULTANCY), portfolio);
	}

	@Test
	void aSerbianCyrillicClientGetsItsReportInCyrillic() throws Exception {
		Client client = demoClient(8);
		assertEquals(ReportLocale.SR_CYRL, client.getReportLocale());
		String expectedTitle = label("report_sr_Cyrl.properties", "title.client");
		assertTrue(expectedTitle.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC));
		for (ReportFormat format : List.of(ReportFormat.PDF, ReportFormat.DOCX)) {
			String text = text(ReportKind.CLIENT, client.getId(), format, null);
			assertTrue(text.contains(expectedTitle), format + ": " + text);
			assertTrue(text.contains(client.getName()), format + ": " + text);
		}
		String english = text(ReportKind.CLIENT, client.getId(), ReportFormat.PDF, Locale.ENGLISH);
		assertTrue(english.contains("Social media performance report"), "--locale overrides the client's: " + english);
	}

	@Test
	void whiteLabelReportsNeverNameTheConsultancy() throws Exception {
		Client client = demoClient(6);
		assertEquals(BrandMode.WHITE_LABEL, client.getBrandMode());
		for (ReportKind kind : List.of(ReportKind.CLIENT, ReportKind.MATURITY, ReportKind.STRATEGY)) {
			for (ReportFormat format : List.of(ReportFormat.PDF, ReportFormat.HTML, ReportFormat.DOCX)) {
				byte[] document = render(kind, client.getId(), format, null);
				String text = Documents.text(document, format);
				assertTrue(text.contains(client.getBrand().getName()), kind + " " + format + ": " + text);
				assertFalse(text.contains(CONSULTANCY), kind + " " + format + " names the consultancy: " + text);
				assertFalse(new String(document, java.nio.charset.StandardCharsets.ISO_8859_1).contains(CONSULTANCY),
						kind + " " + format + " carries the consultancy's name in its bytes");
			}
		}
		String consultancy = text(ReportKind.CLIENT, demoClient(0).getId(), ReportFormat.PDF, null);
		assertTrue(consultancy.contains(CONSULTANCY), "a consultancy-branded report names it: " + consultancy);
	}

	@Test
	void aBatchWritesEveryReportItCanAndNamesWhyTheOthersFailed(@TempDir Path copy, @TempDir Path out) throws Exception {
		DemoPortfolio.write(copy, new DemoPortfolio.Options(3, 400, 7, AS_OF), null);
		OpenPortfolio portfolio = PortfolioStore.open(copy, null);
		Client coBranded = portfolio.clients().stream().filter(c -> c.getBrandMode() == BrandMode.CO_BRAND).findFirst()
				.orElseThrow();
		Files.delete(copy.resolve(coBranded.getBrand().getLogoPath()));
		List<ReportRequest> requests = new java.util.ArrayList<>();
		for (Client client : portfolio.clients()) {
			requests.add(request(ReportKind.CLIENT, client.getId(), ReportFormat.PDF, null));
		}
		requests.add(request(ReportKind.CLIENT, "ghost", ReportFormat.PDF, null));
		BatchResult result = reports.writeAll(portfolio, requests, out, 2, new NullProgressMonitor());

		assertEquals(2, result.written().size(), result.toString());
		assertEquals(2, result.failed().size(), result.toString());
		String logoFailure = result.failed().stream().filter(f -> f.request().clientId().equals(coBranded.getId()))
				.findFirst().orElseThrow().reason();
		assertTrue(logoFailure.contains(coBranded.getBrand().getLogoPath().replace('/', java.io.File.separatorChar))
				|| logoFailure.contains(coBranded.getBrand().getLogoPath()), logoFailure);
		assertTrue(result.failed().stream().anyMatch(f -> f.reason().contains("no client 'ghost'")), result.toString());
		for (Path file : result.written()) {
			assertEquals("%PDF", new String(Files.readAllBytes(file), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
			assertTrue(file.getFileName().toString().matches("[a-z0-9-]+_client_2026-Q3\\.pdf"), file.toString());
		}
		try (var files = Files.list(out)) {
			assertEquals(2, files.count(), "nothing but the written reports: no half-written file of a failed one");
		}
		assertTrue(result.warnings().stream().anyMatch(w -> w.contains("draft")), result.warnings().toString());
	}

	@Test
	void aFailedReportLeavesThePreviousFileAsItWas(@TempDir Path out) throws Exception {
		Path target = out.resolve("ghost.pdf");
		Files.writeString(target, "the report sent last quarter");
		assertThrows(ReportException.class,
				() -> reports.write(demo, request(ReportKind.CLIENT, "ghost", ReportFormat.PDF, null), target));
		assertEquals("the report sent last quarter", Files.readString(target));
	}

	@Test
	void aTemplateInThePortfolioReplacesTheBuiltInOne(@TempDir Path copy) throws Exception {
		DemoPortfolio.write(copy, new DemoPortfolio.Options(1, 200, 3, AS_OF), null);
		Files.createDirectories(copy.resolve("templates"));
		try (InputStream in = FrameworkUtil.getBundle(ReportsTest.class).getEntry("resources/custom-client.rptdesign")
				.openStream()) {
			Files.copy(in, copy.resolve("templates/client.rptdesign"));
		}
		OpenPortfolio portfolio = PortfolioStore.open(copy, null);
		Client client = portfolio.clients().get(0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reports.render(portfolio, request(ReportKind.CLIENT, client.getId(), ReportFormat.PDF, null), out);
		String text = Documents.text(out.toByteArray(), ReportFormat.PDF);
		assertTrue(text.contains("OUR OWN HOUSE STYLE") && text.contains(client.getName())
				&& text.contains(client.getStrategies().get(0).getKpis().get(0).getName()), text);
		assertFalse(text.contains("KPI scorecard"), "the built-in template was used: " + text);
		String maturity = Documents.text(render(portfolio, ReportKind.MATURITY, client.getId(), ReportFormat.PDF), ReportFormat.PDF);
		assertTrue(maturity.contains("Maturity by dimension"), "other kinds keep the built-in template: " + maturity);
	}

	private static Client demoClient(int index) {
		return demo.client(DemoPortfolio.client(index, DEMO).getId()).orElseThrow();
	}

	private static ReportRequest request(ReportKind kind, String clientId, ReportFormat format, Locale locale) {
		return new ReportRequest(kind, clientId, QUARTER, AS_OF, format, locale);
	}

	private static byte[] render(ReportKind kind, String clientId, ReportFormat format, Locale locale) throws ReportException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reports.render(demo, request(kind, clientId, format, locale), out);
		return out.toByteArray();
	}

	private static byte[] render(OpenPortfolio portfolio, ReportKind kind, String clientId, ReportFormat format)
			throws ReportException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reports.render(portfolio, request(kind, clientId, format, null), out);
		return out.toByteArray();
	}

	private static String text(ReportKind kind, String clientId, ReportFormat format, Locale locale)
			throws ReportException, IOException {
		return Documents.text(render(kind, clientId, format, locale), format);
	}

	private static String label(String file, String key) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FrameworkUtil.getBundle(Reports.class).getEntry("templates/" + file).openStream()) {
			properties.load(in);
		}
		return properties.getProperty(key);
	}
}
