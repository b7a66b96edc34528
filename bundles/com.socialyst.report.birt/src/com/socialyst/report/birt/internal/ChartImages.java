package com.socialyst.report.birt.internal;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.eclipse.birt.chart.api.ChartEngine;
import org.eclipse.birt.chart.device.IDeviceRenderer;
import org.eclipse.birt.chart.exception.ChartException;
import org.eclipse.birt.chart.factory.GeneratedChartState;
import org.eclipse.birt.chart.factory.RunTimeContext;
import org.eclipse.birt.chart.model.ChartWithAxes;
import org.eclipse.birt.chart.model.attribute.AxisType;
import org.eclipse.birt.chart.model.attribute.LineStyle;
import org.eclipse.birt.chart.model.attribute.MarkerType;
import org.eclipse.birt.chart.model.attribute.Position;
import org.eclipse.birt.chart.model.attribute.impl.BoundsImpl;
import org.eclipse.birt.chart.model.attribute.impl.ColorDefinitionImpl;
import org.eclipse.birt.chart.model.component.Axis;
import org.eclipse.birt.chart.model.component.Series;
import org.eclipse.birt.chart.model.component.impl.SeriesImpl;
import org.eclipse.birt.chart.model.data.SeriesDefinition;
import org.eclipse.birt.chart.model.data.impl.NumberDataSetImpl;
import org.eclipse.birt.chart.model.data.impl.SeriesDefinitionImpl;
import org.eclipse.birt.chart.model.data.impl.TextDataSetImpl;
import org.eclipse.birt.chart.model.impl.ChartWithAxesImpl;
import org.eclipse.birt.chart.model.type.LineSeries;
import org.eclipse.birt.chart.model.type.impl.LineSeriesImpl;

import com.ibm.icu.util.ULocale;
import com.socialyst.report.birt.TrendChart;

/** Draws a {@link TrendChart} to PNG with the BIRT chart engine (the engine the reports' charts use). */
public final class ChartImages {

	private static final int DPI = 96;

	private ChartImages() {
	}

	public static byte[] png(TrendChart spec, int width, int height, Locale locale) throws ChartException {
		ChartWithAxes chart = model(spec);
		IDeviceRenderer renderer = ChartEngine.instance().getRenderer("dv.PNG");
		renderer.setProperty(IDeviceRenderer.DPI_RESOLUTION, DPI);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.setProperty(IDeviceRenderer.FILE_IDENTIFIER, out);
		RunTimeContext context = new RunTimeContext();
		context.setULocale(ULocale.forLocale(locale));
		// bounds are in points (1/72 inch)
		GeneratedChartState state = ChartEngine.instance().getGenerator().build(renderer.getDisplayServer(), chart,
				BoundsImpl.create(0, 0, width * 72.0 / DPI, height * 72.0 / DPI), null, context, null);
		ChartEngine.instance().getGenerator().render(renderer, state);
		return out.toByteArray();
	}

	private static ChartWithAxes model(TrendChart spec) {
		ChartWithAxes chart = ChartWithAxesImpl.create();
		chart.setType("Line Chart");
		chart.setSubType("Overlay");
		chart.getBlock().setBackground(ColorDefinitionImpl.WHITE());
		chart.getTitle().setVisible(spec.title() != null);
		if (spec.title() != null) {
			chart.getTitle().getLabel().getCaption().setValue(spec.title());
			chart.getTitle().getLabel().getCaption().getFont().setSize(10);
		}
		chart.getLegend().setPosition(Position.BELOW_LITERAL);
		chart.getLegend().setVisible(true);
		chart.getLegend().getText().getFont().setSize(8);

		Axis time = chart.getPrimaryBaseAxes()[0];
		time.setType(AxisType.TEXT_LITERAL);
		time.getLabel().getCaption().getFont().setSize(8);
		SeriesDefinition categories = SeriesDefinitionImpl.create();
		Series labels = SeriesImpl.create();
		labels.setDataSet(TextDataSetImpl.create(spec.categories().toArray(String[]::new)));
		categories.getSeries().add(labels);
		time.getSeriesDefinitions().add(categories);

		Axis value = chart.getPrimaryOrthogonalAxis(time);
		value.setType(AxisType.LINEAR_LITERAL);
		value.getLabel().getCaption().getFont().setSize(8);
		value.getMajorGrid().getLineAttributes().setVisible(true);
		for (int i = 0; i < spec.series().size(); i++) {
			TrendChart.Line line = spec.series().get(i);
			SeriesDefinition definition = SeriesDefinitionImpl.create();
			if (!spec.palette().isEmpty()) {
				definition.getSeriesPalette().getEntries().clear();
				int rgb = Integer.parseInt(spec.palette().get(i % spec.palette().size()).substring(1), 16);
				definition.getSeriesPalette().getEntries()
						.add(ColorDefinitionImpl.create((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
			} else {
				definition.getSeriesPalette().shift(-i);
			}
			LineSeries series = (LineSeries) LineSeriesImpl.create();
			series.setSeriesIdentifier(line.name());
			Double[] values = new Double[line.values().length];
			for (int k = 0; k < values.length; k++) {
				values[k] = Double.isNaN(line.values()[k]) ? null : line.values()[k];
			}
			series.setDataSet(NumberDataSetImpl.create(values));
			series.getLineAttributes().setThickness(2);
			if (line.dashed()) {
				series.getLineAttributes().setStyle(LineStyle.DASHED_LITERAL);
				series.getMarkers().forEach(marker -> marker.setVisible(false));
			} else {
				series.getMarkers().forEach(marker -> {
					marker.setType(MarkerType.CIRCLE_LITERAL);
					marker.setSize(3);
				});
			}
			series.getLabel().setVisible(false);
			series.setPaletteLineColor(true);
			definition.getSeries().add(series);
			value.getSeriesDefinitions().add(definition);
		}
		return chart;
	}
}
