package com.socialyst.core.internal.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws of the demo generator: a {@link SplittableRandom} plus the few distributions the data needs.
 * <p>
 * Everything here must give the same bits on every JVM, because the demo promises byte-identical files for the
 * same options: {@code SplittableRandom}'s algorithm is specified, but {@code nextGaussian} of
 * {@code RandomGenerator} is not, and {@link Math} may use platform intrinsics, so the Gaussian is our own
 * Box&ndash;Muller and every transcendental function goes through {@link StrictMath}.
 * </p>
 */
final class Draw {

	/** Above this mean a Poisson count is drawn from its normal approximation: the exact method costs O(mean). */
	private static final double POISSON_NORMAL_ABOVE = 30;

	private final SplittableRandom random;

	private Draw(SplittableRandom random) {
		this.random = random;
	}

	/**
	 * The draws of client {@code index} of a portfolio made with {@code seed}. Client k gets the same stream
	 * whatever the number of clients, so growing a demo portfolio keeps its first clients.
	 */
	static Draw forClient(long seed, int index) {
		return new Draw(new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index)));
	}

	/** An independent stream, so that one part of a client (say its mentions) does not shift the others. */
	Draw split() {
		return new Draw(random.split());
	}

	/** SplitMix64's finaliser: nearby (seed, index) pairs give unrelated seeds. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** Uniform in [0, 1). */
	double uniform() {
		return random.nextDouble();
	}

	/** Uniform in [low, high). */
	double uniform(double low, double high) {
		return low + (high - low) * random.nextDouble();
	}

	/** Uniform integer in [low, high] (both included). */
	int between(int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	/** True with probability {@code p}. */
	boolean chance(double p) {
		return random.nextDouble() < p;
	}

	/** A standard normal value (Box&ndash;Muller; the second value is dropped to keep the draw stateless). */
	double gaussian() {
		double u = 1.0 - random.nextDouble(); // (0, 1]: log(0) must not happen
		double v = random.nextDouble();
		return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
	}

	/** Multiplicative noise with mean 1: a log-normal factor whose log has standard deviation {@code sigma}. */
	double noise(double sigma) {
		return StrictMath.exp(sigma * gaussian() - sigma * sigma / 2);
	}

	/** A Poisson count with the given mean (0 for a mean that is not positive). */
	long poisson(double mean) {
		if (!(mean > 0)) {
			return 0;
		}
		if (mean > POISSON_NORMAL_ABOVE) {
			return Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * gaussian()));
		}
		// Knuth: count uniforms until their product drops below e^-mean.
		double limit = StrictMath.exp(-mean);
		double product = random.nextDouble();
		long count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}

	/** One element of {@code items}, uniformly. */
	<T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	/** An index drawn with probability proportional to {@code weights[index]}. */
	int weighted(double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double x = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			x -= weights[i];
			if (x < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}
}
