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
 * A representation of the literals of the enumeration '<em><b>Report Locale</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The language (and script) of reports, as a BCP 47 tag.
 * <!-- end-model-doc -->
 * @see com.socialyst.model.SocialystPackage#getReportLocale()
 * @model
 * @generated
 */
public enum ReportLocale implements Enumerator {
	/**
	 * The '<em><b>EN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EN_VALUE
	 * @generated
	 * @ordered
	 */
	EN(0, "EN", "en"),

	/**
	 * The '<em><b>NL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NL_VALUE
	 * @generated
	 * @ordered
	 */
	NL(1, "NL", "nl"),

	/**
	 * The '<em><b>PL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PL_VALUE
	 * @generated
	 * @ordered
	 */
	PL(2, "PL", "pl"),

	/**
	 * The '<em><b>ID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ID_VALUE
	 * @generated
	 * @ordered
	 */
	ID(3, "ID", "id"),

	/**
	 * The '<em><b>SR LATN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SR_LATN_VALUE
	 * @generated
	 * @ordered
	 */
	SR_LATN(4, "SR_LATN", "sr-Latn"),

	/**
	 * The '<em><b>SR CYRL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SR_CYRL_VALUE
	 * @generated
	 * @ordered
	 */
	SR_CYRL(5, "SR_CYRL", "sr-Cyrl");

	/**
	 * The '<em><b>EN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EN
	 * @model literal="en"
	 * @generated
	 * @ordered
	 */
	public static final int EN_VALUE = 0;

	/**
	 * The '<em><b>NL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NL
	 * @model literal="nl"
	 * @generated
	 * @ordered
	 */
	public static final int NL_VALUE = 1;

	/**
	 * The '<em><b>PL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PL
	 * @model literal="pl"
	 * @generated
	 * @ordered
	 */
	public static final int PL_VALUE = 2;

	/**
	 * The '<em><b>ID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ID
	 * @model literal="id"
	 * @generated
	 * @ordered
	 */
	public static final int ID_VALUE = 3;

	/**
	 * The '<em><b>SR LATN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SR_LATN
	 * @model literal="sr-Latn"
	 * @generated
	 * @ordered
	 */
	public static final int SR_LATN_VALUE = 4;

	/**
	 * The '<em><b>SR CYRL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SR_CYRL
	 * @model literal="sr-Cyrl"
	 * @generated
	 * @ordered
	 */
	public static final int SR_CYRL_VALUE = 5;

	/**
	 * An array of all the '<em><b>Report Locale</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReportLocale[] VALUES_ARRAY =
		new ReportLocale[] {
			EN,
			NL,
			PL,
			ID,
			SR_LATN,
			SR_CYRL,
		};

	/**
	 * A public read-only list of all the '<em><b>Report Locale</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReportLocale> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Report Locale</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReportLocale get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReportLocale result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Report Locale</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReportLocale getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReportLocale result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Report Locale</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReportLocale get(int value) {
		switch (value) {
			case EN_VALUE: return EN;
			case NL_VALUE: return NL;
			case PL_VALUE: return PL;
			case ID_VALUE: return ID;
			case SR_LATN_VALUE: return SR_LATN;
			case SR_CYRL_VALUE: return SR_CYRL;
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
	private ReportLocale(int value, String name, String literal) {
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
	
} //ReportLocale
