/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.impl;

import com.socialyst.model.Governance;
import com.socialyst.model.SocialystPackage;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Governance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.impl.GovernanceImpl#isSteeringCommittee <em>Steering Committee</em>}</li>
 *   <li>{@link com.socialyst.model.impl.GovernanceImpl#isWorkingGroup <em>Working Group</em>}</li>
 *   <li>{@link com.socialyst.model.impl.GovernanceImpl#isSocialMediaPolicy <em>Social Media Policy</em>}</li>
 *   <li>{@link com.socialyst.model.impl.GovernanceImpl#isTrainingProgramme <em>Training Programme</em>}</li>
 *   <li>{@link com.socialyst.model.impl.GovernanceImpl#getLastToolReview <em>Last Tool Review</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GovernanceImpl extends MinimalEObjectImpl.Container implements Governance {
	/**
	 * The default value of the '{@link #isSteeringCommittee() <em>Steering Committee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSteeringCommittee()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STEERING_COMMITTEE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSteeringCommittee() <em>Steering Committee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSteeringCommittee()
	 * @generated
	 * @ordered
	 */
	protected boolean steeringCommittee = STEERING_COMMITTEE_EDEFAULT;

	/**
	 * The default value of the '{@link #isWorkingGroup() <em>Working Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWorkingGroup()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WORKING_GROUP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWorkingGroup() <em>Working Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWorkingGroup()
	 * @generated
	 * @ordered
	 */
	protected boolean workingGroup = WORKING_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #isSocialMediaPolicy() <em>Social Media Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSocialMediaPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SOCIAL_MEDIA_POLICY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSocialMediaPolicy() <em>Social Media Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSocialMediaPolicy()
	 * @generated
	 * @ordered
	 */
	protected boolean socialMediaPolicy = SOCIAL_MEDIA_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #isTrainingProgramme() <em>Training Programme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainingProgramme()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRAINING_PROGRAMME_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTrainingProgramme() <em>Training Programme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainingProgramme()
	 * @generated
	 * @ordered
	 */
	protected boolean trainingProgramme = TRAINING_PROGRAMME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastToolReview() <em>Last Tool Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastToolReview()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_TOOL_REVIEW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastToolReview() <em>Last Tool Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastToolReview()
	 * @generated
	 * @ordered
	 */
	protected LocalDate lastToolReview = LAST_TOOL_REVIEW_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GovernanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialystPackage.Literals.GOVERNANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSteeringCommittee() {
		return steeringCommittee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteeringCommittee(boolean newSteeringCommittee) {
		boolean oldSteeringCommittee = steeringCommittee;
		steeringCommittee = newSteeringCommittee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.GOVERNANCE__STEERING_COMMITTEE, oldSteeringCommittee, steeringCommittee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWorkingGroup() {
		return workingGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkingGroup(boolean newWorkingGroup) {
		boolean oldWorkingGroup = workingGroup;
		workingGroup = newWorkingGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.GOVERNANCE__WORKING_GROUP, oldWorkingGroup, workingGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSocialMediaPolicy() {
		return socialMediaPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSocialMediaPolicy(boolean newSocialMediaPolicy) {
		boolean oldSocialMediaPolicy = socialMediaPolicy;
		socialMediaPolicy = newSocialMediaPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.GOVERNANCE__SOCIAL_MEDIA_POLICY, oldSocialMediaPolicy, socialMediaPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTrainingProgramme() {
		return trainingProgramme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainingProgramme(boolean newTrainingProgramme) {
		boolean oldTrainingProgramme = trainingProgramme;
		trainingProgramme = newTrainingProgramme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.GOVERNANCE__TRAINING_PROGRAMME, oldTrainingProgramme, trainingProgramme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastToolReview() {
		return lastToolReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastToolReview(LocalDate newLastToolReview) {
		LocalDate oldLastToolReview = lastToolReview;
		lastToolReview = newLastToolReview;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.GOVERNANCE__LAST_TOOL_REVIEW, oldLastToolReview, lastToolReview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SocialystPackage.GOVERNANCE__STEERING_COMMITTEE:
				return isSteeringCommittee();
			case SocialystPackage.GOVERNANCE__WORKING_GROUP:
				return isWorkingGroup();
			case SocialystPackage.GOVERNANCE__SOCIAL_MEDIA_POLICY:
				return isSocialMediaPolicy();
			case SocialystPackage.GOVERNANCE__TRAINING_PROGRAMME:
				return isTrainingProgramme();
			case SocialystPackage.GOVERNANCE__LAST_TOOL_REVIEW:
				return getLastToolReview();
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
			case SocialystPackage.GOVERNANCE__STEERING_COMMITTEE:
				setSteeringCommittee((Boolean)newValue);
				return;
			case SocialystPackage.GOVERNANCE__WORKING_GROUP:
				setWorkingGroup((Boolean)newValue);
				return;
			case SocialystPackage.GOVERNANCE__SOCIAL_MEDIA_POLICY:
				setSocialMediaPolicy((Boolean)newValue);
				return;
			case SocialystPackage.GOVERNANCE__TRAINING_PROGRAMME:
				setTrainingProgramme((Boolean)newValue);
				return;
			case SocialystPackage.GOVERNANCE__LAST_TOOL_REVIEW:
				setLastToolReview((LocalDate)newValue);
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
			case SocialystPackage.GOVERNANCE__STEERING_COMMITTEE:
				setSteeringCommittee(STEERING_COMMITTEE_EDEFAULT);
				return;
			case SocialystPackage.GOVERNANCE__WORKING_GROUP:
				setWorkingGroup(WORKING_GROUP_EDEFAULT);
				return;
			case SocialystPackage.GOVERNANCE__SOCIAL_MEDIA_POLICY:
				setSocialMediaPolicy(SOCIAL_MEDIA_POLICY_EDEFAULT);
				return;
			case SocialystPackage.GOVERNANCE__TRAINING_PROGRAMME:
				setTrainingProgramme(TRAINING_PROGRAMME_EDEFAULT);
				return;
			case SocialystPackage.GOVERNANCE__LAST_TOOL_REVIEW:
				setLastToolReview(LAST_TOOL_REVIEW_EDEFAULT);
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
			case SocialystPackage.GOVERNANCE__STEERING_COMMITTEE:
				return steeringCommittee != STEERING_COMMITTEE_EDEFAULT;
			case SocialystPackage.GOVERNANCE__WORKING_GROUP:
				return workingGroup != WORKING_GROUP_EDEFAULT;
			case SocialystPackage.GOVERNANCE__SOCIAL_MEDIA_POLICY:
				return socialMediaPolicy != SOCIAL_MEDIA_POLICY_EDEFAULT;
			case SocialystPackage.GOVERNANCE__TRAINING_PROGRAMME:
				return trainingProgramme != TRAINING_PROGRAMME_EDEFAULT;
			case SocialystPackage.GOVERNANCE__LAST_TOOL_REVIEW:
				return LAST_TOOL_REVIEW_EDEFAULT == null ? lastToolReview != null : !LAST_TOOL_REVIEW_EDEFAULT.equals(lastToolReview);
		}
		return super.eIsSet(featureID);
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
		result.append(" (steeringCommittee: ");
		result.append(steeringCommittee);
		result.append(", workingGroup: ");
		result.append(workingGroup);
		result.append(", socialMediaPolicy: ");
		result.append(socialMediaPolicy);
		result.append(", trainingProgramme: ");
		result.append(trainingProgramme);
		result.append(", lastToolReview: ");
		result.append(lastToolReview);
		result.append(')');
		return result.toString();
	}

} //GovernanceImpl
