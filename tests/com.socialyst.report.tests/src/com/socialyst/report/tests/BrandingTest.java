package com.socialyst.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.socialyst.model.Brand;
import com.socialyst.model.BrandMode;
import com.socialyst.model.Client;
import com.socialyst.model.Portfolio;
import com.socialyst.model.SocialystFactory;
import com.socialyst.report.ReportException;
import com.socialyst.report.internal.Branding;

/** Whose brand a report carries in each brand mode, and brands that cannot make a report. */
class BrandingTest {

	private static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;

	@Test
	void consultancyCoBrandAndWhiteLabel() throws ReportException {
		Portfolio portfolio = portfolio();
		Client client = client(BrandMode.CONSULTANCY, null);
		Branding consultancy = Branding.of(portfolio, client);
		assertEquals("Brightline", consultancy.consultancyName());
		assertEquals("#112233", consultancy.primaryColor());
		assertEquals("logos/us.svg", consultancy.logoPath());

		Brand own = brand("Acme", "#AA0000", null, "logos/acme.png");
		Branding coBrand = Branding.of(portfolio, client(BrandMode.CO_BRAND, own));
		assertEquals("Acme", coBrand.leadName());
		assertEquals("#AA0000", coBrand.primaryColor());
		assertEquals("#445566", coBrand.secondaryColor(), "a colour the client's brand lacks is the consultancy's");
		assertEquals("logos/acme.png", coBrand.logoPath());
		assertEquals("logos/us.svg", coBrand.secondLogoPath());
		assertEquals("Brightline footer", coBrand.footer());

		Branding whiteLabel = Branding.of(portfolio, client(BrandMode.WHITE_LABEL, brand("Acme", "#AA0000", null, null)));
		assertNull(whiteLabel.consultancyName());
		assertNull(whiteLabel.secondLogoPath());
		assertNull(whiteLabel.logoPath());
		assertNull(whiteLabel.footer(), "no consultancy footer in white-label");
		assertTrue(!whiteLabel.secondaryColor().equals("#445566"), "no consultancy colour in white-label");
	}

	@Test
	void aWhiteLabelClientWithoutABrandOrABadColourIsAnErrorNamingTheClient() {
		ReportException missing = assertThrows(ReportException.class,
				() -> Branding.of(portfolio(), client(BrandMode.WHITE_LABEL, null)));
		assertTrue(missing.getMessage().contains("client acme") && missing.getMessage().contains("white-label"),
				missing.getMessage());
		ReportException colour = assertThrows(ReportException.class,
				() -> Branding.of(portfolio(), client(BrandMode.CO_BRAND, brand("Acme", "red", null, null))));
		assertTrue(colour.getMessage().contains("client acme") && colour.getMessage().contains("'red'"),
				colour.getMessage());
	}

	private static Portfolio portfolio() {
		Portfolio portfolio = FACTORY.createPortfolio();
		portfolio.setName("Brightline (demo)");
		Brand brand = brand("Brightline", "#112233", "#445566", "logos/us.svg");
		brand.setFooterText("Brightline footer");
		portfolio.setBrand(brand);
		return portfolio;
	}

	private static Client client(BrandMode mode, Brand brand) {
		Client client = FACTORY.createClient();
		client.setId("acme");
		client.setName("Acme Ltd");
		client.setBrandMode(mode);
		client.setBrand(brand);
		return client;
	}

	private static Brand brand(String name, String primary, String secondary, String logo) {
		Brand brand = FACTORY.createBrand();
		brand.setName(name);
		brand.setPrimaryColor(primary);
		brand.setSecondaryColor(secondary);
		brand.setLogoPath(logo);
		return brand;
	}
}
