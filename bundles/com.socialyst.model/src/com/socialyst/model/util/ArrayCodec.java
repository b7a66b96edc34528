package com.socialyst.model.util;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The text form of the model's array data types ({@code DoubleArray}, {@code IntArray}, {@code ByteArray}): what
 * goes into XMI (and EMF binary) files for measurement series and mention logs, so it is compact and fast.
 * <p>
 * Text = Base64 (standard alphabet, no padding) of: one <b>format byte</b>, the number of elements as an unsigned
 * LEB128 varint, then the payload. The empty array is the empty string. Formats:
 * </p>
 * <ul>
 * <li>{@code 0..9} — doubles that are all decimals with at most that many fraction digits (0 = integers), e.g.
 * follower counts (0) or spend in cents (2): each value is {@code m / 10^scale} for an integer {@code m} with
 * {@code |m| <= 2^53}. The payload is a sequence of varint tokens: token {@code t >= 1} is the next value, with
 * {@code zigzag(m - previous m) = t - 1} (the previous m starts at 0 and is kept across gaps); token {@code 0} is
 * a run of NaN (no value) and is followed by a varint {@code run length - 1}. Slowly changing integral series
 * take about one byte per value, gaps one or two bytes per run.</li>
 * <li>{@code 0x40} — any other doubles: 8 bytes each, little-endian IEEE 754 bits.</li>
 * <li>{@code 0x41} — ints (e.g. epoch days, table indexes): varint tokens {@code zigzag(value - previous value)},
 * the previous value starting at 0.</li>
 * <li>{@code 0x42} — bytes (e.g. enum codes), as they are.</li>
 * </ul>
 * <p>
 * A format byte with its high bit set ({@code 0x80 | format}) means the rest is compressed: the length of the
 * uncompressed rest as a varint, then the rest compressed with raw DEFLATE (RFC 1951). The encoder compresses
 * when that saves at least an eighth, which it does for repetitive columns (mention dates, enum codes) and
 * rarely for noisy daily counts; smaller files parse faster, and parsing is what loading a portfolio costs.
 * </p>
 * <p>
 * Round trips are exact: decoding gives the same bits back, with one exception: in the decimal formats every NaN
 * comes back as {@link Double#NaN} (NaN payloads are not kept; {@code -0.0} and infinities make the encoder use the
 * raw format, so they do come back). The encoder chooses the decimal format only after checking that every value
 * decodes to itself.
 * </p>
 */
public final class ArrayCodec {

	/** Largest scale (digits after the decimal point) tried before falling back to raw doubles. */
	public static final int MAX_SCALE = 9;

	static final int FORMAT_RAW_DOUBLES = 0x40;

	static final int FORMAT_INTS = 0x41;

	static final int FORMAT_BYTES = 0x42;

	/** Largest magnitude of a scaled integer: every long up to it is exactly a double. */
	private static final double MAX_EXACT = 0x1p53;

