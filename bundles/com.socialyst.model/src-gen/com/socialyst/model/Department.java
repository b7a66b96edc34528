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
 * A representation of the literals of the enumeration '<em><b>Department</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The department running an initiative.
 * <!-- end-model-doc -->
 * @see com.socialyst.model.SocialystPackage#getDepartment()
 * @model
 * @generated
 */
public enum Department implements Enumerator {
	/**
	 * The '<em><b>MARKETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETING_VALUE
	 * @generated
	 * @ordered
	 */
	MARKETING(0, "MARKETING", "marketing"),

	/**
	 * The '<em><b>PR COMMUNICATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PR_COMMUNICATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	PR_COMMUNICATIONS(1, "PR_COMMUNICATIONS", "pr-communications"),

	/**
	 * The '<em><b>CUSTOMER CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_CARE(2, "CUSTOMER_CARE", "customer-care"),

	/**
	 * The '<em><b>HR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HR_VALUE
	 * @generated
	 * @ordered
	 */
	HR(3, "HR", "hr"),

	/**
	 * The '<em><b>SALES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES_VALUE
	 * @generated
	 * @ordered
	 */
	SALES(4, "SALES", "sales"),

	/**
	 * The '<em><b>PRODUCT RND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCT_RND_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCT_RND(5, "PRODUCT_RND", "product-rnd");

	/**
	 * The '<em><b>MARKETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETING
	 * @model literal="marketing"
	 * @generated
	 * @ordered
	 */
	public static final int MARKETING_VALUE = 0;

	/**
	 * The '<em><b>PR COMMUNICATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PR_COMMUNICATIONS
	 * @model literal="pr-communications"
	 * @generated
	 * @ordered
	 */
	public static final int PR_COMMUNICATIONS_VALUE = 1;

	/**
	 * The '<em><b>CUSTOMER CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_CARE
	 * @model literal="customer-care"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_CARE_VALUE = 2;

	/**
	 * The '<em><b>HR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HR
	 * @model literal="hr"
	 * @generated
	 * @ordered
	 */
	public static final int HR_VALUE = 3;

	/**
	 * The '<em><b>SALES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES
	 * @model literal="sales"
	 * @generated
	 * @ordered
	 */
	public static final int SALES_VALUE = 4;

	/**
	 * The '<em><b>PRODUCT RND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCT_RND
	 * @model literal="product-rnd"
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCT_RND_VALUE = 5;

	/**
	 * An array of all the '<em><b>Department</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Department[] VALUES_ARRAY =
		new Department[] {
			MARKETING,
			PR_COMMUNICATIONS,
			CUSTOMER_CARE,
			HR,
			SALES,
			PRODUCT_RND,
		};

	/**
	 * A public read-only list of all the '<em><b>Department</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Department> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Department</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Department get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Department result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Department</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Department getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Department result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Department</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Department get(int value) {
		switch (value) {
			case MARKETING_VALUE: return MARKETING;
			case PR_COMMUNICATIONS_VALUE: return PR_COMMUNICATIONS;
			case CUSTOMER_CARE_VALUE: return CUSTOMER_CARE;
			case HR_VALUE: return HR;
			case SALES_VALUE: return SALES;
			case PRODUCT_RND_VALUE: return PRODUCT_RND;
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
	private Department(int value, String name, String literal) {
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
	
} //Department
