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
 * A representation of the literals of the enumeration '<em><b>Audience Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of audience.
 * <!-- end-model-doc -->
 * @see com.socialyst.model.SocialystPackage#getAudienceKind()
 * @model
 * @generated
 */
public enum AudienceKind implements Enumerator {
	/**
	 * The '<em><b>CUSTOMERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMERS_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMERS(0, "CUSTOMERS", "customers"),

	/**
	 * The '<em><b>PROSPECTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROSPECTS_VALUE
	 * @generated
	 * @ordered
	 */
	PROSPECTS(1, "PROSPECTS", "prospects"),

	/**
	 * The '<em><b>EMPLOYEES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYEES_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYEES(2, "EMPLOYEES", "employees"),

	/**
	 * The '<em><b>PARTNERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNERS_VALUE
	 * @generated
	 * @ordered
	 */
	PARTNERS(3, "PARTNERS", "partners"),

	/**
	 * The '<em><b>SHAREHOLDERS INVESTORS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHAREHOLDERS_INVESTORS_VALUE
	 * @generated
	 * @ordered
	 */
	SHAREHOLDERS_INVESTORS(4, "SHAREHOLDERS_INVESTORS", "shareholders-investors"),

	/**
	 * The '<em><b>INFLUENCERS MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFLUENCERS_MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	INFLUENCERS_MEDIA(5, "INFLUENCERS_MEDIA", "influencers-media");

	/**
	 * The '<em><b>CUSTOMERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMERS
	 * @model literal="customers"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMERS_VALUE = 0;

	/**
	 * The '<em><b>PROSPECTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROSPECTS
	 * @model literal="prospects"
	 * @generated
	 * @ordered
	 */
	public static final int PROSPECTS_VALUE = 1;

	/**
	 * The '<em><b>EMPLOYEES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYEES
	 * @model literal="employees"
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYEES_VALUE = 2;

	/**
	 * The '<em><b>PARTNERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNERS
	 * @model literal="partners"
	 * @generated
	 * @ordered
	 */
	public static final int PARTNERS_VALUE = 3;

	/**
	 * The '<em><b>SHAREHOLDERS INVESTORS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHAREHOLDERS_INVESTORS
	 * @model literal="shareholders-investors"
	 * @generated
	 * @ordered
	 */
	public static final int SHAREHOLDERS_INVESTORS_VALUE = 4;

	/**
	 * The '<em><b>INFLUENCERS MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFLUENCERS_MEDIA
	 * @model literal="influencers-media"
	 * @generated
	 * @ordered
	 */
	public static final int INFLUENCERS_MEDIA_VALUE = 5;

	/**
	 * An array of all the '<em><b>Audience Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AudienceKind[] VALUES_ARRAY =
		new AudienceKind[] {
			CUSTOMERS,
			PROSPECTS,
			EMPLOYEES,
			PARTNERS,
			SHAREHOLDERS_INVESTORS,
			INFLUENCERS_MEDIA,
		};

	/**
	 * A public read-only list of all the '<em><b>Audience Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AudienceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Audience Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AudienceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AudienceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Audience Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AudienceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AudienceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Audience Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AudienceKind get(int value) {
		switch (value) {
			case CUSTOMERS_VALUE: return CUSTOMERS;
			case PROSPECTS_VALUE: return PROSPECTS;
			case EMPLOYEES_VALUE: return EMPLOYEES;
			case PARTNERS_VALUE: return PARTNERS;
			case SHAREHOLDERS_INVESTORS_VALUE: return SHAREHOLDERS_INVESTORS;
			case INFLUENCERS_MEDIA_VALUE: return INFLUENCERS_MEDIA;
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
	private AudienceKind(int value, String name, String literal) {
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
	
} //AudienceKind
