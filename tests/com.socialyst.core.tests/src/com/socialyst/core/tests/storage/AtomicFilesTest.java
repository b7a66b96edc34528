package com.socialyst.core.tests.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.socialyst.core.storage.AtomicFiles;

class AtomicFilesTest {

	@TempDir
	Path folder;

	@Test
	void newFilesAreReadableByOthersAndReplacedFilesKeepTheirPermissions() throws IOException {
		Path file = folder.resolve("portfolio.xmi");
		AtomicFiles.write(file, true, out -> out.write(1));
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
		AtomicFiles.write(file, true, out -> out.write(2));
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void writesNewFileWithoutBackup() throws IOException {
		Path file = folder.resolve("sub/portfolio.xmi");
		AtomicFiles.write(file, true, out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
		assertEquals("one", Files.readString(file));
		assertFalse(Files.exists(AtomicFiles.backupOf(file)), "nothing to back up on first write");
		assertEquals(1, countFiles(file.getParent()), "no temporary files left behind");
	}

	@Test
	void replacingKeepsPreviousVersionAsBackup() throws IOException {
		Path file = folder.resolve("client.xmi");
		AtomicFiles.write(file, true, out -> out.write("v1".getBytes(StandardCharsets.UTF_8)));
		AtomicFiles.write(file, true, out -> out.write("v2".getBytes(StandardCharsets.UTF_8)));
		AtomicFiles.write(file, true, out -> out.write("v3".getBytes(StandardCharsets.UTF_8)));
		assertEquals("v3", Files.readString(file));
		assertEquals("v2", Files.readString(AtomicFiles.backupOf(file)));
		assertEquals(2, countFiles(folder));
	}

	@Test
	void failingWriterLeavesOldContentAndNoTemporaryFile() throws IOException {
		Path file = folder.resolve("client.xmi");
		AtomicFiles.write(file, true, out -> out.write("good".getBytes(StandardCharsets.UTF_8)));
		IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file, true, out -> {
			out.write("half-writ".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", failure.getMessage());
		assertEquals("good", Files.readString(file), "old content intact");
		assertFalse(Files.exists(AtomicFiles.backupOf(file)), "backup only made when the new content is complete");
		assertEquals(1, countFiles(folder), "temporary file removed");
	}

	@Test
	void writerMayCloseTheStream() throws IOException {
		Path file = folder.resolve("closed.bin");
		byte[] data = new byte[200_000];
		for (int i = 0; i < data.length; i++) {
			data[i] = (byte) (i * 31);
		}
		AtomicFiles.write(file, false, out -> {
			out.write(data);
			out.close();
		});
		assertArrayEquals(data, Files.readAllBytes(file));
	}

	@Test
	void withoutBackupTheOldVersionIsNotKept() throws IOException {
		Path file = folder.resolve("export.csv");
		AtomicFiles.write(file, false, out -> out.write('a'));
		AtomicFiles.write(file, false, out -> out.write('b'));
		assertEquals("b", Files.readString(file));
		assertTrue(Files.notExists(AtomicFiles.backupOf(file)));
	}

	private static long countFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.count();
		}
	}
}
