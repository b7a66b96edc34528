package com.socialyst.report.birt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.socialyst.report.birt.BirtEngine;
import com.socialyst.report.birt.ReportEngineException;

/** The embedded BIRT engine inside OSGi: it starts, renders HTML and PDF, and its bundle carries every jar it names. */
class BirtEngineTest {

	private static final String CYRILLIC_NAME = "Дунав Софтвер";

	@Test
	void rendersHtmlWithTheParameter() throws Exception {
		String html = new String(render("html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("Socialyst engine check"), html);
		assertTrue(html.contains(CYRILLIC_NAME), html);
	}

	@Test
	void rendersPdf() throws Exception {
		byte[] pdf = render("pdf");
		assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
		assertTrue(pdf.length > 500, pdf.length + " bytes");
	}

	@Test
	void aBrokenDesignIsAnErrorNamingIt() {
		ReportEngineException e = assertThrows(ReportEngineException.class,
				() -> BirtEngine.get().render("broken.rptdesign",
						() -> new ByteArrayInputStream("<report".getBytes(StandardCharsets.UTF_8)), Map.of(), Map.of(),
						Locale.ENGLISH, "html", new ByteArrayOutputStream()));
		assertTrue(e.getMessage().startsWith("broken.rptdesign: "), e.getMessage());
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

	private static byte[] render(String format) throws ReportEngineException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		URL design = FrameworkUtil.getBundle(BirtEngineTest.class).getEntry("designs/hello.rptdesign");
		BirtEngine.get().render("test:hello", () -> {
			try {
				return design.openStream();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, Map.of(), Map.of("clientName", CYRILLIC_NAME), Locale.ENGLISH, format, out);
		return out.toByteArray();
	}
}
