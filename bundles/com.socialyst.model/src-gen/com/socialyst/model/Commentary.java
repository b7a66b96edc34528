/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Commentary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the consultant writes to the client about one reporting period; printed in the client report. A draft is printed marked as such until the consultant approves it, so nothing unreviewed goes out looking final.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.Commentary#getPeriod <em>Period</em>}</li>
 *   <li>{@link com.socialyst.model.Commentary#getText <em>Text</em>}</li>
 *   <li>{@link com.socialyst.model.Commentary#getAuthor <em>Author</em>}</li>
 *   <li>{@link com.socialyst.model.Commentary#getDate <em>Date</em>}</li>
 *   <li>{@link com.socialyst.model.Commentary#isApproved <em>Approved</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getCommentary()
 * @model
 * @generated
 */
public interface Commentary extends EObject {
	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reporting period's label, as reports name it: 2026-Q3, 2026-10, 2026 or FROM..TO.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see com.socialyst.model.SocialystPackage#getCommentary_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Commentary#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see com.socialyst.model.SocialystPackage#getCommentary_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Commentary#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see com.socialyst.model.SocialystPackage#getCommentary_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Commentary#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the text was last written or approved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see com.socialyst.model.SocialystPackage#getCommentary_Date()
	 * @model dataType="com.socialyst.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Commentary#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Approved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the consultant has reviewed the text for sending.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved</em>' attribute.
	 * @see #setApproved(boolean)
	 * @see com.socialyst.model.SocialystPackage#getCommentary_Approved()
	 * @model
	 * @generated
	 */
	boolean isApproved();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Commentary#isApproved <em>Approved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved</em>' attribute.
	 * @see #isApproved()
	 * @generated
	 */
	void setApproved(boolean value);

} // Commentary
