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
 * A representation of the literals of the enumeration '<em><b>Industry</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The client's industry.
 * <!-- end-model-doc -->
 * @see com.socialyst.model.SocialystPackage#getIndustry()
 * @model
 * @generated
 */
public enum Industry implements Enumerator {
	/**
	 * The '<em><b>RETAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETAIL_VALUE
	 * @generated
	 * @ordered
	 */
	RETAIL(0, "RETAIL", "retail"),

	/**
	 * The '<em><b>CONSUMER GOODS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSUMER_GOODS_VALUE
	 * @generated
	 * @ordered
	 */
	CONSUMER_GOODS(1, "CONSUMER_GOODS", "consumer-goods"),

	/**
	 * The '<em><b>FINANCIAL SERVICES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCIAL_SERVICES_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCIAL_SERVICES(2, "FINANCIAL_SERVICES", "financial-services"),

	/**
	 * The '<em><b>HEALTHCARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTHCARE_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTHCARE(3, "HEALTHCARE", "healthcare"),

	/**
	 * The '<em><b>TECHNOLOGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNOLOGY(4, "TECHNOLOGY", "technology"),

	/**
	 * The '<em><b>MEDIA ENTERTAINMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIA_ENTERTAINMENT_VALUE
	 * @generated
	 * @ordered
	 */
	MEDIA_ENTERTAINMENT(5, "MEDIA_ENTERTAINMENT", "media-entertainment"),

	/**
	 * The '<em><b>TRAVEL HOSPITALITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAVEL_HOSPITALITY_VALUE
	 * @generated
	 * @ordered
	 */
	TRAVEL_HOSPITALITY(6, "TRAVEL_HOSPITALITY", "travel-hospitality"),

	/**
	 * The '<em><b>EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATION(7, "EDUCATION", "education"),

	/**
	 * The '<em><b>PUBLIC SECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_SECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_SECTOR(8, "PUBLIC_SECTOR", "public-sector"),

	/**
	 * The '<em><b>PROFESSIONAL SERVICES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONAL_SERVICES_VALUE
	 * @generated
	 * @ordered
	 */
	PROFESSIONAL_SERVICES(9, "PROFESSIONAL_SERVICES", "professional-services"),

	/**
	 * The '<em><b>MANUFACTURING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANUFACTURING_VALUE
	 * @generated
	 * @ordered
	 */
	MANUFACTURING(10, "MANUFACTURING", "manufacturing"),

	/**
	 * The '<em><b>NON PROFIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_PROFIT_VALUE
	 * @generated
	 * @ordered
	 */
	NON_PROFIT(11, "NON_PROFIT", "non-profit");

	/**
	 * The '<em><b>RETAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETAIL
	 * @model literal="retail"
	 * @generated
	 * @ordered
	 */
	public static final int RETAIL_VALUE = 0;

	/**
	 * The '<em><b>CONSUMER GOODS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSUMER_GOODS
	 * @model literal="consumer-goods"
	 * @generated
	 * @ordered
	 */
	public static final int CONSUMER_GOODS_VALUE = 1;

	/**
	 * The '<em><b>FINANCIAL SERVICES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCIAL_SERVICES
	 * @model literal="financial-services"
	 * @generated
	 * @ordered
	 */
	public static final int FINANCIAL_SERVICES_VALUE = 2;

	/**
	 * The '<em><b>HEALTHCARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTHCARE
	 * @model literal="healthcare"
	 * @generated
	 * @ordered
	 */
	public static final int HEALTHCARE_VALUE = 3;

	/**
	 * The '<em><b>TECHNOLOGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY
	 * @model literal="technology"
	 * @generated
	 * @ordered
	 */
	public static final int TECHNOLOGY_VALUE = 4;

	/**
	 * The '<em><b>MEDIA ENTERTAINMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIA_ENTERTAINMENT
	 * @model literal="media-entertainment"
	 * @generated
	 * @ordered
	 */
	public static final int MEDIA_ENTERTAINMENT_VALUE = 5;

	/**
	 * The '<em><b>TRAVEL HOSPITALITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAVEL_HOSPITALITY
	 * @model literal="travel-hospitality"
	 * @generated
	 * @ordered
	 */
	public static final int TRAVEL_HOSPITALITY_VALUE = 6;

	/**
	 * The '<em><b>EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION
	 * @model literal="education"
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATION_VALUE = 7;

	/**
	 * The '<em><b>PUBLIC SECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_SECTOR
	 * @model literal="public-sector"
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_SECTOR_VALUE = 8;

	/**
	 * The '<em><b>PROFESSIONAL SERVICES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONAL_SERVICES
	 * @model literal="professional-services"
	 * @generated
	 * @ordered
	 */
	public static final int PROFESSIONAL_SERVICES_VALUE = 9;

	/**
	 * The '<em><b>MANUFACTURING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANUFACTURING
	 * @model literal="manufacturing"
	 * @generated
	 * @ordered
	 */
	public static final int MANUFACTURING_VALUE = 10;

	/**
	 * The '<em><b>NON PROFIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_PROFIT
	 * @model literal="non-profit"
	 * @generated
	 * @ordered
	 */
	public static final int NON_PROFIT_VALUE = 11;

	/**
	 * An array of all the '<em><b>Industry</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Industry[] VALUES_ARRAY =
		new Industry[] {
			RETAIL,
			CONSUMER_GOODS,
			FINANCIAL_SERVICES,
			HEALTHCARE,
			TECHNOLOGY,
			MEDIA_ENTERTAINMENT,
			TRAVEL_HOSPITALITY,
			EDUCATION,
			PUBLIC_SECTOR,
			PROFESSIONAL_SERVICES,
			MANUFACTURING,
			NON_PROFIT,
		};

	/**
	 * A public read-only list of all the '<em><b>Industry</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Industry> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Industry</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Industry get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Industry result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Industry</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Industry getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Industry result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Industry</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Industry get(int value) {
		switch (value) {
			case RETAIL_VALUE: return RETAIL;
			case CONSUMER_GOODS_VALUE: return CONSUMER_GOODS;
			case FINANCIAL_SERVICES_VALUE: return FINANCIAL_SERVICES;
			case HEALTHCARE_VALUE: return HEALTHCARE;
			case TECHNOLOGY_VALUE: return TECHNOLOGY;
			case MEDIA_ENTERTAINMENT_VALUE: return MEDIA_ENTERTAINMENT;
			case TRAVEL_HOSPITALITY_VALUE: return TRAVEL_HOSPITALITY;
			case EDUCATION_VALUE: return EDUCATION;
			case PUBLIC_SECTOR_VALUE: return PUBLIC_SECTOR;
			case PROFESSIONAL_SERVICES_VALUE: return PROFESSIONAL_SERVICES;
			case MANUFACTURING_VALUE: return MANUFACTURING;
			case NON_PROFIT_VALUE: return NON_PROFIT;
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
	private Industry(int value, String name, String literal) {
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
	
} //Industry
