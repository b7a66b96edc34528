/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Initiative</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A project or campaign carrying out the strategy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.Initiative#getName <em>Name</em>}</li>
 *   <li>{@link com.socialyst.model.Initiative#getDepartment <em>Department</em>}</li>
 *   <li>{@link com.socialyst.model.Initiative#getGoals <em>Goals</em>}</li>
 *   <li>{@link com.socialyst.model.Initiative#getChannels <em>Channels</em>}</li>
 *   <li>{@link com.socialyst.model.Initiative#getStart <em>Start</em>}</li>
 *   <li>{@link com.socialyst.model.Initiative#getEnd <em>End</em>}</li>
 *   <li>{@link com.socialyst.model.Initiative#getStatus <em>Status</em>}</li>
 *   <li>{@link com.socialyst.model.Initiative#getBudget <em>Budget</em>}</li>
 *   <li>{@link com.socialyst.model.Initiative#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getInitiative()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='datesOrdered budgetNonNegative'"
 * @generated
 */
public interface Initiative extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see com.socialyst.model.SocialystPackage#getInitiative_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Initiative#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.Department}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see com.socialyst.model.Department
	 * @see #setDepartment(Department)
	 * @see com.socialyst.model.SocialystPackage#getInitiative_Department()
	 * @model
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Initiative#getDepartment <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' attribute.
	 * @see com.socialyst.model.Department
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' reference list.
	 * The list contents are of type {@link com.socialyst.model.BusinessGoal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' reference list.
	 * @see com.socialyst.model.SocialystPackage#getInitiative_Goals()
	 * @model
	 * @generated
	 */
	EList<BusinessGoal> getGoals();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link com.socialyst.model.ChannelAccount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see com.socialyst.model.SocialystPackage#getInitiative_Channels()
	 * @model
	 * @generated
	 */
	EList<ChannelAccount> getChannels();

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see com.socialyst.model.SocialystPackage#getInitiative_Start()
	 * @model dataType="com.socialyst.model.LocalDate"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Initiative#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day (inclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(LocalDate)
	 * @see com.socialyst.model.SocialystPackage#getInitiative_End()
	 * @model dataType="com.socialyst.model.LocalDate"
	 * @generated
	 */
	LocalDate getEnd();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Initiative#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.InitiativeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see com.socialyst.model.InitiativeStatus
	 * @see #setStatus(InitiativeStatus)
	 * @see com.socialyst.model.SocialystPackage#getInitiative_Status()
	 * @model
	 * @generated
	 */
	InitiativeStatus getStatus();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Initiative#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see com.socialyst.model.InitiativeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(InitiativeStatus value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(double)
	 * @see com.socialyst.model.SocialystPackage#getInitiative_Budget()
	 * @model
	 * @generated
	 */
	double getBudget();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Initiative#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(double value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see com.socialyst.model.SocialystPackage#getInitiative_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Initiative#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

} // Initiative
