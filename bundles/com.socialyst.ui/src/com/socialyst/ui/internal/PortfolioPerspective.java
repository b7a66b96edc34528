package com.socialyst.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import com.socialyst.ui.internal.views.DashboardView;
import com.socialyst.ui.internal.views.HeatMapView;
import com.socialyst.ui.internal.views.MetricsView;
import com.socialyst.ui.internal.views.PortfolioView;
import com.socialyst.ui.internal.views.ProblemsView;

/** The Portfolio perspective: the client list on the left, editors on the right, validation problems below it, the
 * dashboard, the portfolio heat map and the installed metrics below the editors. */
public class PortfolioPerspective implements IPerspectiveFactory {

	public static final String ID = "com.socialyst.ui.perspectives.portfolio";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(PortfolioView.ID, IPageLayout.LEFT, 0.42f, layout.getEditorArea());
		layout.getViewLayout(PortfolioView.ID).setCloseable(false);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, layout.getEditorArea());
		bottom.addView(DashboardView.ID);
		bottom.addView(HeatMapView.ID);
		bottom.addView(MetricsView.ID);
		layout.addView(ProblemsView.ID, IPageLayout.BOTTOM, 0.72f, PortfolioView.ID);
		layout.addShowViewShortcut(DashboardView.ID);
		layout.addShowViewShortcut(HeatMapView.ID);
		layout.addShowViewShortcut(PortfolioView.ID);
		layout.addShowViewShortcut(ProblemsView.ID);
		layout.addShowViewShortcut(MetricsView.ID);
	}
}
