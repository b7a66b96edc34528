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
 * A representation of the literals of the enumeration '<em><b>Goal Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of business goal.
 * <!-- end-model-doc -->
 * @see com.socialyst.model.SocialystPackage#getGoalKind()
 * @model
 * @generated
 */
public enum GoalKind implements Enumerator {
	/**
	 * The '<em><b>AWARENESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AWARENESS_VALUE
	 * @generated
	 * @ordered
	 */
	AWARENESS(0, "AWARENESS", "awareness"),

	/**
	 * The '<em><b>ENGAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ENGAGEMENT(1, "ENGAGEMENT", "engagement"),

	/**
	 * The '<em><b>TRAFFIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAFFIC_VALUE
	 * @generated
	 * @ordered
	 */
	TRAFFIC(2, "TRAFFIC", "traffic"),

	/**
	 * The '<em><b>LEADS CONVERSIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADS_CONVERSIONS_VALUE
	 * @generated
	 * @ordered
	 */
	LEADS_CONVERSIONS(3, "LEADS_CONVERSIONS", "leads-conversions"),

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
	 * The '<em><b>CUSTOMER CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_CARE(5, "CUSTOMER_CARE", "customer-care"),

	/**
	 * The '<em><b>RECRUITING HR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECRUITING_HR_VALUE
	 * @generated
	 * @ordered
	 */
	RECRUITING_HR(6, "RECRUITING_HR", "recruiting-hr"),

	/**
	 * The '<em><b>PRODUCT DEVELOPMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCT_DEVELOPMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCT_DEVELOPMENT(7, "PRODUCT_DEVELOPMENT", "product-development"),

	/**
	 * The '<em><b>EMPLOYEE ADVOCACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYEE_ADVOCACY_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYEE_ADVOCACY(8, "EMPLOYEE_ADVOCACY", "employee-advocacy"),

	/**
	 * The '<em><b>DIGITAL TRANSFORMATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIGITAL_TRANSFORMATION_VALUE
	 * @generated
	 * @ordered
	 */
	DIGITAL_TRANSFORMATION(9, "DIGITAL_TRANSFORMATION", "digital-transformation");

	/**
	 * The '<em><b>AWARENESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AWARENESS
	 * @model literal="awareness"
	 * @generated
	 * @ordered
	 */
	public static final int AWARENESS_VALUE = 0;

	/**
	 * The '<em><b>ENGAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGAGEMENT
	 * @model literal="engagement"
	 * @generated
	 * @ordered
	 */
	public static final int ENGAGEMENT_VALUE = 1;

	/**
	 * The '<em><b>TRAFFIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAFFIC
	 * @model literal="traffic"
	 * @generated
	 * @ordered
	 */
	public static final int TRAFFIC_VALUE = 2;

	/**
	 * The '<em><b>LEADS CONVERSIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADS_CONVERSIONS
	 * @model literal="leads-conversions"
	 * @generated
	 * @ordered
	 */
	public static final int LEADS_CONVERSIONS_VALUE = 3;

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
	 * The '<em><b>CUSTOMER CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_CARE
	 * @model literal="customer-care"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_CARE_VALUE = 5;

	/**
	 * The '<em><b>RECRUITING HR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECRUITING_HR
	 * @model literal="recruiting-hr"
	 * @generated
	 * @ordered
	 */
	public static final int RECRUITING_HR_VALUE = 6;

	/**
	 * The '<em><b>PRODUCT DEVELOPMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCT_DEVELOPMENT
	 * @model literal="product-development"
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCT_DEVELOPMENT_VALUE = 7;

	/**
	 * The '<em><b>EMPLOYEE ADVOCACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYEE_ADVOCACY
	 * @model literal="employee-advocacy"
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYEE_ADVOCACY_VALUE = 8;

	/**
	 * The '<em><b>DIGITAL TRANSFORMATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIGITAL_TRANSFORMATION
	 * @model literal="digital-transformation"
	 * @generated
	 * @ordered
	 */
	public static final int DIGITAL_TRANSFORMATION_VALUE = 9;

	/**
	 * An array of all the '<em><b>Goal Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GoalKind[] VALUES_ARRAY =
		new GoalKind[] {
			AWARENESS,
			ENGAGEMENT,
			TRAFFIC,
			LEADS_CONVERSIONS,
			SALES,
			CUSTOMER_CARE,
			RECRUITING_HR,
			PRODUCT_DEVELOPMENT,
			EMPLOYEE_ADVOCACY,
			DIGITAL_TRANSFORMATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Goal Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GoalKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Goal Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GoalKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GoalKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Goal Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GoalKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GoalKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Goal Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GoalKind get(int value) {
		switch (value) {
			case AWARENESS_VALUE: return AWARENESS;
			case ENGAGEMENT_VALUE: return ENGAGEMENT;
			case TRAFFIC_VALUE: return TRAFFIC;
			case LEADS_CONVERSIONS_VALUE: return LEADS_CONVERSIONS;
			case SALES_VALUE: return SALES;
			case CUSTOMER_CARE_VALUE: return CUSTOMER_CARE;
			case RECRUITING_HR_VALUE: return RECRUITING_HR;
			case PRODUCT_DEVELOPMENT_VALUE: return PRODUCT_DEVELOPMENT;
			case EMPLOYEE_ADVOCACY_VALUE: return EMPLOYEE_ADVOCACY;
			case DIGITAL_TRANSFORMATION_VALUE: return DIGITAL_TRANSFORMATION;
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
	private GoalKind(int value, String name, String literal) {
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
	
} //GoalKind
