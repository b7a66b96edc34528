/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Audience</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An audience the strategy addresses.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.Audience#getKind <em>Kind</em>}</li>
 *   <li>{@link com.socialyst.model.Audience#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getAudience()
 * @model
 * @generated
 */
public interface Audience extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.AudienceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see com.socialyst.model.AudienceKind
	 * @see #setKind(AudienceKind)
	 * @see com.socialyst.model.SocialystPackage#getAudience_Kind()
	 * @model
	 * @generated
	 */
	AudienceKind getKind();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Audience#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see com.socialyst.model.AudienceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AudienceKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see com.socialyst.model.SocialystPackage#getAudience_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Audience#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Audience
