package com.socialyst.report.birt.internal;

import java.util.Base64;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.script.IReportContext;

/** Puts every image of an HTML report into the page itself as a data URI, so the page is one file to send. */
public class DataUriImages extends HTMLImageHandler {

	@Override
	public String onCustomImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onDesignImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onDocImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onFileImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onURLImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	private static String dataUri(IImage image) {
		String type = image.getMimeType() != null ? image.getMimeType() : "image/png";
		return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(image.getImageData());
	}
}
