package com.socialyst.ui.internal.editors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.forms.editor.FormPage;

import com.socialyst.model.Client;

/** A page of the client editor: edits go through the client's command stack; refreshes when the model changes. */
public abstract class ClientPage extends FormPage {

	ClientPage(ClientEditor editor, String id, String title) {
		super(editor, id, title);
	}

	ClientEditor clientEditor() {
		return (ClientEditor) getEditor();
	}

	Client client() {
		return clientEditor().client();
	}

	/** Sets {@code feature} of {@code owner} through the command stack, when the value differs. */
	void set(EObject owner, EStructuralFeature feature, Object value) {
		if (java.util.Objects.equals(owner.eGet(feature), value)) {
			return;
		}
		Command command = SetCommand.create(clientEditor().domain(), owner, feature, value);
		if (command.canExecute()) {
			clientEditor().domain().getCommandStack().execute(command);
		}
	}

	/** Shows the model's current values (after undo, redo or a change elsewhere). */
	abstract void refresh();
}
