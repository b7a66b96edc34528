/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.util;

import com.socialyst.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see com.socialyst.model.SocialystPackage
 * @generated
 */
public class SocialystAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SocialystPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SocialystAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SocialystPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SocialystSwitch<Adapter> modelSwitch =
		new SocialystSwitch<Adapter>() {
			@Override
			public Adapter casePortfolio(Portfolio object) {
				return createPortfolioAdapter();
			}
			@Override
			public Adapter caseFormulaMetric(FormulaMetric object) {
				return createFormulaMetricAdapter();
			}
			@Override
			public Adapter caseBrand(Brand object) {
				return createBrandAdapter();
			}
			@Override
			public Adapter caseClient(Client object) {
				return createClientAdapter();
			}
			@Override
			public Adapter caseCommentary(Commentary object) {
				return createCommentaryAdapter();
			}
			@Override
			public Adapter caseContact(Contact object) {
				return createContactAdapter();
			}
			@Override
			public Adapter caseAnnotation(Annotation object) {
				return createAnnotationAdapter();
			}
			@Override
			public Adapter caseAssessment(Assessment object) {
				return createAssessmentAdapter();
			}
			@Override
			public Adapter caseAnswer(Answer object) {
				return createAnswerAdapter();
			}
			@Override
			public Adapter caseStrategy(Strategy object) {
				return createStrategyAdapter();
			}
			@Override
			public Adapter caseBusinessGoal(BusinessGoal object) {
				return createBusinessGoalAdapter();
			}
			@Override
			public Adapter caseAudience(Audience object) {
				return createAudienceAdapter();
			}
			@Override
			public Adapter caseInitiative(Initiative object) {
				return createInitiativeAdapter();
			}
			@Override
			public Adapter caseBudgetLine(BudgetLine object) {
				return createBudgetLineAdapter();
			}
			@Override
			public Adapter caseSponsor(Sponsor object) {
				return createSponsorAdapter();
			}
			@Override
			public Adapter caseGovernance(Governance object) {
				return createGovernanceAdapter();
			}
			@Override
			public Adapter caseKpi(Kpi object) {
				return createKpiAdapter();
			}
			@Override
			public Adapter caseKpiParameter(KpiParameter object) {
				return createKpiParameterAdapter();
			}
			@Override
			public Adapter caseSoftValue(SoftValue object) {
				return createSoftValueAdapter();
			}
			@Override
			public Adapter caseChannelAccount(ChannelAccount object) {
				return createChannelAccountAdapter();
			}
			@Override
			public Adapter caseMeasurementSeries(MeasurementSeries object) {
				return createMeasurementSeriesAdapter();
			}
			@Override
			public Adapter caseMentionLog(MentionLog object) {
				return createMentionLogAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Portfolio <em>Portfolio</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Portfolio
	 * @generated
	 */
	public Adapter createPortfolioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.FormulaMetric <em>Formula Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.FormulaMetric
	 * @generated
	 */
	public Adapter createFormulaMetricAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Brand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Brand
	 * @generated
	 */
	public Adapter createBrandAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Client <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Client
	 * @generated
	 */
	public Adapter createClientAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Commentary <em>Commentary</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Commentary
	 * @generated
	 */
	public Adapter createCommentaryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Contact
	 * @generated
	 */
	public Adapter createContactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Annotation
	 * @generated
	 */
	public Adapter createAnnotationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Assessment
	 * @generated
	 */
	public Adapter createAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Answer
	 * @generated
	 */
	public Adapter createAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Strategy
	 * @generated
	 */
	public Adapter createStrategyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.BusinessGoal <em>Business Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.BusinessGoal
	 * @generated
	 */
	public Adapter createBusinessGoalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Audience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Audience
	 * @generated
	 */
	public Adapter createAudienceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Initiative <em>Initiative</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Initiative
	 * @generated
	 */
	public Adapter createInitiativeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.BudgetLine
	 * @generated
	 */
	public Adapter createBudgetLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Sponsor <em>Sponsor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Sponsor
	 * @generated
	 */
	public Adapter createSponsorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Governance <em>Governance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Governance
	 * @generated
	 */
	public Adapter createGovernanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.Kpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.Kpi
	 * @generated
	 */
	public Adapter createKpiAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.KpiParameter <em>Kpi Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.KpiParameter
	 * @generated
	 */
	public Adapter createKpiParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.SoftValue <em>Soft Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.SoftValue
	 * @generated
	 */
	public Adapter createSoftValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.ChannelAccount <em>Channel Account</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.ChannelAccount
	 * @generated
	 */
	public Adapter createChannelAccountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.MeasurementSeries <em>Measurement Series</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.MeasurementSeries
	 * @generated
	 */
	public Adapter createMeasurementSeriesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link com.socialyst.model.MentionLog <em>Mention Log</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see com.socialyst.model.MentionLog
	 * @generated
	 */
	public Adapter createMentionLogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //SocialystAdapterFactory
