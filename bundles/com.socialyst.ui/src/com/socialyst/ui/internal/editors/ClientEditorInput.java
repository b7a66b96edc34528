package com.socialyst.ui.internal.editors;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** Names a client of the open portfolio by id; two inputs for the same client are equal, so it opens once. */
public final class ClientEditorInput implements IEditorInput {

	private final String clientId;
	private final String name;

	public ClientEditorInput(String clientId, String name) {
		this.clientId = clientId;
		this.name = name;
	}

	public String clientId() {
		return clientId;
	}

	@Override
	public boolean exists() {
		return false; // not in the recent-files list: clients belong to a portfolio
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return name + " (" + clientId + ")";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ClientEditorInput input && input.clientId.equals(clientId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(clientId);
	}
}
