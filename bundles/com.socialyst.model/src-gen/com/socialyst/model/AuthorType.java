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
 * A representation of the literals of the enumeration '<em><b>Author Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Who wrote a mention. The values are stored in MentionLog.authorTypes: never renumber them.
 * <!-- end-model-doc -->
 * @see com.socialyst.model.SocialystPackage#getAuthorType()
 * @model
 * @generated
 */
public enum AuthorType implements Enumerator {
	/**
	 * The '<em><b>CUSTOMER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER(0, "CUSTOMER", "customer"),

	/**
	 * The '<em><b>BLOGGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOGGER_VALUE
	 * @generated
	 * @ordered
	 */
	BLOGGER(1, "BLOGGER", "blogger"),

	/**
	 * The '<em><b>INFLUENCER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFLUENCER_VALUE
	 * @generated
	 * @ordered
	 */
	INFLUENCER(2, "INFLUENCER", "influencer"),

	/**
	 * The '<em><b>EMPLOYEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYEE_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYEE(3, "EMPLOYEE", "employee"),

	/**
	 * The '<em><b>COMPETITOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPETITOR_VALUE
	 * @generated
	 * @ordered
	 */
	COMPETITOR(4, "COMPETITOR", "competitor"),

	/**
	 * The '<em><b>MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	MEDIA(5, "MEDIA", "media");

	/**
	 * The '<em><b>CUSTOMER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER
	 * @model literal="customer"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_VALUE = 0;

	/**
	 * The '<em><b>BLOGGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOGGER
	 * @model literal="blogger"
	 * @generated
	 * @ordered
	 */
	public static final int BLOGGER_VALUE = 1;

	/**
	 * The '<em><b>INFLUENCER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFLUENCER
	 * @model literal="influencer"
	 * @generated
	 * @ordered
	 */
	public static final int INFLUENCER_VALUE = 2;

	/**
	 * The '<em><b>EMPLOYEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYEE
	 * @model literal="employee"
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYEE_VALUE = 3;

	/**
	 * The '<em><b>COMPETITOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPETITOR
	 * @model literal="competitor"
	 * @generated
	 * @ordered
	 */
	public static final int COMPETITOR_VALUE = 4;

	/**
	 * The '<em><b>MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIA
	 * @model literal="media"
	 * @generated
	 * @ordered
	 */
	public static final int MEDIA_VALUE = 5;

	/**
	 * An array of all the '<em><b>Author Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AuthorType[] VALUES_ARRAY =
		new AuthorType[] {
			CUSTOMER,
			BLOGGER,
			INFLUENCER,
			EMPLOYEE,
			COMPETITOR,
			MEDIA,
		};

	/**
	 * A public read-only list of all the '<em><b>Author Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AuthorType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Author Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthorType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AuthorType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Author Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthorType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AuthorType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Author Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthorType get(int value) {
		switch (value) {
			case CUSTOMER_VALUE: return CUSTOMER;
			case BLOGGER_VALUE: return BLOGGER;
			case INFLUENCER_VALUE: return INFLUENCER;
			case EMPLOYEE_VALUE: return EMPLOYEE;
			case COMPETITOR_VALUE: return COMPETITOR;
			case MEDIA_VALUE: return MEDIA;
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
	private AuthorType(int value, String name, String literal) {
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
	
} //AuthorType
