package com.socialyst.ui.internal.preferences;

import java.io.IOException;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.Brand;
import com.socialyst.model.SocialystFactory;
import com.socialyst.ui.internal.UiPreferences;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * Socialyst preferences: report language, report folder and threads (workbench settings), and the consultancy brand
 * of the open portfolio (stored in its {@code portfolio.xmi}, so reports made from the command line use it too).
 */
public class SocialystPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	private static final String BRAND_NAME = "brand.name";
	private static final String BRAND_PRIMARY = "brand.primary";
	private static final String BRAND_SECONDARY = "brand.secondary";
	private static final String BRAND_LOGO = "brand.logo";
	private static final String BRAND_FOOTER = "brand.footer";

	public SocialystPreferencePage() {
		super(GRID);
		setDescription("Defaults for report generation, and the consultancy brand of the open portfolio.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(UiPreferences.store());
		Brand brand = brand();
		if (brand != null) {
			getPreferenceStore().setValue(BRAND_NAME, value(brand.getName()));
			getPreferenceStore().setValue(BRAND_PRIMARY, value(brand.getPrimaryColor()));
			getPreferenceStore().setValue(BRAND_SECONDARY, value(brand.getSecondaryColor()));
			getPreferenceStore().setValue(BRAND_LOGO, value(brand.getLogoPath()));
			getPreferenceStore().setValue(BRAND_FOOTER, value(brand.getFooterText()));
		}
	}

	@Override
	protected void createFieldEditors() {
		addField(new ComboFieldEditor(UiPreferences.REPORT_LOCALE, "Report &language:", new String[][] {
				{ "The client's own", "" }, { "English", "en" }, { "Nederlands", "nl" }, { "Polski", "pl" },
				{ "Bahasa Indonesia", "id" }, { "Srpski (latinica)", "sr-Latn" }, { "Српски (ћирилица)", "sr-Cyrl" } },
				getFieldEditorParent()));
		addField(new DirectoryFieldEditor(UiPreferences.REPORT_FOLDER, "Report &folder (empty: 'reports' in the portfolio):",
				getFieldEditorParent()));
		IntegerFieldEditor threads = new IntegerFieldEditor(UiPreferences.REPORT_THREADS, "Reports made at &once:",
				getFieldEditorParent());
		threads.setValidRange(1, 16);
		addField(threads);
		if (brand() != null) {
			addField(new StringFieldEditor(BRAND_NAME, "Consultancy &name:", getFieldEditorParent()));
			addField(colour(BRAND_PRIMARY, "&Primary colour (#RRGGBB):"));
			addField(colour(BRAND_SECONDARY, "S&econdary colour (#RRGGBB):"));
			addField(new StringFieldEditor(BRAND_LOGO, "Logo &file (relative to the portfolio folder):",
					getFieldEditorParent()));
			addField(new StringFieldEditor(BRAND_FOOTER, "Report &footer:", getFieldEditorParent()));
		}
	}

	private StringFieldEditor colour(String key, String label) {
		StringFieldEditor editor = new StringFieldEditor(key, label, getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				return getStringValue().isBlank() || getStringValue().matches("#[0-9A-Fa-f]{6}");
			}
		};
		editor.setErrorMessage(label.replace("&", "").replace(":", "") + " must look like #1F4E79");
		return editor;
	}

	@Override
	public boolean performOk() {
		if (!super.performOk()) {
			return false;
		}
		OpenPortfolio portfolio = PortfolioSession.get().portfolio();
		if (portfolio != null) {
			Brand brand = portfolio.portfolio().getBrand();
			if (brand == null) {
				brand = SocialystFactory.eINSTANCE.createBrand();
				portfolio.portfolio().setBrand(brand);
			}
			brand.setName(nullIfBlank(getPreferenceStore().getString(BRAND_NAME)));
			brand.setPrimaryColor(nullIfBlank(getPreferenceStore().getString(BRAND_PRIMARY)));
			brand.setSecondaryColor(nullIfBlank(getPreferenceStore().getString(BRAND_SECONDARY)));
			brand.setLogoPath(nullIfBlank(getPreferenceStore().getString(BRAND_LOGO)));
			brand.setFooterText(nullIfBlank(getPreferenceStore().getString(BRAND_FOOTER)));
			try {
				PortfolioSession.get().savePortfolioFile();
			} catch (IOException e) {
				setErrorMessage("The brand could not be saved: " + e.getMessage());
				return false;
			}
		}
		return true;
	}

	private static Brand brand() {
		OpenPortfolio portfolio = PortfolioSession.get().portfolio();
		if (portfolio == null) {
			return null;
		}
		Brand brand = portfolio.portfolio().getBrand();
		return brand != null ? brand : SocialystFactory.eINSTANCE.createBrand();
	}

	private static String value(String text) {
		return text == null ? "" : text;
	}

	private static String nullIfBlank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
