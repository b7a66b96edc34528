package com.socialyst.ui.internal.handlers;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Closing the client editors before another portfolio replaces the open one. */
final class Editors {

	private Editors() {
	}

	/** Closes every editor, asking about unsaved changes; false when the user cancelled. */
	static boolean closeAll() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				if (!page.closeAllEditors(true)) {
					return false;
				}
			}
		}
		return true;
	}
}
