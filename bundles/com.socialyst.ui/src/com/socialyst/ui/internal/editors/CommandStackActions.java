package com.socialyst.ui.internal.editors;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo and Redo of one command stack, installed as the handlers of the workbench's Edit › Undo / Redo (Ctrl+Z,
 * Ctrl+Y / Ctrl+Shift+Z) while the editor is active; their labels name the command they undo or redo.
 */
final class CommandStackActions implements CommandStackListener {

	private final CommandStack stack;
	private final Action undo = new Action() {
		@Override
		public void run() {
			stack.undo();
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			stack.redo();
		}
	};

	CommandStackActions(CommandStack stack, IActionBars bars) {
		this.stack = stack;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
		redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
		stack.addCommandStackListener(this);
		update();
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		update();
	}

	private void update() {
		undo.setEnabled(stack.canUndo());
		redo.setEnabled(stack.canRedo());
		String undoLabel = stack.getUndoCommand() == null ? null : stack.getUndoCommand().getLabel();
		String redoLabel = stack.getRedoCommand() == null ? null : stack.getRedoCommand().getLabel();
		undo.setText(undoLabel == null ? "&Undo" : "&Undo " + undoLabel);
		redo.setText(redoLabel == null ? "&Redo" : "&Redo " + redoLabel);
	}

	void dispose() {
		stack.removeCommandStackListener(this);
	}
}
