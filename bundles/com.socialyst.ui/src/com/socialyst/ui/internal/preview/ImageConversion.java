package com.socialyst.ui.internal.preview;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Converts AWT images (what PDFBox renders) to SWT {@link ImageData}. Needs no display, so pages are converted in
 * the rendering job and the UI thread only makes the {@code Image}.
 */
public final class ImageConversion {

	/** 24-bit direct colour, red in the high byte: the layout of an {@code int} ARGB pixel without its alpha. */
	private static final PaletteData RGB = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

	private ImageConversion() {
	}

	/**
	 * The pixels of {@code image} as SWT image data; an image with alpha ({@code TYPE_INT_ARGB} and the like) keeps
	 * it. {@code TYPE_INT_RGB} and {@code TYPE_INT_ARGB} are read straight from their pixel array, any other type
	 * through {@link BufferedImage#getRGB}.
	 */
	public static ImageData toImageData(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		ImageData data = new ImageData(width, height, 24, RGB);
		boolean alpha = image.getColorModel().hasAlpha();
		byte[] alphas = alpha ? new byte[width] : null;
		int[] row = new int[width];
		IntPixels direct = IntPixels.of(image);
		for (int y = 0; y < height; y++) {
			if (direct != null) {
				System.arraycopy(direct.pixels, direct.offset + y * direct.stride, row, 0, width);
			} else {
				image.getRGB(0, y, width, 1, row, 0, width);
			}
			data.setPixels(0, y, width, row, 0);
			if (alpha) {
				for (int x = 0; x < width; x++) {
					alphas[x] = (byte) (row[x] >>> 24);
				}
				data.setAlphas(0, y, width, alphas, 0);
			}
		}
		return data;
	}

	/** The backing array of an {@code int}-packed RGB or ARGB image, with its row stride; null for other images. */
	private record IntPixels(int[] pixels, int offset, int stride) {

		static IntPixels of(BufferedImage image) {
			int type = image.getType();
			if (type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB) {
				return null;
			}
			if (!(image.getRaster().getDataBuffer() instanceof DataBufferInt buffer)
					|| !(image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model)
					|| buffer.getNumBanks() != 1 || image.getRaster().getParent() != null) {
				return null;
			}
			return new IntPixels(buffer.getData(), buffer.getOffset(), model.getScanlineStride());
		}
	}
}
