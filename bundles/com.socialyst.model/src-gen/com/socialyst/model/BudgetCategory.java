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
 * A representation of the literals of the enumeration '<em><b>Budget Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The category of a budget line.
 * <!-- end-model-doc -->
 * @see com.socialyst.model.SocialystPackage#getBudgetCategory()
 * @model
 * @generated
 */
public enum BudgetCategory implements Enumerator {
	/**
	 * The '<em><b>STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	STAFF(0, "STAFF", "staff"),

	/**
	 * The '<em><b>TOOLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOOLS_VALUE
	 * @generated
	 * @ordered
	 */
	TOOLS(1, "TOOLS", "tools"),

	/**
	 * The '<em><b>PAID MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAID_MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	PAID_MEDIA(2, "PAID_MEDIA", "paid-media"),

	/**
	 * The '<em><b>CONTENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTENT_VALUE
	 * @generated
	 * @ordered
	 */
	CONTENT(3, "CONTENT", "content"),

	/**
	 * The '<em><b>AGENCY FEES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENCY_FEES_VALUE
	 * @generated
	 * @ordered
	 */
	AGENCY_FEES(4, "AGENCY_FEES", "agency-fees"),

	/**
	 * The '<em><b>TRAINING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING(5, "TRAINING", "training");

	/**
	 * The '<em><b>STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAFF
	 * @model literal="staff"
	 * @generated
	 * @ordered
	 */
	public static final int STAFF_VALUE = 0;

	/**
	 * The '<em><b>TOOLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOOLS
	 * @model literal="tools"
	 * @generated
	 * @ordered
	 */
	public static final int TOOLS_VALUE = 1;

	/**
	 * The '<em><b>PAID MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAID_MEDIA
	 * @model literal="paid-media"
	 * @generated
	 * @ordered
	 */
	public static final int PAID_MEDIA_VALUE = 2;

	/**
	 * The '<em><b>CONTENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTENT
	 * @model literal="content"
	 * @generated
	 * @ordered
	 */
	public static final int CONTENT_VALUE = 3;

	/**
	 * The '<em><b>AGENCY FEES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENCY_FEES
	 * @model literal="agency-fees"
	 * @generated
	 * @ordered
	 */
	public static final int AGENCY_FEES_VALUE = 4;

	/**
	 * The '<em><b>TRAINING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING
	 * @model literal="training"
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_VALUE = 5;

	/**
	 * An array of all the '<em><b>Budget Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BudgetCategory[] VALUES_ARRAY =
		new BudgetCategory[] {
			STAFF,
			TOOLS,
			PAID_MEDIA,
			CONTENT,
			AGENCY_FEES,
			TRAINING,
		};

	/**
	 * A public read-only list of all the '<em><b>Budget Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BudgetCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Budget Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BudgetCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BudgetCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Budget Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BudgetCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BudgetCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Budget Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BudgetCategory get(int value) {
		switch (value) {
			case STAFF_VALUE: return STAFF;
			case TOOLS_VALUE: return TOOLS;
			case PAID_MEDIA_VALUE: return PAID_MEDIA;
			case CONTENT_VALUE: return CONTENT;
			case AGENCY_FEES_VALUE: return AGENCY_FEES;
			case TRAINING_VALUE: return TRAINING;
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
	private BudgetCategory(int value, String name, String literal) {
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
	
} //BudgetCategory
