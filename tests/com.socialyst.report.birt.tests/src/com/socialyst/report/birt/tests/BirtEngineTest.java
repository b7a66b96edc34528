package com.socialyst.report.birt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.socialyst.report.birt.BirtEngine;
import com.socialyst.report.birt.DesignVariant;
import com.socialyst.report.birt.Images;
import com.socialyst.report.birt.OutputOptions;
import com.socialyst.report.birt.ReportDesign;
import com.socialyst.report.birt.ReportEngineException;

/**
 * The embedded BIRT engine inside OSGi: it starts, renders HTML and PDF, fills scripted data sets from rows, applies
 * design variants (texts, styles), and its bundle carries every jar it names.
 */
class BirtEngineTest {

	private static final String CYRILLIC_NAME = "Дунав Софтвер";

	@TempDir
	Path folder;

	@Test
	void rendersHtmlWithTheParameter() throws Exception {
		String html = new String(render("hello", DesignVariant.none(), Map.of(), "html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("Socialyst engine check"), html);
		assertTrue(html.contains(CYRILLIC_NAME), html);
	}

	@Test
	void rendersPdf() throws Exception {
		byte[] pdf = render("hello", DesignVariant.none(), Map.of(), "pdf");
		assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
		assertTrue(pdf.length > 500, pdf.length + " bytes");
	}

	@Test
	void scriptedDataSetsShowTheRowsGivenForThem() throws Exception {
		Map<String, Object> app = Map.of(BirtEngine.rowsKey("people"),
				List.of(Map.of("name", "Ana Kowalska", "score", 1234.5), Map.of("name", "Jan", "ignored", "x")));
		String html = new String(render("rows", DesignVariant.none(), app, "html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("Ana Kowalska"), html);
		assertTrue(html.contains("1,234.5"), html);
		assertTrue(html.contains("Jan"), html);
	}

	@Test
	void aDataSetWithoutRowsIsAnErrorNamingItAndTheDataSetsThereAre() {
		ReportEngineException e = assertThrows(ReportEngineException.class,
				() -> render("rows", DesignVariant.none(), Map.of(BirtEngine.rowsKey("kpis"), List.of()), "html"));
		assertTrue(e.getMessage().startsWith("rows.rptdesign: "), e.getMessage());
		assertTrue(e.getMessage().contains("'people'") && e.getMessage().contains("kpis"), e.getMessage());
	}

	@Test
	void aVariantReplacesKeyedTextsAndStylesWithoutTouchingOtherProperties() throws Exception {
		Map<String, Object> app = Map.of(BirtEngine.rowsKey("people"), List.of());
		DesignVariant serbian = new DesignVariant("sr|green", Map.of("heading", "Заглавље"),
				Map.of("brand-heading", Map.of("color", "#00AA00")), List.of());
		String html = new String(render("rows", serbian, app, "html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("Заглавље"), html);
		assertFalse(html.contains("Heading as designed"), html);
		assertTrue(html.contains("rgb(0, 170, 0)"), html);
		assertFalse(html.contains("rgb(255, 0, 0)"), html);
		assertTrue(html.contains("font-weight: bold"), "the style keeps its other properties: " + html);

		String plain = new String(render("rows", DesignVariant.none(), app, "html"), StandardCharsets.UTF_8);
		assertTrue(plain.contains("Heading as designed") && plain.contains("rgb(255, 0, 0)"),
				"the cached design of another variant is not changed: " + plain);
	}

	@Test
	void aBrokenDesignIsAnErrorNamingIt() throws IOException {
		Path broken = folder.resolve("broken.rptdesign");
		Files.writeString(broken, "<report");
		ReportEngineException e = assertThrows(ReportEngineException.class,
				() -> BirtEngine.get().render(new ReportDesign(broken, folder, DesignVariant.none()), Map.of(),
						Map.of(), Locale.ENGLISH, OutputOptions.of("html"), new ByteArrayOutputStream()));
		assertTrue(e.getMessage().contains("broken.rptdesign"), e.getMessage());
	}

	@Test
	void svgLogosAreDrawnAsPng() throws Exception {
		String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'><rect width='40' height='20' fill='#1F4E79'/></svg>";
		byte[] png = Images.svgToPng("logo.svg", svg.getBytes(StandardCharsets.UTF_8), 200);
		assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
		assertThrows(ReportEngineException.class,
				() -> Images.svgToPng("bad.svg", "not svg".getBytes(StandardCharsets.UTF_8), 200));
	}

	/** A jar named on the Bundle-ClassPath but missing from the bundle (or the reverse) fails silently at run time. */
	@Test
	void bundleClassPathNamesExactlyTheJarsInLib() {
		Bundle bundle = FrameworkUtil.getBundle(BirtEngine.class);
		Set<String> named = Arrays.stream(bundle.getHeaders().get("Bundle-ClassPath").split(","))
				.map(String::trim).filter(entry -> !entry.equals(".")).collect(Collectors.toCollection(TreeSet::new));
		Set<String> present = new TreeSet<>(Collections.list(bundle.getEntryPaths("lib/")));
		assertEquals(present, named);
		assertTrue(named.contains("lib/org.eclipse.birt.runtime_4.8.0-20180626.jar"), named.toString());
	}

	private byte[] render(String name, DesignVariant variant, Map<String, Object> app, String format)
			throws ReportEngineException, IOException {
		Path design = folder.resolve(name + ".rptdesign");
		try (InputStream in = FrameworkUtil.getBundle(BirtEngineTest.class).getEntry("designs/" + name + ".rptdesign")
				.openStream()) {
			if (!Files.exists(design)) {
				Files.copy(in, design);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BirtEngine.get().render(new ReportDesign(design, folder, variant), app, Map.of("clientName", CYRILLIC_NAME),
				Locale.ENGLISH, OutputOptions.of(format), out);
		return out.toByteArray();
	}
}
