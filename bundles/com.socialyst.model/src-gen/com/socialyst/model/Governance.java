/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Governance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How social media is governed at the client.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.Governance#isSteeringCommittee <em>Steering Committee</em>}</li>
 *   <li>{@link com.socialyst.model.Governance#isWorkingGroup <em>Working Group</em>}</li>
 *   <li>{@link com.socialyst.model.Governance#isSocialMediaPolicy <em>Social Media Policy</em>}</li>
 *   <li>{@link com.socialyst.model.Governance#isTrainingProgramme <em>Training Programme</em>}</li>
 *   <li>{@link com.socialyst.model.Governance#getLastToolReview <em>Last Tool Review</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getGovernance()
 * @model
 * @generated
 */
public interface Governance extends EObject {
	/**
	 * Returns the value of the '<em><b>Steering Committee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steering Committee</em>' attribute.
	 * @see #setSteeringCommittee(boolean)
	 * @see com.socialyst.model.SocialystPackage#getGovernance_SteeringCommittee()
	 * @model
	 * @generated
	 */
	boolean isSteeringCommittee();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Governance#isSteeringCommittee <em>Steering Committee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steering Committee</em>' attribute.
	 * @see #isSteeringCommittee()
	 * @generated
	 */
	void setSteeringCommittee(boolean value);

	/**
	 * Returns the value of the '<em><b>Working Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Working Group</em>' attribute.
	 * @see #setWorkingGroup(boolean)
	 * @see com.socialyst.model.SocialystPackage#getGovernance_WorkingGroup()
	 * @model
	 * @generated
	 */
	boolean isWorkingGroup();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Governance#isWorkingGroup <em>Working Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Working Group</em>' attribute.
	 * @see #isWorkingGroup()
	 * @generated
	 */
	void setWorkingGroup(boolean value);

	/**
	 * Returns the value of the '<em><b>Social Media Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Social Media Policy</em>' attribute.
	 * @see #setSocialMediaPolicy(boolean)
	 * @see com.socialyst.model.SocialystPackage#getGovernance_SocialMediaPolicy()
	 * @model
	 * @generated
	 */
	boolean isSocialMediaPolicy();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Governance#isSocialMediaPolicy <em>Social Media Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Social Media Policy</em>' attribute.
	 * @see #isSocialMediaPolicy()
	 * @generated
	 */
	void setSocialMediaPolicy(boolean value);

	/**
	 * Returns the value of the '<em><b>Training Programme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training Programme</em>' attribute.
	 * @see #setTrainingProgramme(boolean)
	 * @see com.socialyst.model.SocialystPackage#getGovernance_TrainingProgramme()
	 * @model
	 * @generated
	 */
	boolean isTrainingProgramme();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Governance#isTrainingProgramme <em>Training Programme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training Programme</em>' attribute.
	 * @see #isTrainingProgramme()
	 * @generated
	 */
	void setTrainingProgramme(boolean value);

	/**
	 * Returns the value of the '<em><b>Last Tool Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Tool Review</em>' attribute.
	 * @see #setLastToolReview(LocalDate)
	 * @see com.socialyst.model.SocialystPackage#getGovernance_LastToolReview()
	 * @model dataType="com.socialyst.model.LocalDate"
	 * @generated
	 */
	LocalDate getLastToolReview();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Governance#getLastToolReview <em>Last Tool Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Tool Review</em>' attribute.
	 * @see #getLastToolReview()
	 * @generated
	 */
	void setLastToolReview(LocalDate value);

} // Governance
