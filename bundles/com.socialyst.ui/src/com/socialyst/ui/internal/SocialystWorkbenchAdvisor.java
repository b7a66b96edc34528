package com.socialyst.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens Socialyst windows on the Portfolio perspective and remembers the layout between runs. */
public class SocialystWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	/**
	 * Reopens the last portfolio, as consultants expect to continue where they stopped; {@code -Dsocialyst.reopen=false}
	 * turns this off (UI tests open their own portfolios).
	 */
	@Override
	public void postStartup() {
		super.postStartup();
		if (!Boolean.parseBoolean(System.getProperty("socialyst.reopen", "true"))) {
			return;
		}
		java.util.List<java.nio.file.Path> recent = UiPreferences.recentPortfolios();
		if (!recent.isEmpty() && com.socialyst.core.storage.PortfolioStore.isPortfolio(recent.get(0))) {
			com.socialyst.ui.internal.session.PortfolioSession.get().open(recent.get(0));
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PortfolioPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new SocialystWindowAdvisor(configurer);
	}
}
