/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The daily values of one field of one channel account, stored column-wise: values[i] is the value of day start + i, NaN = no value.
 * Arrays are values: never change an array obtained from getValues(); set a new one (put() does so).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.MeasurementSeries#getField <em>Field</em>}</li>
 *   <li>{@link com.socialyst.model.MeasurementSeries#getStart <em>Start</em>}</li>
 *   <li>{@link com.socialyst.model.MeasurementSeries#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getMeasurementSeries()
 * @model
 * @generated
 */
public interface MeasurementSeries extends EObject {
	/**
	 * Returns the value of the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Canonical ids: followers, impressions, reach, engagements, likes, comments, shares, clicks, video_views, posts, replies, conversions, revenue, spend, mentions; others are allowed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field</em>' attribute.
	 * @see #setField(String)
	 * @see com.socialyst.model.SocialystPackage#getMeasurementSeries_Field()
	 * @model
	 * @generated
	 */
	String getField();

	/**
	 * Sets the value of the '{@link com.socialyst.model.MeasurementSeries#getField <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' attribute.
	 * @see #getField()
	 * @generated
	 */
	void setField(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day of values[0].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see com.socialyst.model.SocialystPackage#getMeasurementSeries_Start()
	 * @model dataType="com.socialyst.model.LocalDate"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link com.socialyst.model.MeasurementSeries#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One value per consecutive day from start; NaN = no value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute.
	 * @see #setValues(double[])
	 * @see com.socialyst.model.SocialystPackage#getMeasurementSeries_Values()
	 * @model dataType="com.socialyst.model.DoubleArray"
	 * @generated
	 */
	double[] getValues();

	/**
	 * Sets the value of the '{@link com.socialyst.model.MeasurementSeries#getValues <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Values</em>' attribute.
	 * @see #getValues()
	 * @generated
	 */
	void setValues(double[] value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of days covered (the length of values; 0 when there are none).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	int length();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day of the last value, or null when there are no values.
	 * <!-- end-model-doc -->
	 * @model dataType="com.socialyst.model.LocalDate"
	 * @generated
	 */
	LocalDate endDate();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value of the given day; NaN when there is none or the day is outside the series.
	 * <!-- end-model-doc -->
	 * @model dateDataType="com.socialyst.model.LocalDate"
	 * @generated
	 */
	double valueAt(LocalDate date);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sets the value of the given day, growing the series (with NaN) as needed. Copies the array: for bulk loads build a double[] and call setValues once.
	 * <!-- end-model-doc -->
	 * @model dateDataType="com.socialyst.model.LocalDate"
	 * @generated
	 */
	void put(LocalDate date, double value);

} // MeasurementSeries
