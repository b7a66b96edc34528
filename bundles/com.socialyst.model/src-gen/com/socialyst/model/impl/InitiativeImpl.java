/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.impl;

import com.socialyst.model.BusinessGoal;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Department;
import com.socialyst.model.Initiative;
import com.socialyst.model.InitiativeStatus;
import com.socialyst.model.SocialystPackage;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Initiative</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.impl.InitiativeImpl#getName <em>Name</em>}</li>
 *   <li>{@link com.socialyst.model.impl.InitiativeImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link com.socialyst.model.impl.InitiativeImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link com.socialyst.model.impl.InitiativeImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link com.socialyst.model.impl.InitiativeImpl#getStart <em>Start</em>}</li>
 *   <li>{@link com.socialyst.model.impl.InitiativeImpl#getEnd <em>End</em>}</li>
 *   <li>{@link com.socialyst.model.impl.InitiativeImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link com.socialyst.model.impl.InitiativeImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link com.socialyst.model.impl.InitiativeImpl#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InitiativeImpl extends MinimalEObjectImpl.Container implements Initiative {
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
	 * The default value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected static final Department DEPARTMENT_EDEFAULT = Department.MARKETING;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected Department department = DEPARTMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessGoal> goals;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<ChannelAccount> channels;

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
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final InitiativeStatus STATUS_EDEFAULT = InitiativeStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected InitiativeStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected static final double BUDGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected double budget = BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InitiativeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialystPackage.Literals.INITIATIVE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.INITIATIVE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department getDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(Department newDepartment) {
		Department oldDepartment = department;
		department = newDepartment == null ? DEPARTMENT_EDEFAULT : newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.INITIATIVE__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessGoal> getGoals() {
		if (goals == null) {
			goals = new EObjectResolvingEList<BusinessGoal>(BusinessGoal.class, this, SocialystPackage.INITIATIVE__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChannelAccount> getChannels() {
		if (channels == null) {
			channels = new EObjectResolvingEList<ChannelAccount>(ChannelAccount.class, this, SocialystPackage.INITIATIVE__CHANNELS);
		}
		return channels;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.INITIATIVE__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(LocalDate newEnd) {
		LocalDate oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.INITIATIVE__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitiativeStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(InitiativeStatus newStatus) {
		InitiativeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.INITIATIVE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(double newBudget) {
		double oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.INITIATIVE__BUDGET, oldBudget, budget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.INITIATIVE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SocialystPackage.INITIATIVE__NAME:
				return getName();
			case SocialystPackage.INITIATIVE__DEPARTMENT:
				return getDepartment();
			case SocialystPackage.INITIATIVE__GOALS:
				return getGoals();
			case SocialystPackage.INITIATIVE__CHANNELS:
				return getChannels();
			case SocialystPackage.INITIATIVE__START:
				return getStart();
			case SocialystPackage.INITIATIVE__END:
				return getEnd();
			case SocialystPackage.INITIATIVE__STATUS:
				return getStatus();
			case SocialystPackage.INITIATIVE__BUDGET:
				return getBudget();
			case SocialystPackage.INITIATIVE__OWNER:
				return getOwner();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SocialystPackage.INITIATIVE__NAME:
				setName((String)newValue);
				return;
			case SocialystPackage.INITIATIVE__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case SocialystPackage.INITIATIVE__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends BusinessGoal>)newValue);
				return;
			case SocialystPackage.INITIATIVE__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends ChannelAccount>)newValue);
				return;
			case SocialystPackage.INITIATIVE__START:
				setStart((LocalDate)newValue);
				return;
			case SocialystPackage.INITIATIVE__END:
				setEnd((LocalDate)newValue);
				return;
			case SocialystPackage.INITIATIVE__STATUS:
				setStatus((InitiativeStatus)newValue);
				return;
			case SocialystPackage.INITIATIVE__BUDGET:
				setBudget((Double)newValue);
				return;
			case SocialystPackage.INITIATIVE__OWNER:
				setOwner((String)newValue);
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
			case SocialystPackage.INITIATIVE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SocialystPackage.INITIATIVE__DEPARTMENT:
				setDepartment(DEPARTMENT_EDEFAULT);
				return;
			case SocialystPackage.INITIATIVE__GOALS:
				getGoals().clear();
				return;
			case SocialystPackage.INITIATIVE__CHANNELS:
				getChannels().clear();
				return;
			case SocialystPackage.INITIATIVE__START:
				setStart(START_EDEFAULT);
				return;
			case SocialystPackage.INITIATIVE__END:
				setEnd(END_EDEFAULT);
				return;
			case SocialystPackage.INITIATIVE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SocialystPackage.INITIATIVE__BUDGET:
				setBudget(BUDGET_EDEFAULT);
				return;
			case SocialystPackage.INITIATIVE__OWNER:
				setOwner(OWNER_EDEFAULT);
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
			case SocialystPackage.INITIATIVE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SocialystPackage.INITIATIVE__DEPARTMENT:
				return department != DEPARTMENT_EDEFAULT;
			case SocialystPackage.INITIATIVE__GOALS:
				return goals != null && !goals.isEmpty();
			case SocialystPackage.INITIATIVE__CHANNELS:
				return channels != null && !channels.isEmpty();
			case SocialystPackage.INITIATIVE__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case SocialystPackage.INITIATIVE__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case SocialystPackage.INITIATIVE__STATUS:
				return status != STATUS_EDEFAULT;
			case SocialystPackage.INITIATIVE__BUDGET:
				return budget != BUDGET_EDEFAULT;
			case SocialystPackage.INITIATIVE__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", department: ");
		result.append(department);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", status: ");
		result.append(status);
		result.append(", budget: ");
		result.append(budget);
		result.append(", owner: ");
		result.append(owner);
		result.append(')');
		return result.toString();
	}

} //InitiativeImpl
