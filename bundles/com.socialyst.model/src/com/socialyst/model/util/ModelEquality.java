package com.socialyst.model.util;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Structural equality of model objects that, unlike {@link EcoreUtil#equals(EObject, EObject)}, compares the array
 * attributes (measurement values, mention columns) by content: EMF compares attribute values with
 * {@code equals}, which is identity for arrays. NaN equals NaN here, as in {@link Arrays#equals(double[], double[])}.
 */
public final class ModelEquality {

	private ModelEquality() {
	}

	/** Whether both objects and their contents are structurally equal (see {@link EcoreUtil.EqualityHelper}). */
	public static boolean equals(EObject first, EObject second) {
		return new Helper().equals(first, second);
	}

	/** Whether both lists of objects are pairwise structurally equal. */
	public static boolean equals(List<EObject> first, List<EObject> second) {
		return new Helper().equals(first, second);
	}

	private static final class Helper extends EcoreUtil.EqualityHelper {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean equalValues(Object value1, Object value2) {
			if (value1 instanceof double[] doubles) {
				return value2 instanceof double[] other && Arrays.equals(doubles, other);
			}
			if (value1 instanceof int[] ints) {
				return value2 instanceof int[] other && Arrays.equals(ints, other);
			}
			if (value1 instanceof byte[] bytes) {
				return value2 instanceof byte[] other && Arrays.equals(bytes, other);
			}
			return super.equalValues(value1, value2);
		}
	}
}
