package com.socialyst.assessment.internal;

import java.util.Comparator;

/** Orders model versions by their dot-separated numbers, so that 1.10 comes after 1.9. */
public final class Versions {

	public static final Comparator<String> ORDER = Versions::compare;

	private Versions() {
	}

	static int compare(String a, String b) {
		String[] left = a.split("\\.");
		String[] right = b.split("\\.");
		for (int i = 0; i < Math.max(left.length, right.length); i++) {
			String l = i < left.length ? left[i] : "0";
			String r = i < right.length ? right[i] : "0";
			int result = l.matches("\\d{1,9}") && r.matches("\\d{1,9}") ? Integer.compare(Integer.parseInt(l), Integer.parseInt(r))
					: l.compareTo(r);
			if (result != 0) {
				return result;
			}
		}
		return 0;
	}
}
