/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Soft Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A declared soft (non-monetary) value counted in the ROI, with the assumption behind its amount.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.SoftValue#getLabel <em>Label</em>}</li>
 *   <li>{@link com.socialyst.model.SoftValue#getAmount <em>Amount</em>}</li>
 *   <li>{@link com.socialyst.model.SoftValue#getAssumption <em>Assumption</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getSoftValue()
 * @model
 * @generated
 */
public interface SoftValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see com.socialyst.model.SocialystPackage#getSoftValue_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link com.socialyst.model.SoftValue#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(double)
	 * @see com.socialyst.model.SocialystPackage#getSoftValue_Amount()
	 * @model
	 * @generated
	 */
	double getAmount();

	/**
	 * Sets the value of the '{@link com.socialyst.model.SoftValue#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(double value);

	/**
	 * Returns the value of the '<em><b>Assumption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assumption</em>' attribute.
	 * @see #setAssumption(String)
	 * @see com.socialyst.model.SocialystPackage#getSoftValue_Assumption()
	 * @model
	 * @generated
	 */
	String getAssumption();

	/**
	 * Sets the value of the '{@link com.socialyst.model.SoftValue#getAssumption <em>Assumption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumption</em>' attribute.
	 * @see #getAssumption()
	 * @generated
	 */
	void setAssumption(String value);

} // SoftValue
