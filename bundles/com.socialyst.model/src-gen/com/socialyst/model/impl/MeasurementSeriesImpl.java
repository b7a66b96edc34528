/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.impl;

import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.SocialystPackage;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Arrays;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measurement Series</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.impl.MeasurementSeriesImpl#getField <em>Field</em>}</li>
 *   <li>{@link com.socialyst.model.impl.MeasurementSeriesImpl#getStart <em>Start</em>}</li>
 *   <li>{@link com.socialyst.model.impl.MeasurementSeriesImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasurementSeriesImpl extends MinimalEObjectImpl.Container implements MeasurementSeries {
	/**
	 * Longest series {@link #put} makes: 1,000 years of days, far beyond any real series, well below array limits.
	 */
	private static final long MAX_DAYS = 366_000;

	/**
	 * The default value of the '{@link #getField() <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getField()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getField() <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getField()
	 * @generated
	 * @ordered
	 */
	protected String field = FIELD_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getValues() <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected static final double[] VALUES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected double[] values = VALUES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurementSeriesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialystPackage.Literals.MEASUREMENT_SERIES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getField() {
		return field;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setField(String newField) {
		String oldField = field;
		field = newField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.MEASUREMENT_SERIES__FIELD, oldField, field));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(LocalDate newStart) {
		LocalDate oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.MEASUREMENT_SERIES__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getValues() {
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValues(double[] newValues) {
		double[] oldValues = values;
		values = newValues;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.MEASUREMENT_SERIES__VALUES, oldValues, values));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public int length() {
		return values == null ? 0 : values.length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public LocalDate endDate() {
		int length = length();
		return start == null || length == 0 ? null : start.plusDays(length - 1L);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public double valueAt(LocalDate date) {
		if (date == null || start == null || values == null) {
			return Double.NaN;
		}
		long index = date.toEpochDay() - start.toEpochDay();
		return index < 0 || index >= values.length ? Double.NaN : values[(int)index];
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void put(LocalDate date, double value) {
		if (date == null) {
			throw new IllegalArgumentException("date is null");
		}
		if (start == null || values == null || values.length == 0) {
			if (!Double.isNaN(value)) {
				setValues(new double[] { value });
				setStart(date);
			}
			return;
		}
		long index = date.toEpochDay() - start.toEpochDay();
		boolean inside = index >= 0 && index < values.length;
		if (!inside && Double.isNaN(value)) {
			return; // no value outside the series already
		}
		long newLength = index < 0 ? values.length - index : Math.max(values.length, index + 1);
		if (newLength > MAX_DAYS) {
			throw new IllegalArgumentException("a series cannot span more than " + MAX_DAYS + " days: " + start + " to " + date);
		}
		double[] newValues;
		if (index < 0) {
			newValues = new double[(int)newLength];
			Arrays.fill(newValues, 1, (int)-index, Double.NaN);
			System.arraycopy(values, 0, newValues, (int)-index, values.length);
			newValues[0] = value;
		} else {
			newValues = Arrays.copyOf(values, (int)newLength);
			if (index > values.length) {
				Arrays.fill(newValues, values.length, (int)index, Double.NaN);
			}
			newValues[(int)index] = value;
		}
		setValues(newValues);
		if (index < 0) {
			setStart(date);
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SocialystPackage.MEASUREMENT_SERIES__FIELD:
				return getField();
			case SocialystPackage.MEASUREMENT_SERIES__START:
				return getStart();
			case SocialystPackage.MEASUREMENT_SERIES__VALUES:
				return getValues();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SocialystPackage.MEASUREMENT_SERIES__FIELD:
				setField((String)newValue);
				return;
			case SocialystPackage.MEASUREMENT_SERIES__START:
				setStart((LocalDate)newValue);
				return;
			case SocialystPackage.MEASUREMENT_SERIES__VALUES:
				setValues((double[])newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SocialystPackage.MEASUREMENT_SERIES__FIELD:
				setField(FIELD_EDEFAULT);
				return;
			case SocialystPackage.MEASUREMENT_SERIES__START:
				setStart(START_EDEFAULT);
				return;
			case SocialystPackage.MEASUREMENT_SERIES__VALUES:
				setValues(VALUES_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SocialystPackage.MEASUREMENT_SERIES__FIELD:
				return FIELD_EDEFAULT == null ? field != null : !FIELD_EDEFAULT.equals(field);
			case SocialystPackage.MEASUREMENT_SERIES__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case SocialystPackage.MEASUREMENT_SERIES__VALUES:
				return VALUES_EDEFAULT == null ? values != null : !VALUES_EDEFAULT.equals(values);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SocialystPackage.MEASUREMENT_SERIES___LENGTH:
				return length();
			case SocialystPackage.MEASUREMENT_SERIES___END_DATE:
				return endDate();
			case SocialystPackage.MEASUREMENT_SERIES___VALUE_AT__LOCALDATE:
				return valueAt((LocalDate)arguments.get(0));
			case SocialystPackage.MEASUREMENT_SERIES___PUT__LOCALDATE_DOUBLE:
				put((LocalDate)arguments.get(0), (Double)arguments.get(1));
				return null;
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (field: ");
		result.append(field);
		result.append(", start: ");
		result.append(start);
		result.append(", values: ");
		result.append(values);
		result.append(')');
		return result.toString();
	}

} //MeasurementSeriesImpl
