package com.socialyst.core.storage;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces files so that a crash at any moment leaves either the old or the new content,
 * never a half-written file, and keeps the previous content as {@code <name>.bak}.
 * <p>
 * The new content goes to a temporary file in the same folder (same file system, so the final
 * rename is atomic), is forced to disk, then renamed over the target. The backup is made by
 * copying the old file before the rename, so the target name always exists.
 * </p>
 */
public final class AtomicFiles {

	/** Suffix of the backup of the previous version. */
	public static final String BACKUP_SUFFIX = ".bak";

	private static final String TEMP_SUFFIX = ".tmp";

	private AtomicFiles() {
	}

	/** Writes what {@code content} produces. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/**
	 * Writes {@code target} atomically, keeping the previous version as {@code target.bak}
	 * when {@code keepBackup} is set and the target existed.
	 */
	public static void write(Path target, boolean keepBackup, Content content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, "." + target.getFileName(), TEMP_SUFFIX);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				// The content may close its stream (EMF does); the channel must stay open for force().
				OutputStream buffered = new BufferedOutputStream(new KeepOpen(Channels.newOutputStream(channel)), 1 << 16);
				content.writeTo(buffered);
				buffered.flush();
				channel.force(true);
			}
			keepPermissions(target, temp);
			if (keepBackup && Files.exists(target)) {
				backup(target);
			}
			move(temp, target);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * Temporary files are private (rw-------); the file that replaces {@code target} gets {@code target}'s
	 * permissions, or rw-r--r-- for a new file, as any editor would leave it.
	 */
	private static void keepPermissions(Path target, Path temp) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (view == null) {
			return; // not a POSIX file system: nothing to keep
		}
		Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
				: PosixFilePermissions.fromString("rw-r--r--");
		view.setPermissions(permissions);
	}

	/** Copies {@code target} to {@code target.bak}, itself atomically. */
	private static void backup(Path target) throws IOException {
		Path backup = backupOf(target);
		Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + backup.getFileName(), TEMP_SUFFIX);
		try {
			Files.copy(target, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			move(temp, backup);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// Only on file systems without atomic rename; same folder, so still a plain rename.
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Passes writes through and turns close() into flush(). */
	private static final class KeepOpen extends FilterOutputStream {
		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}

	/** Where the previous version of {@code file} is kept. */
	public static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
	}
}
