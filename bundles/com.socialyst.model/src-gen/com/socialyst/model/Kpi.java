/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key performance indicator of a strategy: a metric measured on some channels and compared with a target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.Kpi#getId <em>Id</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getName <em>Name</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getGoal <em>Goal</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getMetricId <em>Metric Id</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getParameters <em>Parameters</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getChannels <em>Channels</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getKind <em>Kind</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getWeight <em>Weight</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getDirection <em>Direction</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getTarget <em>Target</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getAmberThreshold <em>Amber Threshold</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getRedThreshold <em>Red Threshold</em>}</li>
 *   <li>{@link com.socialyst.model.Kpi#getEvaluationPeriod <em>Evaluation Period</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getKpi()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='weightPositive targetBeyondBaseline metricKnown'"
 * @generated
 */
public interface Kpi extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique within its strategy (the same KPI usually keeps its id from one period to the next, so this is not an EMF ID).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see com.socialyst.model.SocialystPackage#getKpi_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Kpi#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see com.socialyst.model.SocialystPackage#getKpi_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Kpi#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Goal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goal</em>' reference.
	 * @see #setGoal(BusinessGoal)
	 * @see com.socialyst.model.SocialystPackage#getKpi_Goal()
	 * @model
	 * @generated
	 */
	BusinessGoal getGoal();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Kpi#getGoal <em>Goal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' reference.
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(BusinessGoal value);

	/**
	 * Returns the value of the '<em><b>Metric Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of an installed metric or of a portfolio formula metric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric Id</em>' attribute.
	 * @see #setMetricId(String)
	 * @see com.socialyst.model.SocialystPackage#getKpi_MetricId()
	 * @model
	 * @generated
	 */
	String getMetricId();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Kpi#getMetricId <em>Metric Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric Id</em>' attribute.
	 * @see #getMetricId()
	 * @generated
	 */
	void setMetricId(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.KpiParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getKpi_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<KpiParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link com.socialyst.model.ChannelAccount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channels measured; empty = all the strategy's channels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see com.socialyst.model.SocialystPackage#getKpi_Channels()
	 * @model
	 * @generated
	 */
	EList<ChannelAccount> getChannels();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.KpiKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see com.socialyst.model.KpiKind
	 * @see #setKind(KpiKind)
	 * @see com.socialyst.model.SocialystPackage#getKpi_Kind()
	 * @model
	 * @generated
	 */
	KpiKind getKind();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Kpi#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see com.socialyst.model.KpiKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(KpiKind value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative weight among the strategy's KPIs of the same kind; must be > 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see com.socialyst.model.SocialystPackage#getKpi_Weight()
	 * @model default="1.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Kpi#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see com.socialyst.model.Direction
	 * @see #setDirection(Direction)
	 * @see com.socialyst.model.SocialystPackage#getKpi_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Kpi#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see com.socialyst.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not set unless isSetBaseline() is true; while not set, getBaseline() returns NaN so that arithmetic cannot silently use 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #isSetBaseline()
	 * @see #unsetBaseline()
	 * @see #setBaseline(double)
	 * @see com.socialyst.model.SocialystPackage#getKpi_Baseline()
	 * @model default="NaN" unsettable="true"
	 * @generated
	 */
	double getBaseline();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Kpi#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #isSetBaseline()
	 * @see #unsetBaseline()
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(double value);

	/**
	 * Unsets the value of the '{@link com.socialyst.model.Kpi#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBaseline()
	 * @see #getBaseline()
	 * @see #setBaseline(double)
	 * @generated
	 */
	void unsetBaseline();

	/**
	 * Returns whether the value of the '{@link com.socialyst.model.Kpi#getBaseline <em>Baseline</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Baseline</em>' attribute is set.
	 * @see #unsetBaseline()
	 * @see #getBaseline()
	 * @see #setBaseline(double)
	 * @generated
	 */
	boolean isSetBaseline();

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not set unless isSetTarget() is true; while not set, getTarget() returns NaN so that arithmetic cannot silently use 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #isSetTarget()
	 * @see #unsetTarget()
	 * @see #setTarget(double)
	 * @see com.socialyst.model.SocialystPackage#getKpi_Target()
	 * @model default="NaN" unsettable="true"
	 * @generated
	 */
	double getTarget();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Kpi#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #isSetTarget()
	 * @see #unsetTarget()
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(double value);

	/**
	 * Unsets the value of the '{@link com.socialyst.model.Kpi#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTarget()
	 * @see #getTarget()
	 * @see #setTarget(double)
	 * @generated
	 */
	void unsetTarget();

	/**
	 * Returns whether the value of the '{@link com.socialyst.model.Kpi#getTarget <em>Target</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Target</em>' attribute is set.
	 * @see #unsetTarget()
	 * @see #getTarget()
	 * @see #setTarget(double)
	 * @generated
	 */
	boolean isSetTarget();

	/**
	 * Returns the value of the '<em><b>Amber Threshold</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not set unless isSetAmberThreshold() is true; while not set, getAmberThreshold() returns NaN so that arithmetic cannot silently use 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amber Threshold</em>' attribute.
	 * @see #isSetAmberThreshold()
	 * @see #unsetAmberThreshold()
	 * @see #setAmberThreshold(double)
	 * @see com.socialyst.model.SocialystPackage#getKpi_AmberThreshold()
	 * @model default="NaN" unsettable="true"
	 * @generated
	 */
	double getAmberThreshold();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Kpi#getAmberThreshold <em>Amber Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amber Threshold</em>' attribute.
	 * @see #isSetAmberThreshold()
	 * @see #unsetAmberThreshold()
	 * @see #getAmberThreshold()
	 * @generated
	 */
	void setAmberThreshold(double value);

	/**
	 * Unsets the value of the '{@link com.socialyst.model.Kpi#getAmberThreshold <em>Amber Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAmberThreshold()
	 * @see #getAmberThreshold()
	 * @see #setAmberThreshold(double)
	 * @generated
	 */
	void unsetAmberThreshold();

	/**
	 * Returns whether the value of the '{@link com.socialyst.model.Kpi#getAmberThreshold <em>Amber Threshold</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Amber Threshold</em>' attribute is set.
	 * @see #unsetAmberThreshold()
	 * @see #getAmberThreshold()
	 * @see #setAmberThreshold(double)
	 * @generated
	 */
	boolean isSetAmberThreshold();

	/**
	 * Returns the value of the '<em><b>Red Threshold</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not set unless isSetRedThreshold() is true; while not set, getRedThreshold() returns NaN so that arithmetic cannot silently use 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Red Threshold</em>' attribute.
	 * @see #isSetRedThreshold()
	 * @see #unsetRedThreshold()
	 * @see #setRedThreshold(double)
	 * @see com.socialyst.model.SocialystPackage#getKpi_RedThreshold()
	 * @model default="NaN" unsettable="true"
	 * @generated
	 */
	double getRedThreshold();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Kpi#getRedThreshold <em>Red Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Red Threshold</em>' attribute.
	 * @see #isSetRedThreshold()
	 * @see #unsetRedThreshold()
	 * @see #getRedThreshold()
	 * @generated
	 */
	void setRedThreshold(double value);

	/**
	 * Unsets the value of the '{@link com.socialyst.model.Kpi#getRedThreshold <em>Red Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRedThreshold()
	 * @see #getRedThreshold()
	 * @see #setRedThreshold(double)
	 * @generated
	 */
	void unsetRedThreshold();

	/**
	 * Returns whether the value of the '{@link com.socialyst.model.Kpi#getRedThreshold <em>Red Threshold</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Red Threshold</em>' attribute is set.
	 * @see #unsetRedThreshold()
	 * @see #getRedThreshold()
	 * @see #setRedThreshold(double)
	 * @generated
	 */
	boolean isSetRedThreshold();

	/**
	 * Returns the value of the '<em><b>Evaluation Period</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.PeriodKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluation Period</em>' attribute.
	 * @see com.socialyst.model.PeriodKind
	 * @see #setEvaluationPeriod(PeriodKind)
	 * @see com.socialyst.model.SocialystPackage#getKpi_EvaluationPeriod()
	 * @model
	 * @generated
	 */
	PeriodKind getEvaluationPeriod();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Kpi#getEvaluationPeriod <em>Evaluation Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluation Period</em>' attribute.
	 * @see com.socialyst.model.PeriodKind
	 * @see #getEvaluationPeriod()
	 * @generated
	 */
	void setEvaluationPeriod(PeriodKind value);

} // Kpi
