/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Planned and actual spend of one budget category.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.BudgetLine#getCategory <em>Category</em>}</li>
 *   <li>{@link com.socialyst.model.BudgetLine#getPlanned <em>Planned</em>}</li>
 *   <li>{@link com.socialyst.model.BudgetLine#getActual <em>Actual</em>}</li>
 *   <li>{@link com.socialyst.model.BudgetLine#getCurrency <em>Currency</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getBudgetLine()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='amountsNonNegative'"
 * @generated
 */
public interface BudgetLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.BudgetCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see com.socialyst.model.BudgetCategory
	 * @see #setCategory(BudgetCategory)
	 * @see com.socialyst.model.SocialystPackage#getBudgetLine_Category()
	 * @model
	 * @generated
	 */
	BudgetCategory getCategory();

	/**
	 * Sets the value of the '{@link com.socialyst.model.BudgetLine#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see com.socialyst.model.BudgetCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(BudgetCategory value);

	/**
	 * Returns the value of the '<em><b>Planned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned</em>' attribute.
	 * @see #setPlanned(double)
	 * @see com.socialyst.model.SocialystPackage#getBudgetLine_Planned()
	 * @model
	 * @generated
	 */
	double getPlanned();

	/**
	 * Sets the value of the '{@link com.socialyst.model.BudgetLine#getPlanned <em>Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned</em>' attribute.
	 * @see #getPlanned()
	 * @generated
	 */
	void setPlanned(double value);

	/**
	 * Returns the value of the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual</em>' attribute.
	 * @see #setActual(double)
	 * @see com.socialyst.model.SocialystPackage#getBudgetLine_Actual()
	 * @model
	 * @generated
	 */
	double getActual();

	/**
	 * Sets the value of the '{@link com.socialyst.model.BudgetLine#getActual <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' attribute.
	 * @see #getActual()
	 * @generated
	 */
	void setActual(double value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 currency code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see com.socialyst.model.SocialystPackage#getBudgetLine_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link com.socialyst.model.BudgetLine#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

} // BudgetLine
