/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Portfolio</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of portfolio.xmi: the consultancy's brand, its clients and its formula metrics.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.Portfolio#getName <em>Name</em>}</li>
 *   <li>{@link com.socialyst.model.Portfolio#getBrand <em>Brand</em>}</li>
 *   <li>{@link com.socialyst.model.Portfolio#getClients <em>Clients</em>}</li>
 *   <li>{@link com.socialyst.model.Portfolio#getFormulaMetrics <em>Formula Metrics</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getPortfolio()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueClientIds'"
 * @generated
 */
public interface Portfolio extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see com.socialyst.model.SocialystPackage#getPortfolio_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Portfolio#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Brand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The consultancy's own brand, used for reports unless a client's brand mode says otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Brand</em>' containment reference.
	 * @see #setBrand(Brand)
	 * @see com.socialyst.model.SocialystPackage#getPortfolio_Brand()
	 * @model containment="true"
	 * @generated
	 */
	Brand getBrand();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Portfolio#getBrand <em>Brand</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand</em>' containment reference.
	 * @see #getBrand()
	 * @generated
	 */
	void setBrand(Brand value);

	/**
	 * Returns the value of the '<em><b>Clients</b></em>' reference list.
	 * The list contents are of type {@link com.socialyst.model.Client}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clients; each one is the root of its own resource clients/<id>.xmi, so these references are cross-resource proxies until resolved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clients</em>' reference list.
	 * @see com.socialyst.model.SocialystPackage#getPortfolio_Clients()
	 * @model
	 * @generated
	 */
	EList<Client> getClients();

	/**
	 * Returns the value of the '<em><b>Formula Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.FormulaMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Formula Metrics</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getPortfolio_FormulaMetrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<FormulaMetric> getFormulaMetrics();

} // Portfolio
