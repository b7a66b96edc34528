package com.socialyst.core.imports;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;

import com.socialyst.core.internal.imports.ImportRun;
import com.socialyst.core.storage.OpenPortfolio;

/**
 * Imports platform data (exports of X, Meta, LinkedIn, GA4, listening tools, or our generic CSV) into a client of an
 * open portfolio and saves the client's file. The same code runs behind {@code socialyst import} and the
 * workbench's import wizard.
 * <p>
 * All-or-nothing: when any file or row is bad, or a value contradicts one the workspace holds, nothing changes and
 * the {@link ImportException} lists every problem with its file, line and column. With
 * {@link ImportOptions#skipBadRows()} the good rows are imported and the bad ones listed in the report; with
 * {@link ImportOptions#replace()} contradicting values overwrite the old ones. Importing the same data again
 * changes nothing.
 * </p>
 */
public final class PlatformDataImporter {

	private PlatformDataImporter() {
	}

	/**
	 * What {@link #run} would take {@code file} for with format {@link ImportFormat#AUTO}, from its header only (an
	 * import wizard shows it before the user commits); null when it matches no supported layout.
	 *
	 * @throws ImportException when the file cannot be read as CSV
	 */
	public static RecognisedLayout recognise(java.nio.file.Path file) throws ImportException {
		return com.socialyst.core.internal.imports.FileReaders.recognise(file);
	}

	/**
	 * Runs {@code request} against {@code portfolio}.
	 *
	 * @throws ImportException when the import was refused; nothing was changed
	 * @throws IllegalArgumentException when the client or the channel named in the request does not exist or is
	 *         ambiguous
	 * @throws IOException when saving the client failed; the previous file is intact
	 */
	public static ImportReport run(OpenPortfolio portfolio, ImportRequest request, IProgressMonitor monitor)
			throws ImportException, IOException {
		return new ImportRun(portfolio, request).run(monitor);
	}
}
