package com.socialyst.report.birt;

import java.util.List;
import java.util.Map;

/**
 * What one report needs changed in a design before it runs: its texts in the report's language, its brand's styles
 * and chart colours. The engine applies a variant to a fresh copy of the design and caches the result under the
 * variant's key, so the design file itself is never changed and each brand and language is prepared once.
 *
 * @param key names this variant among those of the same design (for example a brand id and a language tag); equal
 *            keys must mean equal variants
 * @param texts text by resource key: every label and text item whose key is here shows this text. Keys not here are
 *            left to BIRT's own resource lookup (the design's {@code includeResource} files).
 * @param styles style properties by style name (BIRT property names, e.g. {@code color}, {@code backgroundColor},
 *            {@code fontFamily}); a style of that name is added to the design, starting from the theme's style of
 *            the same name so that properties not given here are kept
 * @param palette colours ({@code #RRGGBB}) for the series of every chart, in order; empty keeps the design's colours
 */
public record DesignVariant(String key, Map<String, String> texts, Map<String, Map<String, String>> styles,
		List<String> palette) {

	public DesignVariant {
		texts = Map.copyOf(texts);
		styles = Map.copyOf(styles);
		palette = List.copyOf(palette);
	}

	/** The design as it is. */
	public static DesignVariant none() {
		return new DesignVariant("", Map.of(), Map.of(), List.of());
	}
}
