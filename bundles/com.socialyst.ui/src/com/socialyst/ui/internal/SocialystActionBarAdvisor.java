package com.socialyst.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Creates the File, Window and Help menus with their standard groups. Socialyst's own commands are
 * contributed to these menus in plugin.xml ({@code menu:file}, {@code menu:help}), so that
 * later features add menu items without touching this class.
 */
public class SocialystActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction quit;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IContributionItem showView;

	public SocialystActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		showView = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator(IWorkbenchActionConstants.SAVE_GROUP));
		file.add(save);
		file.add(saveAll);
		file.add(new Separator());
		file.add(preferences);
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		// Edit: Undo / Redo act on the active client editor's command stack.
		MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(undo);
		edit.add(redo);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

		MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

		// Window: reopen a closed view (Portfolio, Metrics …) or go back to the perspective's layout.
		MenuManager window = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager(Messages.menuShowView, "showView");
		views.add(showView);
		window.add(views);
		window.add(resetPerspective);
		window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}
}