	private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };

	private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getDecoder();

	private ArrayCodec() {
	}

	// ---- doubles --------------------------------------------------------------------------------------------

	/** The text form of {@code values}; {@code null} for {@code null}. */
	public static String encodeDoubles(double[] values) {
		if (values == null) {
			return null;
		}
		if (values.length == 0) {
			return "";
		}
		int scale = decimalScale(values);
		byte[] bytes = scale < 0 ? null : encodeDecimals(values, scale);
		if (bytes == null) {
			bytes = encodeRawDoubles(values);
		}
		return ENCODER.encodeToString(deflated(bytes));
	}

	/**
	 * The values of a text made by {@link #encodeDoubles(double[])}; {@code null} for {@code null}.
	 *
	 * @throws IllegalArgumentException if the text is not such a form
	 */
	public static double[] decodeDoubles(String text) {
		if (text == null) {
			return null;
		}
		if (text.isEmpty()) {
			return new double[0];
		}
		Reader in = new Reader(inflated(DECODER.decode(text)));
		int format = in.readByte();
		int count = in.readCount();
		double[] values = new double[count];
		if (format == FORMAT_RAW_DOUBLES) {
			in.expectRemaining(8L * count);
			ByteBuffer.wrap(in.bytes, in.position, 8 * count).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
			return values;
		}
		if (format > MAX_SCALE) {
			throw new IllegalArgumentException("not an encoded double array (format " + format + ")");
		}
		double divisor = POWERS_OF_TEN[format];
		long previous = 0;
		int i = 0;
		while (i < count) {
			long token = in.readVarLong();
			if (token == 0) {
				long run = in.readVarLong() + 1;
				if (run > count - i) {
					throw new IllegalArgumentException("NaN run past the end of the array");
				}
				Arrays.fill(values, i, i + (int)run, Double.NaN);
				i += (int)run;
			} else {
				long zigzag = token - 1;
				previous += (zigzag >>> 1) ^ -(zigzag & 1);
				values[i++] = format == 0 ? (double)previous : previous / divisor;
			}
		}
		in.expectEnd();
		return values;
	}

	/**
	 * The smallest scale at which every non-NaN value is {@code m / 10^scale} exactly, or -1 when there is none up to
	 * {@link #MAX_SCALE} (or a value is infinite or -0.0). A value that is exact at some scale is exact at every larger
	 * one as long as {@code m} stays below 2^53, which {@link #encodeDecimals} checks.
	 */
	private static int decimalScale(double[] values) {
		int scale = 0;
		for (double value : values) {
			if (value != value) {
				continue;
			}
			if (Double.isInfinite(value) || (value == 0 && Double.doubleToRawLongBits(value) != 0)) {
				return -1;
			}
			while (!isExact(value, scale)) {
				if (++scale > MAX_SCALE) {
					return -1;
				}
			}
		}
		return scale;
	}

	private static boolean isExact(double value, int scale) {
		double scaled = value * POWERS_OF_TEN[scale];
		if (Math.abs(scaled) > MAX_EXACT) {
			return false;
		}
		long m = Math.round(scaled);
		return (scale == 0 ? (double)m : m / POWERS_OF_TEN[scale]) == value;
	}

	/** The decimal form, or {@code null} when a value does not fit it at {@code scale}. */
	private static byte[] encodeDecimals(double[] values, int scale) {
		double factor = POWERS_OF_TEN[scale];
		Writer out = new Writer(values.length + 16);
		out.writeByte(scale);
		out.writeVarLong(values.length);
		long previous = 0;
		int n = values.length;
		for (int i = 0; i < n;) {
			double value = values[i];
			if (value != value) {
				int end = i + 1;
				while (end < n && Double.isNaN(values[end])) {
					end++;
				}
				out.writeVarLong(0);
				out.writeVarLong(end - i - 1L);
				i = end;
				continue;
			}
			if (!isExact(value, scale)) {
				return null;
			}
			long m = Math.round(value * factor);
			long delta = m - previous;
			out.writeVarLong(((delta << 1) ^ (delta >> 63)) + 1);
			previous = m;
			i++;
		}
		return out.toByteArray();
	}

	private static byte[] encodeRawDoubles(double[] values) {
		Writer out = new Writer(8 * values.length + 6);
		out.writeByte(FORMAT_RAW_DOUBLES);
		out.writeVarLong(values.length);
		ByteBuffer.wrap(out.bytes, out.size, 8 * values.length).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().put(values);
		out.size += 8 * values.length;
		return out.toByteArray();
	}

	// ---- ints -----------------------------------------------------------------------------------------------

	/** The text form of {@code values}; {@code null} for {@code null}. */
	public static String encodeInts(int[] values) {
		if (values == null) {
			return null;
		}
		if (values.length == 0) {
			return "";
		}
		Writer out = new Writer(2 * values.length + 6);
		out.writeByte(FORMAT_INTS);
		out.writeVarLong(values.length);
		long previous = 0;
		for (int value : values) {
			long delta = value - previous;
			out.writeVarLong((delta << 1) ^ (delta >> 63));
			previous = value;
		}
		return ENCODER.encodeToString(deflated(out.toByteArray()));
	}

	/**
	 * The values of a text made by {@link #encodeInts(int[])}; {@code null} for {@code null}.
	 *
	 * @throws IllegalArgumentException if the text is not such a form
	 */
	public static int[] decodeInts(String text) {
		if (text == null) {
			return null;
		}
		if (text.isEmpty()) {
			return new int[0];
		}
		Reader in = new Reader(inflated(DECODER.decode(text)));
		int format = in.readByte();
		if (format != FORMAT_INTS) {
			throw new IllegalArgumentException("not an encoded int array (format " + format + ")");
		}
		int count = in.readCount();
		int[] values = new int[count];
		long previous = 0;
		for (int i = 0; i < count; i++) {
			long zigzag = in.readVarLong();
			previous += (zigzag >>> 1) ^ -(zigzag & 1);
			values[i] = (int)previous;
		}
		in.expectEnd();
		return values;
	}

	// ---- bytes ----------------------------------------------------------------------------------------------

	/** The text form of {@code values}; {@code null} for {@code null}. */
	public static String encodeBytes(byte[] values) {
		if (values == null) {
			return null;
		}
		if (values.length == 0) {
			return "";
		}
		Writer out = new Writer(values.length + 6);
		out.writeByte(FORMAT_BYTES);
		out.writeVarLong(values.length);
		System.arraycopy(values, 0, out.bytes, out.size, values.length);
		out.size += values.length;
		return ENCODER.encodeToString(deflated(out.toByteArray()));
	}

	/**
	 * The values of a text made by {@link #encodeBytes(byte[])}; {@code null} for {@code null}.
	 *
	 * @throws IllegalArgumentException if the text is not such a form
	 */
	public static byte[] decodeBytes(String text) {
		if (text == null) {
			return null;
		}
		if (text.isEmpty()) {
			return new byte[0];
		}
		Reader in = new Reader(inflated(DECODER.decode(text)));
		int format = in.readByte();
		if (format != FORMAT_BYTES) {
			throw new IllegalArgumentException("not an encoded byte array (format " + format + ")");
		}
		int count = in.readCount();
		in.expectRemaining(count);
		return Arrays.copyOfRange(in.bytes, in.position, in.position + count);
	}

	// ---- compression ----------------------------------------------------------------------------------------

	/** Arrays shorter than this are not worth compressing. */
	private static final int COMPRESS_FROM = 64;

	private static final int COMPRESSED = 0x80;

	/** {@code plain} (format byte, then the rest) with the rest deflated, if that saves at least an eighth. */
	private static byte[] deflated(byte[] plain) {
		if (plain.length < COMPRESS_FROM) {
			return plain;
		}
		Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
		try {
			deflater.setInput(plain, 1, plain.length - 1);
			deflater.finish();
			Writer out = new Writer(plain.length);
			out.writeByte(plain[0] | COMPRESSED);
			out.writeVarLong(plain.length - 1L);
			byte[] buffer = new byte[plain.length];
			int limit = plain.length - plain.length / 8;
			while (!deflater.finished()) {
				int n = deflater.deflate(buffer);
				if (out.size + n >= limit) {
					return plain; // not worth it
				}
				System.arraycopy(buffer, 0, out.bytes, out.size, n);
				out.size += n;
			}
			return out.toByteArray();
		} finally {
			deflater.end();
		}
	}

	/** The plain form (format byte, then the rest) of {@code bytes}, inflating the rest if it is compressed. */
	private static byte[] inflated(byte[] bytes) {
		if (bytes.length == 0 || (bytes[0] & COMPRESSED) == 0) {
			return bytes;
		}
		Reader in = new Reader(bytes);
		in.readByte();
		long length = in.readVarLong();
		if (length > Integer.MAX_VALUE - 1) {
			throw new IllegalArgumentException("compressed array too large: " + length + " bytes");
		}
		byte[] plain = new byte[(int)length + 1];
		plain[0] = (byte)(bytes[0] & ~COMPRESSED);
		Inflater inflater = new Inflater(true);
		try {
			inflater.setInput(bytes, in.position, bytes.length - in.position);
			int done = 0;
			while (done < length) {
				int n = inflater.inflate(plain, 1 + done, (int)length - done);
				if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
					throw new IllegalArgumentException("compressed array is truncated");
				}
				done += n;
			}
		} catch (DataFormatException e) {
			throw new IllegalArgumentException("compressed array is corrupt: " + e.getMessage(), e);
		} finally {
			inflater.end();
		}
		return plain;
	}

	// ---- varints --------------------------------------------------------------------------------------------

	private static final class Writer {
		byte[] bytes;
		int size;

		Writer(int capacity) {
			bytes = new byte[capacity];
		}

		void writeByte(int value) {
			if (size == bytes.length) {
				bytes = Arrays.copyOf(bytes, 2 * bytes.length + 16);
			}
			bytes[size++] = (byte)value;
		}

		/** Unsigned LEB128: 7 bits a byte, low bits first, high bit set on all bytes but the last. */
		void writeVarLong(long value) {
			if (bytes.length - size < 10) {
				bytes = Arrays.copyOf(bytes, 2 * bytes.length + 16);
			}
			while ((value & ~0x7FL) != 0) {
				bytes[size++] = (byte)((value & 0x7F) | 0x80);
				value >>>= 7;
			}
			bytes[size++] = (byte)value;
		}

		byte[] toByteArray() {
			return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
		}
	}

	private static final class Reader {
		final byte[] bytes;
		int position;

		Reader(byte[] bytes) {
			this.bytes = bytes;
		}

		int readByte() {
			if (position >= bytes.length) {
				throw new IllegalArgumentException("encoded array is truncated");
			}
			return bytes[position++] & 0xFF;
		}

		int readCount() {
			long count = readVarLong();
			if (count > Integer.MAX_VALUE - 8) {
				throw new IllegalArgumentException("encoded array is too long: " + count);
			}
			return (int)count;
		}

		long readVarLong() {
			byte[] b = bytes;
			int p = position;
			long result = 0;
			for (int shift = 0; shift < 64; shift += 7) {
				if (p >= b.length) {
					throw new IllegalArgumentException("encoded array is truncated");
				}
				byte next = b[p++];
				result |= (long)(next & 0x7F) << shift;
				if (next >= 0) {
					position = p;
					return result;
				}
			}
			throw new IllegalArgumentException("malformed varint in encoded array");
		}

		void expectRemaining(long length) {
			if (bytes.length - position != length) {
				throw new IllegalArgumentException("encoded array has " + (bytes.length - position) + " payload bytes, expected " + length);
			}
		}

		void expectEnd() {
			if (position != bytes.length) {
				throw new IllegalArgumentException("encoded array has " + (bytes.length - position) + " bytes too many");
			}
		}
	}
}
