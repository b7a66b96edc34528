package com.socialyst.ui.internal.wizards.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.socialyst.core.imports.ImportException;
import com.socialyst.core.imports.ImportFormat;
import com.socialyst.core.imports.PlatformDataImporter;
import com.socialyst.core.imports.RecognisedLayout;

/**
 * The header and first rows of an import file, and the format the importer recognises it as, for the wizard's
 * preview.
 * <p>
 * Only a preview: it reads the start of the file the way the importer does (byte-order mark, {@code #} comment
 * lines, a {@code sep=} hint, a one-cell title line, comma, semicolon or tab taken from the header line), but the
 * import itself always re-reads the whole file and decides the format on its own ({@link ImportFormat#AUTO}). The
 * format shown comes from {@link PlatformDataImporter#recognise}, the importer's own rules.
 * </p>
 */
final class FilePreview {

	/** How many data rows the preview shows. */
	static final int ROWS = 10;

	/** Characters read at most: plenty for a header and ten rows, and quick for a file of any size. */
	private static final int MAX_CHARS = 256 * 1024;

	/** A data row and the physical line it starts on (1-based, as import problems name it). */
	record Row(int line, List<String> cells) {
	}

	private final List<String> header;
	private final int headerLine;
	private final List<Row> rows;
	private final ImportFormat guess;
	private final boolean namesChannels;

	private FilePreview(List<String> header, int headerLine, List<Row> rows, ImportFormat guess) {
		this.header = header;
		this.headerLine = headerLine;
		this.rows = rows;
		Set<String> names = header.stream().map(FilePreview::normalize).collect(Collectors.toSet());
		this.guess = guess;
		this.namesChannels = guess == ImportFormat.MENTIONS
				|| (guess == ImportFormat.GENERIC && names.contains("field") && names.contains("channel"));
	}

	List<String> header() {
		return header;
	}

	int headerLine() {
		return headerLine;
	}

	List<Row> rows() {
		return rows;
	}

	/** The format the header looks like, or null when it matches none. */
	ImportFormat guess() {
		return guess;
	}

	/** Whether every row names its channel (mentions, generic long with a channel column), so none is needed. */
	boolean namesChannels() {
		return namesChannels;
	}

	/**
	 * Reads the start of {@code file}.
	 *
	 * @throws IOException when the file cannot be read or holds no header
	 */
	static FilePreview read(Path file) throws IOException {
		String text = start(file);
		String[] lines = text.split("\r\n|\r|\n", -1);
		Character hinted = null;
		boolean titleSeen = false;
		int line = 0;
		int offset = 0;
		for (; line < lines.length; line++) {
			String content = lines[line].strip();
			boolean skip = content.isEmpty() || content.startsWith("#");
			if (!skip && content.toLowerCase(Locale.ROOT).matches("\"?sep=.\"?")) {
				hinted = content.replace("\"", "").charAt(4);
				skip = true;
			}
			if (!skip && !titleSeen && cells(content, hinted != null ? hinted : delimiter(content)) == 1
					&& nextLineHasCells(lines, line + 1)) {
				titleSeen = true;
				skip = true;
			}
			if (!skip) {
				break;
			}
			offset = nextLineStart(text, offset);
		}
		if (line >= lines.length || lines[line].isBlank()) {
			throw new IOException("the file has no header row");
		}
		char delimiter = hinted != null ? hinted : delimiter(lines[line]);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true)
				.setIgnoreSurroundingSpaces(true).build();
		String rest = text.substring(offset);
		int[] lineStarts = lineStarts(rest);
		List<String> header = null;
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(rest), format)) {
			for (CSVRecord record : parser) {
				List<String> cells = Arrays.asList(record.values());
				if (header == null) {
					header = cells.stream().map(String::strip).toList();
				} else if (cells.stream().anyMatch(c -> !c.isEmpty())) {
					int at = Arrays.binarySearch(lineStarts, (int) record.getCharacterPosition());
					rows.add(new Row(line + 1 + (at >= 0 ? at : -at - 2), cells));
					if (rows.size() == ROWS) {
						break;
					}
				}
			}
		} catch (UncheckedIOException | IllegalStateException e) {
			// a quoted cell cut off at MAX_CHARS, or bad quoting: the rows read so far still make a preview
			if (header == null) {
				throw new IOException(e.getMessage(), e);
			}
		}
		if (header == null) {
			throw new IOException("the file has no header row");
		}
		return new FilePreview(header, line + 1, List.copyOf(rows), recognise(file));
	}

	/** The first {@link #MAX_CHARS} characters, decoded as the importer decodes (UTF-8 or UTF-16 by BOM). */
	private static String start(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] bom = in.readNBytes(3);
			Charset charset = StandardCharsets.UTF_8;
			int skip = 0;
			if (bom.length >= 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
				skip = 3;
			} else if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
				charset = StandardCharsets.UTF_16LE;
				skip = 2;
			} else if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
				charset = StandardCharsets.UTF_16BE;
				skip = 2;
			}
			byte[] head = new byte[bom.length - skip];
			System.arraycopy(bom, skip, head, 0, head.length);
			InputStream rest = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
			// lenient here: the importer reports undecodable bytes with their line and offset
			Reader reader = new InputStreamReader(rest, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE));
			char[] buffer = new char[MAX_CHARS];
			int length = 0;
			int read;
			while (length < buffer.length && (read = reader.read(buffer, length, buffer.length - length)) > 0) {
				length += read;
			}
			return new String(buffer, 0, length);
		}
	}

	/** The importer's own recognition (the same rules {@code socialyst import} applies), null when nothing matches. */
	private static ImportFormat recognise(Path file) {
		try {
			RecognisedLayout layout = PlatformDataImporter.recognise(file);
			return layout == null ? null : layout.format();
		} catch (ImportException e) {
			return null; // the import itself reports why the file cannot be read
		}
	}

	private static String normalize(String name) {
		return name.replace('\u00A0', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** The delimiter used most outside quotes: comma, semicolon or tab. */
	private static char delimiter(String line) {
		int comma = 0;
		int semicolon = 0;
		int tab = 0;
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && c == ',') {
				comma++;
			} else if (!quoted && c == ';') {
				semicolon++;
			} else if (!quoted && c == '\t') {
				tab++;
			}
		}
		if (tab > comma && tab > semicolon) {
			return '\t';
		}
		return semicolon > comma ? ';' : ',';
	}

	private static int cells(String line, char delimiter) {
		return (int) Arrays.stream(line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1))
				.filter(c -> !c.replace("\"", "").isBlank()).count();
	}

	private static boolean nextLineHasCells(String[] lines, int from) {
		for (int line = from; line < lines.length; line++) {
			String content = lines[line].strip();
			if (!content.isEmpty()) {
				return cells(content, delimiter(content)) > 1;
			}
		}
		return false;
	}

	private static int nextLineStart(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				return i + 1;
			}
			if (c == '\r') {
				return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
			}
		}
		return text.length();
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = nextLineStart(text, 0); i < text.length(); i = nextLineStart(text, i)) {
			starts.add(i);
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}
}
