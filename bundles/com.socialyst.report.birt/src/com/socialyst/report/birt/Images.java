package com.socialyst.report.birt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** Image conversions reports need. */
public final class Images {

	private Images() {
	}

	/**
	 * An SVG image drawn as a PNG {@code widthPixels} wide (the height keeps the aspect ratio). Logos may be SVG, but
	 * not every report format can show SVG (Word, PowerPoint and Excel output cannot), so they are drawn once here.
	 *
	 * @param name names the image in an error message
	 * @throws ReportEngineException when the SVG cannot be read or drawn
	 */
	public static byte[] svgToPng(String name, byte[] svg, int widthPixels) throws ReportEngineException {
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(Images.class.getClassLoader());
		try {
			PNGTranscoder transcoder = new PNGTranscoder();
			transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) widthPixels);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			TranscoderInput input = new TranscoderInput(new ByteArrayInputStream(svg));
			input.setURI("file:/" + name);
			transcoder.transcode(input, new TranscoderOutput(png));
			return png.toByteArray();
		} catch (TranscoderException | RuntimeException e) {
			throw new ReportEngineException(name + ": not a drawable SVG image: " + e.getMessage(), e);
		} finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
	}
}
