package com.socialyst.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.socialyst.ui.WidgetIds;

/** Shows the product name, version and runtime environment. */
public class AboutDialog extends Dialog {

	public static final String VERSION_ID = "about.version";

	public AboutDialog(Shell parent) {
		super(parent);
	}

	/** The Socialyst version: the version of this bundle, which the build stamps with the product. */
	public static String productVersion() {
		return FrameworkUtil.getBundle(AboutDialog.class).getVersion().toString();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.aboutTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(16, 6).applyTo(area);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);

		Label logo = new Label(area, SWT.NONE);
		logo.setImage(resources.create(ImageDescriptor.createFromURL(
				FrameworkUtil.getBundle(AboutDialog.class).getEntry("icons/socialyst64.png"))));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 4).applyTo(logo);

		Label headline = new Label(area, SWT.NONE);
		headline.setText(Messages.aboutHeadline);
		headline.setFont(JFaceResources.getHeaderFont());

		Label version = WidgetIds.tag(new Label(area, SWT.NONE), VERSION_ID);
		version.setText(NLS.bind(Messages.aboutVersion, productVersion()));

		Label description = new Label(area, SWT.WRAP);
		description.setText(Messages.aboutDescription);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(description);

		Label environment = new Label(area, SWT.WRAP);
		environment.setText(NLS.bind(Messages.aboutEnvironment, new Object[] { System.getProperty("java.version"),
				System.getProperty("java.vendor"), platformVersion(), Platform.getOS() + "/" + Platform.getOSArch() }));
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(environment);
		return area;
	}

	private static String platformVersion() {
		Bundle platform = Platform.getBundle("org.eclipse.ui.workbench");
		return platform == null ? "?" : platform.getVersion().toString();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
