package com.socialyst.ui.internal.views;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.Messages;

/**
 * Lists the clients of the open portfolio. Without a portfolio it shows an empty state that
 * tells the consultant how to get one.
 */
public class PortfolioView extends ViewPart {

	public static final String ID = "com.socialyst.ui.views.portfolio";

	/** Widget ids (see {@link WidgetIds}). */
	public static final String EMPTY_TITLE_ID = "portfolio.empty.title";
	public static final String EMPTY_HINT_ID = "portfolio.empty.hint";

	private Composite emptyState;

	@Override
	public void createPartControl(Composite parent) {
		emptyState = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(16, 16).spacing(0, 12).applyTo(emptyState);

		Label title = WidgetIds.tag(new Label(emptyState, SWT.WRAP), EMPTY_TITLE_ID);
		title.setText(Messages.portfolioEmptyTitle);
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);

		Label hint = WidgetIds.tag(new Label(emptyState, SWT.WRAP), EMPTY_HINT_ID);
		hint.setText(Messages.portfolioEmptyHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(hint);
	}

	@Override
	public void setFocus() {
		emptyState.setFocus();
	}
}
