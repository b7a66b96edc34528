/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see com.socialyst.model.SocialystPackage
 * @generated
 */
public interface SocialystFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SocialystFactory eINSTANCE = com.socialyst.model.impl.SocialystFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Portfolio</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Portfolio</em>'.
	 * @generated
	 */
	Portfolio createPortfolio();

	/**
	 * Returns a new object of class '<em>Formula Metric</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Formula Metric</em>'.
	 * @generated
	 */
	FormulaMetric createFormulaMetric();

	/**
	 * Returns a new object of class '<em>Brand</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Brand</em>'.
	 * @generated
	 */
	Brand createBrand();

	/**
	 * Returns a new object of class '<em>Client</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Client</em>'.
	 * @generated
	 */
	Client createClient();

	/**
	 * Returns a new object of class '<em>Commentary</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Commentary</em>'.
	 * @generated
	 */
	Commentary createCommentary();

	/**
	 * Returns a new object of class '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact</em>'.
	 * @generated
	 */
	Contact createContact();

	/**
	 * Returns a new object of class '<em>Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Annotation</em>'.
	 * @generated
	 */
	Annotation createAnnotation();

	/**
	 * Returns a new object of class '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment</em>'.
	 * @generated
	 */
	Assessment createAssessment();

	/**
	 * Returns a new object of class '<em>Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Answer</em>'.
	 * @generated
	 */
	Answer createAnswer();

	/**
	 * Returns a new object of class '<em>Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Strategy</em>'.
	 * @generated
	 */
	Strategy createStrategy();

	/**
	 * Returns a new object of class '<em>Business Goal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Business Goal</em>'.
	 * @generated
	 */
	BusinessGoal createBusinessGoal();

	/**
	 * Returns a new object of class '<em>Audience</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Audience</em>'.
	 * @generated
	 */
	Audience createAudience();

	/**
	 * Returns a new object of class '<em>Initiative</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Initiative</em>'.
	 * @generated
	 */
	Initiative createInitiative();

	/**
	 * Returns a new object of class '<em>Budget Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Budget Line</em>'.
	 * @generated
	 */
	BudgetLine createBudgetLine();

	/**
	 * Returns a new object of class '<em>Sponsor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sponsor</em>'.
	 * @generated
	 */
	Sponsor createSponsor();

	/**
	 * Returns a new object of class '<em>Governance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Governance</em>'.
	 * @generated
	 */
	Governance createGovernance();

	/**
	 * Returns a new object of class '<em>Kpi</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kpi</em>'.
	 * @generated
	 */
	Kpi createKpi();

	/**
	 * Returns a new object of class '<em>Kpi Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kpi Parameter</em>'.
	 * @generated
	 */
	KpiParameter createKpiParameter();

	/**
	 * Returns a new object of class '<em>Soft Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Soft Value</em>'.
	 * @generated
	 */
	SoftValue createSoftValue();

	/**
	 * Returns a new object of class '<em>Channel Account</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Channel Account</em>'.
	 * @generated
	 */
	ChannelAccount createChannelAccount();

	/**
	 * Returns a new object of class '<em>Measurement Series</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Measurement Series</em>'.
	 * @generated
	 */
	MeasurementSeries createMeasurementSeries();

	/**
	 * Returns a new object of class '<em>Mention Log</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mention Log</em>'.
	 * @generated
	 */
	MentionLog createMentionLog();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SocialystPackage getSocialystPackage();

} //SocialystFactory
