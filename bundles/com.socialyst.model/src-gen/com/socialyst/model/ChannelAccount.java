/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel Account</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One account of the client on one platform.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.ChannelAccount#getId <em>Id</em>}</li>
 *   <li>{@link com.socialyst.model.ChannelAccount#getPlatform <em>Platform</em>}</li>
 *   <li>{@link com.socialyst.model.ChannelAccount#getHandle <em>Handle</em>}</li>
 *   <li>{@link com.socialyst.model.ChannelAccount#getSeries <em>Series</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getChannelAccount()
 * @model
 * @generated
 */
public interface ChannelAccount extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derived: <platform literal>:<handle> (the handle URI-fragment-encoded), e.g. linkedin:acme-corp. It is the EMF ID, so references to channel accounts read #linkedin:acme-corp in the files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see com.socialyst.model.SocialystPackage#getChannelAccount_Id()
	 * @model id="true" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getId();

	/**
	 * Returns the value of the '<em><b>Platform</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.Platform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Platform</em>' attribute.
	 * @see com.socialyst.model.Platform
	 * @see #setPlatform(Platform)
	 * @see com.socialyst.model.SocialystPackage#getChannelAccount_Platform()
	 * @model
	 * @generated
	 */
	Platform getPlatform();

	/**
	 * Sets the value of the '{@link com.socialyst.model.ChannelAccount#getPlatform <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Platform</em>' attribute.
	 * @see com.socialyst.model.Platform
	 * @see #getPlatform()
	 * @generated
	 */
	void setPlatform(Platform value);

	/**
	 * Returns the value of the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handle</em>' attribute.
	 * @see #setHandle(String)
	 * @see com.socialyst.model.SocialystPackage#getChannelAccount_Handle()
	 * @model
	 * @generated
	 */
	String getHandle();

	/**
	 * Sets the value of the '{@link com.socialyst.model.ChannelAccount#getHandle <em>Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handle</em>' attribute.
	 * @see #getHandle()
	 * @generated
	 */
	void setHandle(String value);

	/**
	 * Returns the value of the '<em><b>Series</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.MeasurementSeries}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getChannelAccount_Series()
	 * @model containment="true"
	 * @generated
	 */
	EList<MeasurementSeries> getSeries();

} // ChannelAccount
