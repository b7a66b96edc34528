package com.socialyst.ui.internal.preview;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A report file to preview. Two inputs for the same file are equal, so a report opens in one editor only. */
public final class ReportPreviewInput implements IEditorInput {

	private final Path file;

	public ReportPreviewInput(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	/** The report file, absolute. */
	public Path file() {
		return file;
	}

	/** Whether the file is a PDF, the one format the preview renders. */
	public boolean isPdf() {
		return extension().equals("pdf");
	}

	/** The file name's extension in lower case ({@code pdf}, {@code docx} …), empty when it has none. */
	public String extension() {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public boolean exists() {
		return false; // not kept in the recently opened list: reports are regenerated, not edited
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == Path.class ? adapter.cast(file) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReportPreviewInput input && input.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}
