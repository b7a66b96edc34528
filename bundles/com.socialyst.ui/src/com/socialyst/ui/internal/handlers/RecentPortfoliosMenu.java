package com.socialyst.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

import com.socialyst.ui.internal.UiPreferences;

/** File › Open Recent: the last portfolios, numbered for the keyboard (Alt+F, R, 1). */
public class RecentPortfoliosMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<Path> folders = UiPreferences.recentPortfolios();
		IContributionItem[] items = new IContributionItem[folders.size()];
		for (int i = 0; i < folders.size(); i++) {
			Path folder = folders.get(i);
			Action action = new Action("&" + (i + 1) + " " + folder) {
				@Override
				public void run() {
					OpenPortfolioHandler.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), folder);
				}
			};
			items[i] = new ActionContributionItem(action);
		}
		return items;
	}
}
