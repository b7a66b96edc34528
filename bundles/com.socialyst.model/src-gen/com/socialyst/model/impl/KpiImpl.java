/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.impl;

import com.socialyst.model.BusinessGoal;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Direction;
import com.socialyst.model.Kpi;
import com.socialyst.model.KpiKind;
import com.socialyst.model.KpiParameter;
import com.socialyst.model.PeriodKind;
import com.socialyst.model.SocialystPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getId <em>Id</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getName <em>Name</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getGoal <em>Goal</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getMetricId <em>Metric Id</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getAmberThreshold <em>Amber Threshold</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getRedThreshold <em>Red Threshold</em>}</li>
 *   <li>{@link com.socialyst.model.impl.KpiImpl#getEvaluationPeriod <em>Evaluation Period</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KpiImpl extends MinimalEObjectImpl.Container implements Kpi {
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
	 * The cached value of the '{@link #getGoal() <em>Goal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected BusinessGoal goal;

	/**
	 * The default value of the '{@link #getMetricId() <em>Metric Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricId()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetricId() <em>Metric Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricId()
	 * @generated
	 * @ordered
	 */
	protected String metricId = METRIC_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<KpiParameter> parameters;

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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final KpiKind KIND_EDEFAULT = KpiKind.HARD;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected KpiKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.HIGHER_IS_BETTER;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final double BASELINE_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected double baseline = BASELINE_EDEFAULT;

	/**
	 * This is true if the Baseline attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean baselineESet;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected double target = TARGET_EDEFAULT;

	/**
	 * This is true if the Target attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean targetESet;

	/**
	 * The default value of the '{@link #getAmberThreshold() <em>Amber Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmberThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double AMBER_THRESHOLD_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getAmberThreshold() <em>Amber Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmberThreshold()
	 * @generated
	 * @ordered
	 */
	protected double amberThreshold = AMBER_THRESHOLD_EDEFAULT;

	/**
	 * This is true if the Amber Threshold attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean amberThresholdESet;

	/**
	 * The default value of the '{@link #getRedThreshold() <em>Red Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double RED_THRESHOLD_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getRedThreshold() <em>Red Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedThreshold()
	 * @generated
	 * @ordered
	 */
	protected double redThreshold = RED_THRESHOLD_EDEFAULT;

	/**
	 * This is true if the Red Threshold attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean redThresholdESet;

	/**
	 * The default value of the '{@link #getEvaluationPeriod() <em>Evaluation Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final PeriodKind EVALUATION_PERIOD_EDEFAULT = PeriodKind.MONTH;

	/**
	 * The cached value of the '{@link #getEvaluationPeriod() <em>Evaluation Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationPeriod()
	 * @generated
	 * @ordered
	 */
	protected PeriodKind evaluationPeriod = EVALUATION_PERIOD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialystPackage.Literals.KPI;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.KPI__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.KPI__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessGoal getGoal() {
		if (goal != null && goal.eIsProxy()) {
			InternalEObject oldGoal = (InternalEObject)goal;
			goal = (BusinessGoal)eResolveProxy(oldGoal);
			if (goal != oldGoal) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SocialystPackage.KPI__GOAL, oldGoal, goal));
			}
		}
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessGoal basicGetGoal() {
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoal(BusinessGoal newGoal) {
		BusinessGoal oldGoal = goal;
		goal = newGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.KPI__GOAL, oldGoal, goal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetricId() {
		return metricId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetricId(String newMetricId) {
		String oldMetricId = metricId;
		metricId = newMetricId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.KPI__METRIC_ID, oldMetricId, metricId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KpiParameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<KpiParameter>(KpiParameter.class, this, SocialystPackage.KPI__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChannelAccount> getChannels() {
		if (channels == null) {
			channels = new EObjectResolvingEList<ChannelAccount>(ChannelAccount.class, this, SocialystPackage.KPI__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KpiKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(KpiKind newKind) {
		KpiKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.KPI__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.KPI__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.KPI__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(double newBaseline) {
		double oldBaseline = baseline;
		baseline = newBaseline;
		boolean oldBaselineESet = baselineESet;
		baselineESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.KPI__BASELINE, oldBaseline, baseline, !oldBaselineESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBaseline() {
		double oldBaseline = baseline;
		boolean oldBaselineESet = baselineESet;
		baseline = BASELINE_EDEFAULT;
		baselineESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SocialystPackage.KPI__BASELINE, oldBaseline, BASELINE_EDEFAULT, oldBaselineESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBaseline() {
		return baselineESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(double newTarget) {
		double oldTarget = target;
		target = newTarget;
		boolean oldTargetESet = targetESet;
		targetESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.KPI__TARGET, oldTarget, target, !oldTargetESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTarget() {
		double oldTarget = target;
		boolean oldTargetESet = targetESet;
		target = TARGET_EDEFAULT;
		targetESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SocialystPackage.KPI__TARGET, oldTarget, TARGET_EDEFAULT, oldTargetESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTarget() {
		return targetESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAmberThreshold() {
		return amberThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmberThreshold(double newAmberThreshold) {
		double oldAmberThreshold = amberThreshold;
		amberThreshold = newAmberThreshold;
		boolean oldAmberThresholdESet = amberThresholdESet;
		amberThresholdESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.KPI__AMBER_THRESHOLD, oldAmberThreshold, amberThreshold, !oldAmberThresholdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAmberThreshold() {
		double oldAmberThreshold = amberThreshold;
		boolean oldAmberThresholdESet = amberThresholdESet;
		amberThreshold = AMBER_THRESHOLD_EDEFAULT;
		amberThresholdESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SocialystPackage.KPI__AMBER_THRESHOLD, oldAmberThreshold, AMBER_THRESHOLD_EDEFAULT, oldAmberThresholdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAmberThreshold() {
		return amberThresholdESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRedThreshold() {
		return redThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedThreshold(double newRedThreshold) {
		double oldRedThreshold = redThreshold;
		redThreshold = newRedThreshold;
		boolean oldRedThresholdESet = redThresholdESet;
		redThresholdESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.KPI__RED_THRESHOLD, oldRedThreshold, redThreshold, !oldRedThresholdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRedThreshold() {
		double oldRedThreshold = redThreshold;
		boolean oldRedThresholdESet = redThresholdESet;
		redThreshold = RED_THRESHOLD_EDEFAULT;
		redThresholdESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SocialystPackage.KPI__RED_THRESHOLD, oldRedThreshold, RED_THRESHOLD_EDEFAULT, oldRedThresholdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRedThreshold() {
		return redThresholdESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeriodKind getEvaluationPeriod() {
		return evaluationPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluationPeriod(PeriodKind newEvaluationPeriod) {
		PeriodKind oldEvaluationPeriod = evaluationPeriod;
		evaluationPeriod = newEvaluationPeriod == null ? EVALUATION_PERIOD_EDEFAULT : newEvaluationPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.KPI__EVALUATION_PERIOD, oldEvaluationPeriod, evaluationPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SocialystPackage.KPI__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SocialystPackage.KPI__ID:
				return getId();
			case SocialystPackage.KPI__NAME:
				return getName();
			case SocialystPackage.KPI__GOAL:
				if (resolve) return getGoal();
				return basicGetGoal();
			case SocialystPackage.KPI__METRIC_ID:
				return getMetricId();
			case SocialystPackage.KPI__PARAMETERS:
				return getParameters();
			case SocialystPackage.KPI__CHANNELS:
				return getChannels();
			case SocialystPackage.KPI__KIND:
				return getKind();
			case SocialystPackage.KPI__WEIGHT:
				return getWeight();
			case SocialystPackage.KPI__DIRECTION:
				return getDirection();
			case SocialystPackage.KPI__BASELINE:
				return getBaseline();
			case SocialystPackage.KPI__TARGET:
				return getTarget();
			case SocialystPackage.KPI__AMBER_THRESHOLD:
				return getAmberThreshold();
			case SocialystPackage.KPI__RED_THRESHOLD:
				return getRedThreshold();
			case SocialystPackage.KPI__EVALUATION_PERIOD:
				return getEvaluationPeriod();
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
			case SocialystPackage.KPI__ID:
				setId((String)newValue);
				return;
			case SocialystPackage.KPI__NAME:
				setName((String)newValue);
				return;
			case SocialystPackage.KPI__GOAL:
				setGoal((BusinessGoal)newValue);
				return;
			case SocialystPackage.KPI__METRIC_ID:
				setMetricId((String)newValue);
				return;
			case SocialystPackage.KPI__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends KpiParameter>)newValue);
				return;
			case SocialystPackage.KPI__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends ChannelAccount>)newValue);
				return;
			case SocialystPackage.KPI__KIND:
				setKind((KpiKind)newValue);
				return;
			case SocialystPackage.KPI__WEIGHT:
				setWeight((Double)newValue);
				return;
			case SocialystPackage.KPI__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case SocialystPackage.KPI__BASELINE:
				setBaseline((Double)newValue);
				return;
			case SocialystPackage.KPI__TARGET:
				setTarget((Double)newValue);
				return;
			case SocialystPackage.KPI__AMBER_THRESHOLD:
				setAmberThreshold((Double)newValue);
				return;
			case SocialystPackage.KPI__RED_THRESHOLD:
				setRedThreshold((Double)newValue);
				return;
			case SocialystPackage.KPI__EVALUATION_PERIOD:
				setEvaluationPeriod((PeriodKind)newValue);
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
			case SocialystPackage.KPI__ID:
				setId(ID_EDEFAULT);
				return;
			case SocialystPackage.KPI__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SocialystPackage.KPI__GOAL:
				setGoal((BusinessGoal)null);
				return;
			case SocialystPackage.KPI__METRIC_ID:
				setMetricId(METRIC_ID_EDEFAULT);
				return;
			case SocialystPackage.KPI__PARAMETERS:
				getParameters().clear();
				return;
			case SocialystPackage.KPI__CHANNELS:
				getChannels().clear();
				return;
			case SocialystPackage.KPI__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SocialystPackage.KPI__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case SocialystPackage.KPI__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case SocialystPackage.KPI__BASELINE:
				unsetBaseline();
				return;
			case SocialystPackage.KPI__TARGET:
				unsetTarget();
				return;
			case SocialystPackage.KPI__AMBER_THRESHOLD:
				unsetAmberThreshold();
				return;
			case SocialystPackage.KPI__RED_THRESHOLD:
				unsetRedThreshold();
				return;
			case SocialystPackage.KPI__EVALUATION_PERIOD:
				setEvaluationPeriod(EVALUATION_PERIOD_EDEFAULT);
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
			case SocialystPackage.KPI__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SocialystPackage.KPI__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SocialystPackage.KPI__GOAL:
				return goal != null;
			case SocialystPackage.KPI__METRIC_ID:
				return METRIC_ID_EDEFAULT == null ? metricId != null : !METRIC_ID_EDEFAULT.equals(metricId);
			case SocialystPackage.KPI__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case SocialystPackage.KPI__CHANNELS:
				return channels != null && !channels.isEmpty();
			case SocialystPackage.KPI__KIND:
				return kind != KIND_EDEFAULT;
			case SocialystPackage.KPI__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case SocialystPackage.KPI__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case SocialystPackage.KPI__BASELINE:
				return isSetBaseline();
			case SocialystPackage.KPI__TARGET:
				return isSetTarget();
			case SocialystPackage.KPI__AMBER_THRESHOLD:
				return isSetAmberThreshold();
			case SocialystPackage.KPI__RED_THRESHOLD:
				return isSetRedThreshold();
			case SocialystPackage.KPI__EVALUATION_PERIOD:
				return evaluationPeriod != EVALUATION_PERIOD_EDEFAULT;
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
		result.append(", metricId: ");
		result.append(metricId);
		result.append(", kind: ");
		result.append(kind);
		result.append(", weight: ");
		result.append(weight);
		result.append(", direction: ");
		result.append(direction);
		result.append(", baseline: ");
		if (baselineESet) result.append(baseline); else result.append("<unset>");
		result.append(", target: ");
		if (targetESet) result.append(target); else result.append("<unset>");
		result.append(", amberThreshold: ");
		if (amberThresholdESet) result.append(amberThreshold); else result.append("<unset>");
		result.append(", redThreshold: ");
		if (redThresholdESet) result.append(redThreshold); else result.append("<unset>");
		result.append(", evaluationPeriod: ");
		result.append(evaluationPeriod);
		result.append(')');
		return result.toString();
	}

} //KpiImpl
