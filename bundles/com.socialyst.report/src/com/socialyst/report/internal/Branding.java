package com.socialyst.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.socialyst.model.Brand;
import com.socialyst.model.BrandMode;
import com.socialyst.model.Client;
import com.socialyst.model.Portfolio;
import com.socialyst.report.ReportException;

/**
 * Whose brand a report carries and how it looks, from the portfolio's (the consultancy's) brand, the client's brand
 * and the client's brand mode:
 * <ul>
 * <li><b>consultancy</b>: the consultancy's logo, colours, font, footer and disclaimer;</li>
 * <li><b>co-brand</b>: the client's logo and colours lead, the consultancy's logo stands beside it and its name,
 * footer and disclaimer stay;</li>
 * <li><b>white-label</b>: only the client's brand; the consultancy's name, logo, footer and disclaimer appear
 * nowhere.</li>
 * </ul>
 * A brand value left empty falls back to the consultancy's (except in white-label) and then to the defaults below.
 *
 * @param mode the brand mode applied
 * @param leadName the name on the cover: the consultancy's, or the client's brand name in co-brand and white-label
 * @param consultancyName the consultancy's name; null in white-label
 * @param primaryColor #RRGGBB of headings and bands
 * @param secondaryColor #RRGGBB of accents
 * @param fontFamily the brand font (falls back to DejaVu Sans for letters it does not have or when not installed)
 * @param footer the page footer text; null for none
 * @param disclaimer the disclaimer printed at the end; null for none
 * @param logoPath the leading logo, relative to the portfolio folder; null for none
 * @param secondLogoPath the consultancy's logo beside the client's in co-brand; null otherwise
 */
