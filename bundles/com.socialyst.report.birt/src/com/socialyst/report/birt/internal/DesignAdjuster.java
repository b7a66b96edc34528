package com.socialyst.report.birt.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.birt.chart.model.Chart;
import org.eclipse.birt.chart.model.attribute.ColorDefinition;
import org.eclipse.birt.chart.model.attribute.Fill;
import org.eclipse.birt.chart.model.attribute.impl.ColorDefinitionImpl;
import org.eclipse.birt.chart.model.component.Series;
import org.eclipse.birt.chart.model.data.SeriesDefinition;
import org.eclipse.birt.chart.util.ChartUtil;
import org.eclipse.birt.report.model.api.DesignElementHandle;
import org.eclipse.birt.report.model.api.ExtendedItemHandle;
import org.eclipse.birt.report.model.api.LabelHandle;
import org.eclipse.birt.report.model.api.PropertyHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.SlotHandle;
import org.eclipse.birt.report.model.api.StyleHandle;
import org.eclipse.birt.report.model.api.TextItemHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.birt.report.model.api.extension.ExtendedElementException;
import org.eclipse.birt.report.model.api.extension.IReportItem;

import com.socialyst.report.birt.DesignVariant;

/** Applies a {@link DesignVariant} to an opened design (a copy the engine owns, never the file). */
public final class DesignAdjuster {

	private final ReportDesignHandle design;
	private final DesignVariant variant;

	private DesignAdjuster(ReportDesignHandle design, DesignVariant variant) {
		this.design = design;
		this.variant = variant;
	}

	public static void apply(ReportDesignHandle design, DesignVariant variant) throws SemanticException {
		new DesignAdjuster(design, variant).apply();
	}

	private void apply() throws SemanticException {
		for (Map.Entry<String, Map<String, String>> style : variant.styles().entrySet()) {
			style(style.getKey(), style.getValue());
		}
		List<DesignElementHandle> elements = new ArrayList<>();
		collect(design, elements);
		boolean keysLeft = false;
		for (DesignElementHandle element : elements) {
			keysLeft |= !text(element);
			chart(element);
		}
		if (!variant.texts().isEmpty() && !keysLeft) {
			// Every key is resolved: without the resource files BIRT no longer reads them again for every chart
			// text of every report (its bundle cache lives in the per-task copy of the design).
			design.setIncludeResource(null);
		}
	}

	/** Every element of the design, including the master pages and what they inherit from a library. */
	private static void collect(DesignElementHandle element, List<DesignElementHandle> into) {
		into.add(element);
		for (int slot = 0; slot < element.getDefn().getSlotCount(); slot++) {
			SlotHandle handle = element.getSlot(slot);
			for (Object child : handle.getContents()) {
				collect((DesignElementHandle) child, into);
			}
		}
	}

	/** Replaces the element's text key by its text; false when the key is one the variant does not know. */
	private boolean text(DesignElementHandle element) throws SemanticException {
		if (element instanceof LabelHandle label && label.getTextKey() != null) {
			String text = variant.texts().get(label.getTextKey());
			if (text == null) {
				return false;
			}
			label.setTextKey(null);
			label.setText(text);
		} else if (element instanceof TextItemHandle item && item.getContentKey() != null) {
			String text = variant.texts().get(item.getContentKey());
			if (text == null) {
				return false;
			}
			item.setContentKey(null);
			item.setContent(text);
		}
		return true;
	}

	/**
	 * A design-level style hides the theme's style of the same name completely, so the new one starts as a copy of the
	 * theme's local properties.
	 */
	private void style(String name, Map<String, String> properties) throws SemanticException {
		StyleHandle own = ownStyle(name);
		if (own == null) {
			StyleHandle inherited = design.findStyle(name);
			own = design.getElementFactory().newStyle(name);
			if (inherited != null) {
				for (Iterator<?> it = inherited.getPropertyIterator(); it.hasNext();) {
					PropertyHandle property = (PropertyHandle) it.next();
					String propertyName = property.getDefn().getName();
					if (property.isLocal() && !"name".equals(propertyName) && !"extends".equals(propertyName)) {
						own.setProperty(propertyName, property.getValue());
					}
				}
			}
			design.getStyles().add(own);
		}
		for (Map.Entry<String, String> property : properties.entrySet()) {
			own.setProperty(property.getKey(), property.getValue());
		}
	}

	private StyleHandle ownStyle(String name) {
		for (Object style : design.getStyles().getContents()) {
			if (name.equals(((StyleHandle) style).getName())) {
				return (StyleHandle) style;
			}
		}
		return null;
	}

	/**
	 * A chart gets the brand palette and legends in the report's language: a series whose identifier is a text key
	 * (e.g. {@code trend.value}) shows that key's text.
	 */
	private void chart(DesignElementHandle element) throws SemanticException {
		if (!(element instanceof ExtendedItemHandle item) || !"Chart".equals(item.getExtensionName())) {
			return;
		}
		try {
			IReportItem reportItem = item.getReportItem();
			if (reportItem == null) {
				item.loadExtendedElement();
				reportItem = item.getReportItem();
			}
			Chart chart = reportItem == null ? null : (Chart) reportItem.getProperty("chart.instance");
			if (chart == null) {
				return;
			}
			Chart copy = chart.copyInstance();
			// Reports are printed or sent: no tooltips or click actions, and so no script library copied into the
			// SVG of every chart.
			if (copy.getInteractivity() != null) {
				copy.getInteractivity().setEnable(false);
			}
			List<SeriesDefinition> definitions = ChartUtil.getAllOrthogonalSeriesDefinitions(copy);
			for (int i = 0; i < definitions.size(); i++) {
				SeriesDefinition definition = definitions.get(i);
				if (!variant.palette().isEmpty()) {
					// every colour, this series' own first: a grouping that splits one definition into several
					// series at run time still gets distinct brand colours
					List<Fill> entries = definition.getSeriesPalette().getEntries();
					entries.clear();
					for (int k = 0; k < variant.palette().size(); k++) {
						entries.add(colour(variant.palette().get((i + k) % variant.palette().size())));
					}
				}
				Series series = definition.getDesignTimeSeries();
				Object identifier = series.getSeriesIdentifier();
				if (identifier instanceof String key && variant.texts().containsKey(key)) {
					series.setSeriesIdentifier(variant.texts().get(key));
				}
			}
			reportItem.setProperty("chart.instance", copy);
		} catch (ExtendedElementException e) {
			throw new IllegalStateException("chart " + item.getName() + ": " + e.getMessage(), e);
		}
	}

	private static ColorDefinition colour(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return ColorDefinitionImpl.create((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
	}
}
