package com.socialyst.core.internal.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.socialyst.core.imports.ImportException;
import com.socialyst.core.imports.ImportProblem;

/**
 * Reads an export file as text. Platforms write UTF-8 with or without a byte-order mark, and some (Meta's older
 * exports, Excel's "Unicode text") UTF-16 with one. Anything that is not valid text in the detected encoding is
 * refused rather than guessed, so no character is silently changed.
 */
final class TextFiles {

	private TextFiles() {
	}

	static String read(Path file) throws ImportException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new ImportException(ImportProblem.ofFile(file, "file not found"));
		} catch (IOException e) {
			throw new ImportException(ImportProblem.ofFile(file, "cannot be read: " + e.getMessage()));
		}
		Charset charset = StandardCharsets.UTF_8;
		int offset = 0;
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			offset = 3;
		} else if (startsWith(bytes, 0xFF, 0xFE)) {
			charset = StandardCharsets.UTF_16LE;
			offset = 2;
		} else if (startsWith(bytes, 0xFE, 0xFF)) {
			charset = StandardCharsets.UTF_16BE;
			offset = 2;
		}
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		try {
			return decoder.decode(buffer).toString();
		} catch (MalformedInputException e) {
			int at = buffer.position();
			int line = 1;
			for (int i = offset; i < at; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new ImportException(ImportProblem.ofRow(file, line, String.format(
					"not valid %s text (byte 0x%02X at offset %d); save the file as UTF-8 and import it again",
					charset.name(), bytes[at] & 0xFF, at)));
		} catch (CharacterCodingException e) {
			throw new ImportException(ImportProblem.ofFile(file, "not valid " + charset.name() + " text"));
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