public record Branding(BrandMode mode, String leadName, String consultancyName, String primaryColor,
		String secondaryColor, String fontFamily, String footer, String disclaimer, String logoPath,
		String secondLogoPath) {

	static final String DEFAULT_PRIMARY = "#1F4E79";
	static final String DEFAULT_SECONDARY = "#F28C28";
	static final String DEFAULT_FONT = "DejaVu Sans";
	private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

	/**
	 * The branding of a report for {@code client}, or of the portfolio overview when {@code client} is null.
	 *
	 * @throws ReportException when a white-label client has no brand of its own, or a colour is not #RRGGBB
	 */
	public static Branding of(Portfolio portfolio, Client client) throws ReportException {
		Brand consultancy = portfolio.getBrand();
		String consultancyName = first(consultancy == null ? null : consultancy.getName(), portfolio.getName());
		BrandMode mode = client == null ? BrandMode.CONSULTANCY : client.getBrandMode();
		Brand own = client == null ? null : client.getBrand();
		String where = client == null ? "the portfolio's brand" : "the brand of client " + client.getId();
		switch (mode) {
			case WHITE_LABEL -> {
				if (own == null || blank(own.getName())) {
					throw new ReportException(where + ": a white-label report needs the client's own brand with at "
							+ "least a name (the consultancy's brand is not used at all)", null);
				}
				return checked(where, new Branding(mode, own.getName(), null,
						first(own.getPrimaryColor(), DEFAULT_PRIMARY), first(own.getSecondaryColor(), DEFAULT_SECONDARY),
						first(own.getFontFamily(), DEFAULT_FONT), empty(own.getFooterText()),
						empty(own.getDisclaimerText()), empty(own.getLogoPath()), null));
			}
			case CO_BRAND -> {
				if (own == null) {
					throw new ReportException(where + ": a co-branded report needs the client's brand", null);
				}
				return checked(where, new Branding(mode, first(own.getName(), client.getName()), consultancyName,
						first(own.getPrimaryColor(), consultancy(consultancy, Brand::getPrimaryColor), DEFAULT_PRIMARY),
						first(own.getSecondaryColor(), consultancy(consultancy, Brand::getSecondaryColor), DEFAULT_SECONDARY),
						first(own.getFontFamily(), consultancy(consultancy, Brand::getFontFamily), DEFAULT_FONT),
						first(consultancy(consultancy, Brand::getFooterText), own.getFooterText()),
						first(consultancy(consultancy, Brand::getDisclaimerText), own.getDisclaimerText()),
						empty(own.getLogoPath()), empty(consultancy(consultancy, Brand::getLogoPath))));
			}
			default -> {
				return checked(where, new Branding(BrandMode.CONSULTANCY, consultancyName, consultancyName,
						first(consultancy(consultancy, Brand::getPrimaryColor), DEFAULT_PRIMARY),
						first(consultancy(consultancy, Brand::getSecondaryColor), DEFAULT_SECONDARY),
						first(consultancy(consultancy, Brand::getFontFamily), DEFAULT_FONT),
						empty(consultancy(consultancy, Brand::getFooterText)),
						empty(consultancy(consultancy, Brand::getDisclaimerText)),
						empty(consultancy(consultancy, Brand::getLogoPath)), null));
			}
		}
	}

	/**
	 * The brand styles a template's theme defines, set to this brand. Templates use these style names; the theme in
	 * {@code socialyst.rptlibrary} gives their other properties.
	 */
	public Map<String, Map<String, String>> styles() {
		String font = "\"" + fontFamily + "\", \"" + DEFAULT_FONT + "\"";
		Map<String, Map<String, String>> styles = new LinkedHashMap<>();
		styles.put("report", Map.of("fontFamily", font));
		styles.put("brand-title", Map.of("color", primaryColor, "fontFamily", font));
		styles.put("brand-heading", Map.of("color", primaryColor, "fontFamily", font,
				"borderBottomColor", secondaryColor));
		styles.put("brand-band", Map.of("backgroundColor", primaryColor, "color", "#FFFFFF", "fontFamily", font));
		styles.put("brand-accent", Map.of("color", secondaryColor, "fontFamily", font));
		styles.put("table-header", Map.of("backgroundColor", primaryColor, "color", "#FFFFFF", "fontFamily", font));
		return styles;
	}

	/** Series colours of charts: the brand's two colours, then muted tones of them. */
	public List<String> palette() {
		List<String> palette = new ArrayList<>();
		palette.add(primaryColor);
		palette.add(secondaryColor);
		palette.add(mix(primaryColor, 0.5));
		palette.add(mix(secondaryColor, 0.5));
		palette.add("#7F7F7F");
		return palette;
	}

	/** Names the look (not the texts): reports with the same key share a prepared design. */
	public String styleKey() {
		return String.join("|", primaryColor, secondaryColor, fontFamily);
	}

	/** {@code colour} mixed with white by {@code amount} (0 = unchanged, 1 = white). */
	private static String mix(String colour, double amount) {
		int rgb = Integer.parseInt(colour.substring(1), 16);
		int r = (int) Math.round(((rgb >> 16) & 0xFF) + (255 - ((rgb >> 16) & 0xFF)) * amount);
		int g = (int) Math.round(((rgb >> 8) & 0xFF) + (255 - ((rgb >> 8) & 0xFF)) * amount);
		int b = (int) Math.round((rgb & 0xFF) + (255 - (rgb & 0xFF)) * amount);
		return String.format("#%02X%02X%02X", r, g, b);
	}

	private static Branding checked(String where, Branding branding) throws ReportException {
		for (String colour : List.of(branding.primaryColor, branding.secondaryColor)) {
			if (!COLOUR.matcher(colour).matches()) {
				throw new ReportException(where + ": colour '" + colour + "' is not #RRGGBB", null);
			}
		}
		return branding;
	}

	private static String consultancy(Brand brand, java.util.function.Function<Brand, String> value) {
		return brand == null ? null : value.apply(brand);
	}

	private static String first(String... values) {
		for (String value : values) {
			if (!blank(value)) {
				return value;
			}
		}
		return null;
	}

	private static String empty(String value) {
		return blank(value) ? null : value;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
