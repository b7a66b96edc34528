package com.socialyst.ui.internal.preview;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

/**
 * Hands files and folders to the desktop: the file manager, the system's PDF viewer. Where the desktop cannot (a
 * Linux session without GIO handlers, a headless test display), the consultant is told the path instead, so the
 * file can still be found.
 */
public final class SystemFiles {

	private SystemFiles() {
	}

	/** Opens the folder holding {@code file} (or {@code file} itself when it is a folder) in the file manager. */
	public static void openContainingFolder(Shell shell, Path file) {
		Path folder = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
		if (folder != null && !launch(folder)) {
			MessageDialog.openInformation(shell, Messages.launchFailedTitle,
					NLS.bind(Messages.launchFailedFolder, folder.toAbsolutePath()));
		}
	}

	/** Opens {@code file} in the application the desktop associates with it. */
	public static void openInSystemViewer(Shell shell, Path file) {
		if (!launch(file)) {
			MessageDialog.openInformation(shell, Messages.launchFailedTitle,
					NLS.bind(Messages.launchFailedFile, file.toAbsolutePath()));
		}
	}

	/** Whether the desktop took {@code path}; never throws, whatever the platform lacks. */
	static boolean launch(Path path) {
		if (!Files.exists(path)) {
			return false;
		}
		try {
			return Program.launch(path.toAbsolutePath().toString());
		} catch (SWTError | RuntimeException | LinkageError e) {
			return false;
		}
	}
}
