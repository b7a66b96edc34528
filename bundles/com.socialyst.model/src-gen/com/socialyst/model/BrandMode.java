/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Brand Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whose brand reports carry: the consultancy's, both, or only the client's.
 * <!-- end-model-doc -->
 * @see com.socialyst.model.SocialystPackage#getBrandMode()
 * @model
 * @generated
 */
public enum BrandMode implements Enumerator {
	/**
	 * The '<em><b>CONSULTANCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSULTANCY_VALUE
	 * @generated
	 * @ordered
	 */
	CONSULTANCY(0, "CONSULTANCY", "consultancy"),

	/**
	 * The '<em><b>CO BRAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_BRAND_VALUE
	 * @generated
	 * @ordered
	 */
	CO_BRAND(1, "CO_BRAND", "co-brand"),

	/**
	 * The '<em><b>WHITE LABEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHITE_LABEL_VALUE
	 * @generated
	 * @ordered
	 */
	WHITE_LABEL(2, "WHITE_LABEL", "white-label");

	/**
	 * The '<em><b>CONSULTANCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSULTANCY
	 * @model literal="consultancy"
	 * @generated
	 * @ordered
	 */
	public static final int CONSULTANCY_VALUE = 0;

	/**
	 * The '<em><b>CO BRAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_BRAND
	 * @model literal="co-brand"
	 * @generated
	 * @ordered
	 */
	public static final int CO_BRAND_VALUE = 1;

	/**
	 * The '<em><b>WHITE LABEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHITE_LABEL
	 * @model literal="white-label"
	 * @generated
	 * @ordered
	 */
	public static final int WHITE_LABEL_VALUE = 2;

	/**
	 * An array of all the '<em><b>Brand Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BrandMode[] VALUES_ARRAY =
		new BrandMode[] {
			CONSULTANCY,
			CO_BRAND,
			WHITE_LABEL,
		};

	/**
	 * A public read-only list of all the '<em><b>Brand Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BrandMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Brand Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BrandMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BrandMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Brand Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BrandMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BrandMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Brand Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BrandMode get(int value) {
		switch (value) {
			case CONSULTANCY_VALUE: return CONSULTANCY;
			case CO_BRAND_VALUE: return CO_BRAND;
			case WHITE_LABEL_VALUE: return WHITE_LABEL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private BrandMode(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //BrandMode
