package com.socialyst.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import com.socialyst.ui.internal.views.MetricsView;
import com.socialyst.ui.internal.views.PortfolioView;

/** The Portfolio perspective: the client list on the left, editors on the right, installed metrics below. */
public class PortfolioPerspective implements IPerspectiveFactory {

	public static final String ID = "com.socialyst.ui.perspectives.portfolio";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(PortfolioView.ID, IPageLayout.LEFT, 0.38f, layout.getEditorArea());
		layout.getViewLayout(PortfolioView.ID).setCloseable(false);
		layout.addView(MetricsView.ID, IPageLayout.BOTTOM, 0.7f, layout.getEditorArea());
		layout.addShowViewShortcut(PortfolioView.ID);
		layout.addShowViewShortcut(MetricsView.ID);
	}
}
