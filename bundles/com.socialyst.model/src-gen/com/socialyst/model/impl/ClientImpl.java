/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.impl;

import com.socialyst.model.Annotation;
import com.socialyst.model.Assessment;
import com.socialyst.model.Brand;
import com.socialyst.model.BrandMode;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.ClientSize;
import com.socialyst.model.Commentary;
import com.socialyst.model.Contact;
import com.socialyst.model.Industry;
import com.socialyst.model.MentionLog;
import com.socialyst.model.ReportLocale;
import com.socialyst.model.SocialystPackage;
import com.socialyst.model.Strategy;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getId <em>Id</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getName <em>Name</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getIndustry <em>Industry</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getSize <em>Size</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getReportLocale <em>Report Locale</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getBrandMode <em>Brand Mode</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getBrand <em>Brand</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getContacts <em>Contacts</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getMentions <em>Mentions</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link com.socialyst.model.impl.ClientImpl#getCommentaries <em>Commentaries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClientImpl extends MinimalEObjectImpl.Container implements Client {
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
	 * The default value of the '{@link #getIndustry() <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected static final Industry INDUSTRY_EDEFAULT = Industry.RETAIL;

	/**
	 * The cached value of the '{@link #getIndustry() <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected Industry industry = INDUSTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final ClientSize SIZE_EDEFAULT = ClientSize.SMALL;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected ClientSize size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportLocale() <em>Report Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportLocale()
	 * @generated
	 * @ordered
	 */
	protected static final ReportLocale REPORT_LOCALE_EDEFAULT = ReportLocale.EN;

	/**
	 * The cached value of the '{@link #getReportLocale() <em>Report Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportLocale()
	 * @generated
	 * @ordered
	 */
	protected ReportLocale reportLocale = REPORT_LOCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBrandMode() <em>Brand Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandMode()
	 * @generated
	 * @ordered
	 */
	protected static final BrandMode BRAND_MODE_EDEFAULT = BrandMode.CONSULTANCY;

	/**
	 * The cached value of the '{@link #getBrandMode() <em>Brand Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandMode()
	 * @generated
	 * @ordered
	 */
	protected BrandMode brandMode = BRAND_MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBrand() <em>Brand</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrand()
	 * @generated
	 * @ordered
	 */
	protected Brand brand;

	/**
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contact> contacts;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStrategies() <em>Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<Strategy> strategies;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<ChannelAccount> channels;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * The cached value of the '{@link #getMentions() <em>Mentions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMentions()
	 * @generated
	 * @ordered
	 */
	protected MentionLog mentions;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The cached value of the '{@link #getCommentaries() <em>Commentaries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommentaries()
	 * @generated
	 * @ordered
	 */
	protected EList<Commentary> commentaries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClientImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialystPackage.Literals.CLIENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.CLIENT__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.CLIENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Industry getIndustry() {
		return industry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndustry(Industry newIndustry) {
		Industry oldIndustry = industry;
		industry = newIndustry == null ? INDUSTRY_EDEFAULT : newIndustry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.CLIENT__INDUSTRY, oldIndustry, industry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClientSize getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(ClientSize newSize) {
		ClientSize oldSize = size;
		size = newSize == null ? SIZE_EDEFAULT : newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.CLIENT__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.CLIENT__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportLocale getReportLocale() {
		return reportLocale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportLocale(ReportLocale newReportLocale) {
		ReportLocale oldReportLocale = reportLocale;
		reportLocale = newReportLocale == null ? REPORT_LOCALE_EDEFAULT : newReportLocale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.CLIENT__REPORT_LOCALE, oldReportLocale, reportLocale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BrandMode getBrandMode() {
		return brandMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrandMode(BrandMode newBrandMode) {
		BrandMode oldBrandMode = brandMode;
		brandMode = newBrandMode == null ? BRAND_MODE_EDEFAULT : newBrandMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.CLIENT__BRAND_MODE, oldBrandMode, brandMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Brand getBrand() {
		return brand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBrand(Brand newBrand, NotificationChain msgs) {
		Brand oldBrand = brand;
		brand = newBrand;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SocialystPackage.CLIENT__BRAND, oldBrand, newBrand);
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
	public void setBrand(Brand newBrand) {
		if (newBrand != brand) {
			NotificationChain msgs = null;
			if (brand != null)
				msgs = ((InternalEObject)brand).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SocialystPackage.CLIENT__BRAND, null, msgs);
			if (newBrand != null)
				msgs = ((InternalEObject)newBrand).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SocialystPackage.CLIENT__BRAND, null, msgs);
			msgs = basicSetBrand(newBrand, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.CLIENT__BRAND, newBrand, newBrand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contact> getContacts() {
		if (contacts == null) {
			contacts = new EObjectContainmentEList<Contact>(Contact.class, this, SocialystPackage.CLIENT__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.CLIENT__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Strategy> getStrategies() {
		if (strategies == null) {
			strategies = new EObjectContainmentEList<Strategy>(Strategy.class, this, SocialystPackage.CLIENT__STRATEGIES);
		}
		return strategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChannelAccount> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<ChannelAccount>(ChannelAccount.class, this, SocialystPackage.CLIENT__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, SocialystPackage.CLIENT__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MentionLog getMentions() {
		return mentions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMentions(MentionLog newMentions, NotificationChain msgs) {
		MentionLog oldMentions = mentions;
		mentions = newMentions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SocialystPackage.CLIENT__MENTIONS, oldMentions, newMentions);
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
	public void setMentions(MentionLog newMentions) {
		if (newMentions != mentions) {
			NotificationChain msgs = null;
			if (mentions != null)
				msgs = ((InternalEObject)mentions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SocialystPackage.CLIENT__MENTIONS, null, msgs);
			if (newMentions != null)
				msgs = ((InternalEObject)newMentions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SocialystPackage.CLIENT__MENTIONS, null, msgs);
			msgs = basicSetMentions(newMentions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.CLIENT__MENTIONS, newMentions, newMentions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, SocialystPackage.CLIENT__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Commentary> getCommentaries() {
		if (commentaries == null) {
			commentaries = new EObjectContainmentEList<Commentary>(Commentary.class, this, SocialystPackage.CLIENT__COMMENTARIES);
		}
		return commentaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SocialystPackage.CLIENT__BRAND:
				return basicSetBrand(null, msgs);
			case SocialystPackage.CLIENT__CONTACTS:
				return ((InternalEList<?>)getContacts()).basicRemove(otherEnd, msgs);
			case SocialystPackage.CLIENT__STRATEGIES:
				return ((InternalEList<?>)getStrategies()).basicRemove(otherEnd, msgs);
			case SocialystPackage.CLIENT__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case SocialystPackage.CLIENT__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case SocialystPackage.CLIENT__MENTIONS:
				return basicSetMentions(null, msgs);
			case SocialystPackage.CLIENT__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case SocialystPackage.CLIENT__COMMENTARIES:
				return ((InternalEList<?>)getCommentaries()).basicRemove(otherEnd, msgs);
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
			case SocialystPackage.CLIENT__ID:
				return getId();
			case SocialystPackage.CLIENT__NAME:
				return getName();
			case SocialystPackage.CLIENT__INDUSTRY:
				return getIndustry();
			case SocialystPackage.CLIENT__SIZE:
				return getSize();
			case SocialystPackage.CLIENT__COUNTRY:
				return getCountry();
			case SocialystPackage.CLIENT__REPORT_LOCALE:
				return getReportLocale();
			case SocialystPackage.CLIENT__BRAND_MODE:
				return getBrandMode();
			case SocialystPackage.CLIENT__BRAND:
				return getBrand();
			case SocialystPackage.CLIENT__CONTACTS:
				return getContacts();
			case SocialystPackage.CLIENT__NOTES:
				return getNotes();
			case SocialystPackage.CLIENT__STRATEGIES:
				return getStrategies();
			case SocialystPackage.CLIENT__CHANNELS:
				return getChannels();
			case SocialystPackage.CLIENT__ANNOTATIONS:
				return getAnnotations();
			case SocialystPackage.CLIENT__MENTIONS:
				return getMentions();
			case SocialystPackage.CLIENT__ASSESSMENTS:
				return getAssessments();
			case SocialystPackage.CLIENT__COMMENTARIES:
				return getCommentaries();
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
			case SocialystPackage.CLIENT__ID:
				setId((String)newValue);
				return;
			case SocialystPackage.CLIENT__NAME:
				setName((String)newValue);
				return;
			case SocialystPackage.CLIENT__INDUSTRY:
				setIndustry((Industry)newValue);
				return;
			case SocialystPackage.CLIENT__SIZE:
				setSize((ClientSize)newValue);
				return;
			case SocialystPackage.CLIENT__COUNTRY:
				setCountry((String)newValue);
				return;
			case SocialystPackage.CLIENT__REPORT_LOCALE:
				setReportLocale((ReportLocale)newValue);
				return;
			case SocialystPackage.CLIENT__BRAND_MODE:
				setBrandMode((BrandMode)newValue);
				return;
			case SocialystPackage.CLIENT__BRAND:
				setBrand((Brand)newValue);
				return;
			case SocialystPackage.CLIENT__CONTACTS:
				getContacts().clear();
				getContacts().addAll((Collection<? extends Contact>)newValue);
				return;
			case SocialystPackage.CLIENT__NOTES:
				setNotes((String)newValue);
				return;
			case SocialystPackage.CLIENT__STRATEGIES:
				getStrategies().clear();
				getStrategies().addAll((Collection<? extends Strategy>)newValue);
				return;
			case SocialystPackage.CLIENT__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends ChannelAccount>)newValue);
				return;
			case SocialystPackage.CLIENT__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case SocialystPackage.CLIENT__MENTIONS:
				setMentions((MentionLog)newValue);
				return;
			case SocialystPackage.CLIENT__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case SocialystPackage.CLIENT__COMMENTARIES:
				getCommentaries().clear();
				getCommentaries().addAll((Collection<? extends Commentary>)newValue);
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
			case SocialystPackage.CLIENT__ID:
				setId(ID_EDEFAULT);
				return;
			case SocialystPackage.CLIENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SocialystPackage.CLIENT__INDUSTRY:
				setIndustry(INDUSTRY_EDEFAULT);
				return;
			case SocialystPackage.CLIENT__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case SocialystPackage.CLIENT__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case SocialystPackage.CLIENT__REPORT_LOCALE:
				setReportLocale(REPORT_LOCALE_EDEFAULT);
				return;
			case SocialystPackage.CLIENT__BRAND_MODE:
				setBrandMode(BRAND_MODE_EDEFAULT);
				return;
			case SocialystPackage.CLIENT__BRAND:
				setBrand((Brand)null);
				return;
			case SocialystPackage.CLIENT__CONTACTS:
				getContacts().clear();
				return;
			case SocialystPackage.CLIENT__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case SocialystPackage.CLIENT__STRATEGIES:
				getStrategies().clear();
				return;
			case SocialystPackage.CLIENT__CHANNELS:
				getChannels().clear();
				return;
			case SocialystPackage.CLIENT__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case SocialystPackage.CLIENT__MENTIONS:
				setMentions((MentionLog)null);
				return;
			case SocialystPackage.CLIENT__ASSESSMENTS:
				getAssessments().clear();
				return;
			case SocialystPackage.CLIENT__COMMENTARIES:
				getCommentaries().clear();
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
			case SocialystPackage.CLIENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SocialystPackage.CLIENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SocialystPackage.CLIENT__INDUSTRY:
				return industry != INDUSTRY_EDEFAULT;
			case SocialystPackage.CLIENT__SIZE:
				return size != SIZE_EDEFAULT;
			case SocialystPackage.CLIENT__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case SocialystPackage.CLIENT__REPORT_LOCALE:
				return reportLocale != REPORT_LOCALE_EDEFAULT;
			case SocialystPackage.CLIENT__BRAND_MODE:
				return brandMode != BRAND_MODE_EDEFAULT;
			case SocialystPackage.CLIENT__BRAND:
				return brand != null;
			case SocialystPackage.CLIENT__CONTACTS:
				return contacts != null && !contacts.isEmpty();
			case SocialystPackage.CLIENT__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case SocialystPackage.CLIENT__STRATEGIES:
				return strategies != null && !strategies.isEmpty();
			case SocialystPackage.CLIENT__CHANNELS:
				return channels != null && !channels.isEmpty();
			case SocialystPackage.CLIENT__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case SocialystPackage.CLIENT__MENTIONS:
				return mentions != null;
			case SocialystPackage.CLIENT__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case SocialystPackage.CLIENT__COMMENTARIES:
				return commentaries != null && !commentaries.isEmpty();
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
		result.append(", industry: ");
		result.append(industry);
		result.append(", size: ");
		result.append(size);
		result.append(", country: ");
		result.append(country);
		result.append(", reportLocale: ");
		result.append(reportLocale);
		result.append(", brandMode: ");
		result.append(brandMode);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ClientImpl
