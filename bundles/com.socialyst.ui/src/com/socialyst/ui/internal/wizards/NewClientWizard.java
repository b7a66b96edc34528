package com.socialyst.ui.internal.wizards;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.BrandMode;
import com.socialyst.model.Client;
import com.socialyst.model.ClientSize;
import com.socialyst.model.Industry;
import com.socialyst.model.ReportLocale;
import com.socialyst.model.SocialystFactory;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.editors.ClientEditor;
import com.socialyst.ui.internal.session.PortfolioSession;
import com.socialyst.ui.internal.views.Labels;

/**
 * File › New › Client: name, id (derived from the name, unique, used in file and report names), industry, size,
 * country, report language and branding. Finish saves the new client file and the portfolio at once and opens the
 * client's editor.
 */
public class NewClientWizard extends Wizard {

	public static final String NAME_ID = "newClient.name";
	public static final String CLIENT_ID_ID = "newClient.id";
	public static final String INDUSTRY_ID = "newClient.industry";
	public static final String COUNTRY_ID = "newClient.country";
	public static final String LOCALE_ID = "newClient.locale";

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	private final ClientPage page = new ClientPage();
	private Client created;

	public NewClientWizard() {
		setWindowTitle("New Client");
		setNeedsProgressMonitor(false);
	}

	/** Opens the wizard without blocking (tests drive it); the dialog is modal. */
	public static WizardDialog open(Shell shell) {
		WizardDialog dialog = new WizardDialog(shell, new NewClientWizard());
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		OpenPortfolio portfolio = PortfolioSession.get().portfolio();
		Client client = SocialystFactory.eINSTANCE.createClient();
		client.setId(page.id.getText().strip());
		client.setName(page.name.getText().strip());
		client.setIndustry(Industry.values()[page.industry.getSelectionIndex()]);
		client.setSize(ClientSize.values()[page.size.getSelectionIndex()]);
		client.setCountry(page.country.getText().strip().toUpperCase(Locale.ROOT));
		client.setReportLocale(ReportLocale.values()[page.locale.getSelectionIndex()]);
		client.setBrandMode(BrandMode.values()[page.brandMode.getSelectionIndex()]);
		try {
			portfolio.addClient(client);
			PortfolioSession.get().save(client);
			PortfolioSession.get().savePortfolioFile();
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getShell(), getWindowTitle(), "The client could not be saved: " + e.getMessage());
			return false;
		}
		created = client;
		PortfolioSession.get().clientsChanged(List.of(client));
		try {
			ClientEditor.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), client);
		} catch (PartInitException e) {
			// the client is saved; the editor opens from the Portfolio view
		}
		return true;
	}

	/** The client made on Finish, null before. */
	public Client created() {
		return created;
	}

	private static final class ClientPage extends WizardPage {
		Text name;
		Text id;
		Combo industry;
		Combo size;
		Text country;
		Combo locale;
		Combo brandMode;
		private boolean idEdited;

		ClientPage() {
			super("client");
			setTitle("New Client");
			setDescription("The organisation you advise. Its id names its file and its reports.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
			name = text(body, "&Name:", NAME_ID);
			id = text(body, "&Id:", CLIENT_ID_ID);
			industry = combo(body, "I&ndustry:", INDUSTRY_ID, labels(Industry.values()), 0);
			size = combo(body, "&Size:", "newClient.size", labels(ClientSize.values()), 0);
			country = text(body, "&Country (ISO code):", COUNTRY_ID);
			locale = combo(body, "Report &language:", LOCALE_ID,
					Arrays.stream(ReportLocale.values()).map(ReportLocale::getLiteral).toArray(String[]::new), 0);
			brandMode = combo(body, "&Branding:", "newClient.brandMode", labels(BrandMode.values()), 0);
			name.addModifyListener(e -> {
				if (!idEdited) {
					id.setText(slug(name.getText()));
				}
				validate();
			});
			id.addModifyListener(e -> {
				idEdited = id.isFocusControl() || idEdited;
				validate();
			});
			country.addModifyListener(e -> validate());
			setControl(body);
			setPageComplete(false);
		}

		private static Text text(Composite parent, String label, String widgetId) {
			new Label(parent, SWT.NONE).setText(label);
			Text text = WidgetIds.tag(new Text(parent, SWT.BORDER), widgetId);
			GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
			return text;
		}

		private static Combo combo(Composite parent, String label, String widgetId, String[] items, int selected) {
			new Label(parent, SWT.NONE).setText(label);
			Combo combo = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), widgetId);
			combo.setItems(items);
			combo.select(selected);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
			return combo;
		}

		private void validate() {
			String problem = null;
			String idText = id.getText().strip();
			if (name.getText().isBlank()) {
				problem = "Enter the client's name.";
			} else if (!ID.matcher(idText).matches()) {
				problem = "The id may hold lower-case letters, digits and hyphens only, and starts with a letter or digit.";
			} else if (PortfolioSession.get().portfolio().client(idText).isPresent()) {
				problem = "The portfolio has a client '" + idText + "' already.";
			} else if (!country.getText().isBlank() && !country.getText().strip().matches("[A-Za-z]{2}")) {
				problem = "The country is a two-letter ISO code, e.g. NL, PL, ID, RS.";
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		/** "Bakkerij De Vries B.V." → "bakkerij-de-vries-b-v". */
		static String slug(String text) {
			String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
					.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
			String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
			return slug.length() > 63 ? slug.substring(0, 63) : slug;
		}

		private static String[] labels(Enum<?>[] values) {
			return Arrays.stream(values).map(value -> Labels.humanize(value.name())).toArray(String[]::new);
		}
	}
}
