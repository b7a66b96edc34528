package com.socialyst.report.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import com.socialyst.report.ReportFormat;

/** The text a reader sees in a report file, whatever its format, with spaces normalised. */
final class Documents {

	private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9A-Fa-f]+|amp|lt|gt|quot|apos|nbsp);");

	private Documents() {
	}

	static String text(byte[] document, ReportFormat format) throws IOException {
		String text = switch (format) {
			case PDF -> pdf(document);
			case HTML -> markup(new String(document, StandardCharsets.UTF_8).replaceAll("(?s)<style.*?</style>|<script.*?</script>", " "));
			default -> office(document);
		};
		return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
	}

	/** How many pictures an office document holds (Word, PowerPoint and Excel keep them as media parts). */
	static int images(byte[] document) throws IOException {
		int images = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(document))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith("media/") || entry.getName().contains("/media/")) {
					images++;
				}
			}
		}
		return images;
	}

	/** The pages of a PDF: the number of pages. */
	static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	private static String pdf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Word, PowerPoint and Excel files are zips of XML parts: their text is the text of those parts. */
	private static String office(byte[] document) throws IOException {
		StringBuilder text = new StringBuilder();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(document))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().endsWith(".xml")) {
					text.append(markup(new String(zip.readAllBytes(), StandardCharsets.UTF_8))).append(' ');
				}
			}
		}
		if (text.length() == 0) {
			throw new IOException("not an office document (no XML parts)");
		}
		return text.toString();
	}

	private static String markup(String markup) {
		// paragraphs, cells and breaks separate words; other tags (runs of one word) do not
		String text = markup.replaceAll("</?(w:p|a:p|p|div|td|tr|br|si|row|c|w:tab|w:br|a:br|li|h[1-6])(\\s[^>]*)?/?>", " ")
				.replaceAll("<[^>]*>", "");
		Matcher matcher = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String entity = matcher.group(1);
			String replacement = switch (entity) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				case "nbsp" -> " ";
				default -> new String(Character.toChars(entity.startsWith("#x")
						? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1))));
			};
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
