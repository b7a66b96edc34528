/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.impl;

import com.socialyst.model.Audience;
import com.socialyst.model.BudgetLine;
import com.socialyst.model.BusinessGoal;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Governance;
import com.socialyst.model.Initiative;
import com.socialyst.model.Kpi;
import com.socialyst.model.SocialystPackage;
import com.socialyst.model.SoftValue;
import com.socialyst.model.Sponsor;
import com.socialyst.model.Strategy;

import java.time.LocalDate;

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
 * An implementation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.impl.StrategyImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link com.socialyst.model.impl.StrategyImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link com.socialyst.model.impl.StrategyImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link com.socialyst.model.impl.StrategyImpl#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link com.socialyst.model.impl.StrategyImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link com.socialyst.model.impl.StrategyImpl#getInitiatives <em>Initiatives</em>}</li>
 *   <li>{@link com.socialyst.model.impl.StrategyImpl#getBudgetLines <em>Budget Lines</em>}</li>
 *   <li>{@link com.socialyst.model.impl.StrategyImpl#getExecutiveSponsor <em>Executive Sponsor</em>}</li>
 *   <li>{@link com.socialyst.model.impl.StrategyImpl#getGovernance <em>Governance</em>}</li>
 *   <li>{@link com.socialyst.model.impl.StrategyImpl#getKpis <em>Kpis</em>}</li>
 *   <li>{@link com.socialyst.model.impl.StrategyImpl#getSoftValues <em>Soft Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategyImpl extends MinimalEObjectImpl.Container implements Strategy {
	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessGoal> goals;

	/**
	 * The cached value of the '{@link #getAudiences() <em>Audiences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudiences()
	 * @generated
	 * @ordered
	 */
	protected EList<Audience> audiences;

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
	 * The cached value of the '{@link #getInitiatives() <em>Initiatives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatives()
	 * @generated
	 * @ordered
	 */
	protected EList<Initiative> initiatives;

	/**
	 * The cached value of the '{@link #getBudgetLines() <em>Budget Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetLines()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetLine> budgetLines;

	/**
	 * The cached value of the '{@link #getExecutiveSponsor() <em>Executive Sponsor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutiveSponsor()
	 * @generated
	 * @ordered
	 */
	protected Sponsor executiveSponsor;

	/**
	 * The cached value of the '{@link #getGovernance() <em>Governance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGovernance()
	 * @generated
	 * @ordered
	 */
	protected Governance governance;

	/**
	 * The cached value of the '{@link #getKpis() <em>Kpis</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpis()
	 * @generated
	 * @ordered
	 */
	protected EList<Kpi> kpis;

	/**
	 * The cached value of the '{@link #getSoftValues() <em>Soft Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftValues()
	 * @generated
	 * @ordered
	 */
	protected EList<SoftValue> softValues;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialystPackage.Literals.STRATEGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(LocalDate newPeriodStart) {
		LocalDate oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.STRATEGY__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(LocalDate newPeriodEnd) {
		LocalDate oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.STRATEGY__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessGoal> getGoals() {
		if (goals == null) {
			goals = new EObjectContainmentEList<BusinessGoal>(BusinessGoal.class, this, SocialystPackage.STRATEGY__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Audience> getAudiences() {
		if (audiences == null) {
			audiences = new EObjectContainmentEList<Audience>(Audience.class, this, SocialystPackage.STRATEGY__AUDIENCES);
		}
		return audiences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChannelAccount> getChannels() {
		if (channels == null) {
			channels = new EObjectResolvingEList<ChannelAccount>(ChannelAccount.class, this, SocialystPackage.STRATEGY__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Initiative> getInitiatives() {
		if (initiatives == null) {
			initiatives = new EObjectContainmentEList<Initiative>(Initiative.class, this, SocialystPackage.STRATEGY__INITIATIVES);
		}
		return initiatives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetLine> getBudgetLines() {
		if (budgetLines == null) {
			budgetLines = new EObjectContainmentEList<BudgetLine>(BudgetLine.class, this, SocialystPackage.STRATEGY__BUDGET_LINES);
		}
		return budgetLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sponsor getExecutiveSponsor() {
		return executiveSponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExecutiveSponsor(Sponsor newExecutiveSponsor, NotificationChain msgs) {
		Sponsor oldExecutiveSponsor = executiveSponsor;
		executiveSponsor = newExecutiveSponsor;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SocialystPackage.STRATEGY__EXECUTIVE_SPONSOR, oldExecutiveSponsor, newExecutiveSponsor);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExecutiveSponsor(Sponsor newExecutiveSponsor) {
		if (newExecutiveSponsor != executiveSponsor) {
			NotificationChain msgs = null;
			if (executiveSponsor != null)
				msgs = ((InternalEObject)executiveSponsor).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SocialystPackage.STRATEGY__EXECUTIVE_SPONSOR, null, msgs);
			if (newExecutiveSponsor != null)
				msgs = ((InternalEObject)newExecutiveSponsor).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SocialystPackage.STRATEGY__EXECUTIVE_SPONSOR, null, msgs);
			msgs = basicSetExecutiveSponsor(newExecutiveSponsor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.STRATEGY__EXECUTIVE_SPONSOR, newExecutiveSponsor, newExecutiveSponsor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Governance getGovernance() {
		return governance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGovernance(Governance newGovernance, NotificationChain msgs) {
		Governance oldGovernance = governance;
		governance = newGovernance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SocialystPackage.STRATEGY__GOVERNANCE, oldGovernance, newGovernance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGovernance(Governance newGovernance) {
		if (newGovernance != governance) {
			NotificationChain msgs = null;
			if (governance != null)
				msgs = ((InternalEObject)governance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SocialystPackage.STRATEGY__GOVERNANCE, null, msgs);
			if (newGovernance != null)
				msgs = ((InternalEObject)newGovernance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SocialystPackage.STRATEGY__GOVERNANCE, null, msgs);
			msgs = basicSetGovernance(newGovernance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.STRATEGY__GOVERNANCE, newGovernance, newGovernance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kpi> getKpis() {
		if (kpis == null) {
			kpis = new EObjectContainmentEList<Kpi>(Kpi.class, this, SocialystPackage.STRATEGY__KPIS);
		}
		return kpis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SoftValue> getSoftValues() {
		if (softValues == null) {
			softValues = new EObjectContainmentEList<SoftValue>(SoftValue.class, this, SocialystPackage.STRATEGY__SOFT_VALUES);
		}
		return softValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SocialystPackage.STRATEGY__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case SocialystPackage.STRATEGY__AUDIENCES:
				return ((InternalEList<?>)getAudiences()).basicRemove(otherEnd, msgs);
			case SocialystPackage.STRATEGY__INITIATIVES:
				return ((InternalEList<?>)getInitiatives()).basicRemove(otherEnd, msgs);
			case SocialystPackage.STRATEGY__BUDGET_LINES:
				return ((InternalEList<?>)getBudgetLines()).basicRemove(otherEnd, msgs);
			case SocialystPackage.STRATEGY__EXECUTIVE_SPONSOR:
				return basicSetExecutiveSponsor(null, msgs);
			case SocialystPackage.STRATEGY__GOVERNANCE:
				return basicSetGovernance(null, msgs);
			case SocialystPackage.STRATEGY__KPIS:
				return ((InternalEList<?>)getKpis()).basicRemove(otherEnd, msgs);
			case SocialystPackage.STRATEGY__SOFT_VALUES:
				return ((InternalEList<?>)getSoftValues()).basicRemove(otherEnd, msgs);
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
			case SocialystPackage.STRATEGY__PERIOD_START:
				return getPeriodStart();
			case SocialystPackage.STRATEGY__PERIOD_END:
				return getPeriodEnd();
			case SocialystPackage.STRATEGY__GOALS:
				return getGoals();
			case SocialystPackage.STRATEGY__AUDIENCES:
				return getAudiences();
			case SocialystPackage.STRATEGY__CHANNELS:
				return getChannels();
			case SocialystPackage.STRATEGY__INITIATIVES:
				return getInitiatives();
			case SocialystPackage.STRATEGY__BUDGET_LINES:
				return getBudgetLines();
			case SocialystPackage.STRATEGY__EXECUTIVE_SPONSOR:
				return getExecutiveSponsor();
			case SocialystPackage.STRATEGY__GOVERNANCE:
				return getGovernance();
			case SocialystPackage.STRATEGY__KPIS:
				return getKpis();
			case SocialystPackage.STRATEGY__SOFT_VALUES:
				return getSoftValues();
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
			case SocialystPackage.STRATEGY__PERIOD_START:
				setPeriodStart((LocalDate)newValue);
				return;
			case SocialystPackage.STRATEGY__PERIOD_END:
				setPeriodEnd((LocalDate)newValue);
				return;
			case SocialystPackage.STRATEGY__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends BusinessGoal>)newValue);
				return;
			case SocialystPackage.STRATEGY__AUDIENCES:
				getAudiences().clear();
				getAudiences().addAll((Collection<? extends Audience>)newValue);
				return;
			case SocialystPackage.STRATEGY__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends ChannelAccount>)newValue);
				return;
			case SocialystPackage.STRATEGY__INITIATIVES:
				getInitiatives().clear();
				getInitiatives().addAll((Collection<? extends Initiative>)newValue);
				return;
			case SocialystPackage.STRATEGY__BUDGET_LINES:
				getBudgetLines().clear();
				getBudgetLines().addAll((Collection<? extends BudgetLine>)newValue);
				return;
			case SocialystPackage.STRATEGY__EXECUTIVE_SPONSOR:
				setExecutiveSponsor((Sponsor)newValue);
				return;
			case SocialystPackage.STRATEGY__GOVERNANCE:
				setGovernance((Governance)newValue);
				return;
			case SocialystPackage.STRATEGY__KPIS:
				getKpis().clear();
				getKpis().addAll((Collection<? extends Kpi>)newValue);
				return;
			case SocialystPackage.STRATEGY__SOFT_VALUES:
				getSoftValues().clear();
				getSoftValues().addAll((Collection<? extends SoftValue>)newValue);
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
			case SocialystPackage.STRATEGY__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case SocialystPackage.STRATEGY__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case SocialystPackage.STRATEGY__GOALS:
				getGoals().clear();
				return;
			case SocialystPackage.STRATEGY__AUDIENCES:
				getAudiences().clear();
				return;
			case SocialystPackage.STRATEGY__CHANNELS:
				getChannels().clear();
				return;
			case SocialystPackage.STRATEGY__INITIATIVES:
				getInitiatives().clear();
				return;
			case SocialystPackage.STRATEGY__BUDGET_LINES:
				getBudgetLines().clear();
				return;
			case SocialystPackage.STRATEGY__EXECUTIVE_SPONSOR:
				setExecutiveSponsor((Sponsor)null);
				return;
			case SocialystPackage.STRATEGY__GOVERNANCE:
				setGovernance((Governance)null);
				return;
			case SocialystPackage.STRATEGY__KPIS:
				getKpis().clear();
				return;
			case SocialystPackage.STRATEGY__SOFT_VALUES:
				getSoftValues().clear();
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
			case SocialystPackage.STRATEGY__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case SocialystPackage.STRATEGY__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case SocialystPackage.STRATEGY__GOALS:
				return goals != null && !goals.isEmpty();
			case SocialystPackage.STRATEGY__AUDIENCES:
				return audiences != null && !audiences.isEmpty();
			case SocialystPackage.STRATEGY__CHANNELS:
				return channels != null && !channels.isEmpty();
			case SocialystPackage.STRATEGY__INITIATIVES:
				return initiatives != null && !initiatives.isEmpty();
			case SocialystPackage.STRATEGY__BUDGET_LINES:
				return budgetLines != null && !budgetLines.isEmpty();
			case SocialystPackage.STRATEGY__EXECUTIVE_SPONSOR:
				return executiveSponsor != null;
			case SocialystPackage.STRATEGY__GOVERNANCE:
				return governance != null;
			case SocialystPackage.STRATEGY__KPIS:
				return kpis != null && !kpis.isEmpty();
			case SocialystPackage.STRATEGY__SOFT_VALUES:
				return softValues != null && !softValues.isEmpty();
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
		result.append(" (periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(')');
		return result.toString();
	}

} //StrategyImpl
