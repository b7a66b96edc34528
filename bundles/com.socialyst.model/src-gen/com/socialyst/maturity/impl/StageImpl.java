/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.maturity.impl;

import com.socialyst.maturity.MaturityPackage;
import com.socialyst.maturity.Stage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.maturity.impl.StageImpl#getId <em>Id</em>}</li>
 *   <li>{@link com.socialyst.maturity.impl.StageImpl#getName <em>Name</em>}</li>
 *   <li>{@link com.socialyst.maturity.impl.StageImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link com.socialyst.maturity.impl.StageImpl#getMinScore <em>Min Score</em>}</li>
 *   <li>{@link com.socialyst.maturity.impl.StageImpl#getMinDimensionScore <em>Min Dimension Score</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StageImpl extends MinimalEObjectImpl.Container implements Stage {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinScore() <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinScore()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinScore() <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinScore()
	 * @generated
	 * @ordered
	 */
	protected double minScore = MIN_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinDimensionScore() <em>Min Dimension Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDimensionScore()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_DIMENSION_SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinDimensionScore() <em>Min Dimension Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDimensionScore()
	 * @generated
	 * @ordered
	 */
	protected double minDimensionScore = MIN_DIMENSION_SCORE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MaturityPackage.Literals.STAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaturityPackage.STAGE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaturityPackage.STAGE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaturityPackage.STAGE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinScore() {
		return minScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinScore(double newMinScore) {
		double oldMinScore = minScore;
		minScore = newMinScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaturityPackage.STAGE__MIN_SCORE, oldMinScore, minScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinDimensionScore() {
		return minDimensionScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinDimensionScore(double newMinDimensionScore) {
		double oldMinDimensionScore = minDimensionScore;
		minDimensionScore = newMinDimensionScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaturityPackage.STAGE__MIN_DIMENSION_SCORE, oldMinDimensionScore, minDimensionScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MaturityPackage.STAGE__ID:
				return getId();
			case MaturityPackage.STAGE__NAME:
				return getName();
			case MaturityPackage.STAGE__DESCRIPTION:
				return getDescription();
			case MaturityPackage.STAGE__MIN_SCORE:
				return getMinScore();
			case MaturityPackage.STAGE__MIN_DIMENSION_SCORE:
				return getMinDimensionScore();
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
			case MaturityPackage.STAGE__ID:
				setId((String)newValue);
				return;
			case MaturityPackage.STAGE__NAME:
				setName((String)newValue);
				return;
			case MaturityPackage.STAGE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case MaturityPackage.STAGE__MIN_SCORE:
				setMinScore((Double)newValue);
				return;
			case MaturityPackage.STAGE__MIN_DIMENSION_SCORE:
				setMinDimensionScore((Double)newValue);
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
			case MaturityPackage.STAGE__ID:
				setId(ID_EDEFAULT);
				return;
			case MaturityPackage.STAGE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MaturityPackage.STAGE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case MaturityPackage.STAGE__MIN_SCORE:
				setMinScore(MIN_SCORE_EDEFAULT);
				return;
			case MaturityPackage.STAGE__MIN_DIMENSION_SCORE:
				setMinDimensionScore(MIN_DIMENSION_SCORE_EDEFAULT);
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
			case MaturityPackage.STAGE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case MaturityPackage.STAGE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MaturityPackage.STAGE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case MaturityPackage.STAGE__MIN_SCORE:
				return minScore != MIN_SCORE_EDEFAULT;
			case MaturityPackage.STAGE__MIN_DIMENSION_SCORE:
				return minDimensionScore != MIN_DIMENSION_SCORE_EDEFAULT;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", minScore: ");
		result.append(minScore);
		result.append(", minDimensionScore: ");
		result.append(minDimensionScore);
		result.append(')');
		return result.toString();
	}

} //StageImpl
