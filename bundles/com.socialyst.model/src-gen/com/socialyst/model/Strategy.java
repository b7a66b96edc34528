/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The client's social-media strategy for one period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.Strategy#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link com.socialyst.model.Strategy#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link com.socialyst.model.Strategy#getGoals <em>Goals</em>}</li>
 *   <li>{@link com.socialyst.model.Strategy#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link com.socialyst.model.Strategy#getChannels <em>Channels</em>}</li>
 *   <li>{@link com.socialyst.model.Strategy#getInitiatives <em>Initiatives</em>}</li>
 *   <li>{@link com.socialyst.model.Strategy#getBudgetLines <em>Budget Lines</em>}</li>
 *   <li>{@link com.socialyst.model.Strategy#getExecutiveSponsor <em>Executive Sponsor</em>}</li>
 *   <li>{@link com.socialyst.model.Strategy#getGovernance <em>Governance</em>}</li>
 *   <li>{@link com.socialyst.model.Strategy#getKpis <em>Kpis</em>}</li>
 *   <li>{@link com.socialyst.model.Strategy#getSoftValues <em>Soft Values</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getStrategy()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='periodOrdered kpiWeightsPerKind uniqueKpiIds'"
 * @generated
 */
public interface Strategy extends EObject {
	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see com.socialyst.model.SocialystPackage#getStrategy_PeriodStart()
	 * @model dataType="com.socialyst.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Strategy#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of the period (inclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see com.socialyst.model.SocialystPackage#getStrategy_PeriodEnd()
	 * @model dataType="com.socialyst.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Strategy#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.BusinessGoal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getStrategy_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<BusinessGoal> getGoals();

	/**
	 * Returns the value of the '<em><b>Audiences</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.Audience}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audiences</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getStrategy_Audiences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Audience> getAudiences();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link com.socialyst.model.ChannelAccount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The client's channel accounts in scope of this strategy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see com.socialyst.model.SocialystPackage#getStrategy_Channels()
	 * @model
	 * @generated
	 */
	EList<ChannelAccount> getChannels();

	/**
	 * Returns the value of the '<em><b>Initiatives</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.Initiative}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiatives</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getStrategy_Initiatives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Initiative> getInitiatives();

	/**
	 * Returns the value of the '<em><b>Budget Lines</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.BudgetLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Lines</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getStrategy_BudgetLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetLine> getBudgetLines();

	/**
	 * Returns the value of the '<em><b>Executive Sponsor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * null = no executive sponsor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Executive Sponsor</em>' containment reference.
	 * @see #setExecutiveSponsor(Sponsor)
	 * @see com.socialyst.model.SocialystPackage#getStrategy_ExecutiveSponsor()
	 * @model containment="true"
	 * @generated
	 */
	Sponsor getExecutiveSponsor();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Strategy#getExecutiveSponsor <em>Executive Sponsor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Executive Sponsor</em>' containment reference.
	 * @see #getExecutiveSponsor()
	 * @generated
	 */
	void setExecutiveSponsor(Sponsor value);

	/**
	 * Returns the value of the '<em><b>Governance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Governance</em>' containment reference.
	 * @see #setGovernance(Governance)
	 * @see com.socialyst.model.SocialystPackage#getStrategy_Governance()
	 * @model containment="true"
	 * @generated
	 */
	Governance getGovernance();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Strategy#getGovernance <em>Governance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Governance</em>' containment reference.
	 * @see #getGovernance()
	 * @generated
	 */
	void setGovernance(Governance value);

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpis</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getStrategy_Kpis()
	 * @model containment="true"
	 * @generated
	 */
	EList<Kpi> getKpis();

	/**
	 * Returns the value of the '<em><b>Soft Values</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.SoftValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Soft Values</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getStrategy_SoftValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<SoftValue> getSoftValues();

} // Strategy
