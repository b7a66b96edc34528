/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A client organisation; the root of its own resource clients/<id>.xmi.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.Client#getId <em>Id</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getName <em>Name</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getIndustry <em>Industry</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getSize <em>Size</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getCountry <em>Country</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getReportLocale <em>Report Locale</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getBrandMode <em>Brand Mode</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getBrand <em>Brand</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getContacts <em>Contacts</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getNotes <em>Notes</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getChannels <em>Channels</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getMentions <em>Mentions</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link com.socialyst.model.Client#getCommentaries <em>Commentaries</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getClient()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueChannelAccounts'"
 * @generated
 */
public interface Client extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stable slug (e.g. acme) that names the client's file and that cross-resource references use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see com.socialyst.model.SocialystPackage#getClient_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Client#getId <em>Id</em>}' attribute.
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
	 * @see com.socialyst.model.SocialystPackage#getClient_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Client#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Industry</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.Industry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Industry</em>' attribute.
	 * @see com.socialyst.model.Industry
	 * @see #setIndustry(Industry)
	 * @see com.socialyst.model.SocialystPackage#getClient_Industry()
	 * @model
	 * @generated
	 */
	Industry getIndustry();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Client#getIndustry <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry</em>' attribute.
	 * @see com.socialyst.model.Industry
	 * @see #getIndustry()
	 * @generated
	 */
	void setIndustry(Industry value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.ClientSize}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see com.socialyst.model.ClientSize
	 * @see #setSize(ClientSize)
	 * @see com.socialyst.model.SocialystPackage#getClient_Size()
	 * @model
	 * @generated
	 */
	ClientSize getSize();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Client#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see com.socialyst.model.ClientSize
	 * @see #getSize()
	 * @generated
	 */
	void setSize(ClientSize value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-2 country code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see com.socialyst.model.SocialystPackage#getClient_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Client#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Report Locale</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.ReportLocale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Report Locale</em>' attribute.
	 * @see com.socialyst.model.ReportLocale
	 * @see #setReportLocale(ReportLocale)
	 * @see com.socialyst.model.SocialystPackage#getClient_ReportLocale()
	 * @model
	 * @generated
	 */
	ReportLocale getReportLocale();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Client#getReportLocale <em>Report Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Report Locale</em>' attribute.
	 * @see com.socialyst.model.ReportLocale
	 * @see #getReportLocale()
	 * @generated
	 */
	void setReportLocale(ReportLocale value);

	/**
	 * Returns the value of the '<em><b>Brand Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.BrandMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brand Mode</em>' attribute.
	 * @see com.socialyst.model.BrandMode
	 * @see #setBrandMode(BrandMode)
	 * @see com.socialyst.model.SocialystPackage#getClient_BrandMode()
	 * @model
	 * @generated
	 */
	BrandMode getBrandMode();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Client#getBrandMode <em>Brand Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand Mode</em>' attribute.
	 * @see com.socialyst.model.BrandMode
	 * @see #getBrandMode()
	 * @generated
	 */
	void setBrandMode(BrandMode value);

	/**
	 * Returns the value of the '<em><b>Brand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The client's brand for co-branded or white-label reports; null in consultancy mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Brand</em>' containment reference.
	 * @see #setBrand(Brand)
	 * @see com.socialyst.model.SocialystPackage#getClient_Brand()
	 * @model containment="true"
	 * @generated
	 */
	Brand getBrand();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Client#getBrand <em>Brand</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand</em>' containment reference.
	 * @see #getBrand()
	 * @generated
	 */
	void setBrand(Brand value);

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getClient_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contact> getContacts();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see com.socialyst.model.SocialystPackage#getClient_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Client#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.Strategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One strategy per period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategies</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getClient_Strategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Strategy> getStrategies();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.ChannelAccount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getClient_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChannelAccount> getChannels();

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getClient_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Mentions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The client's listening mentions, stored column-wise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mentions</em>' containment reference.
	 * @see #setMentions(MentionLog)
	 * @see com.socialyst.model.SocialystPackage#getClient_Mentions()
	 * @model containment="true"
	 * @generated
	 */
	MentionLog getMentions();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Client#getMentions <em>Mentions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mentions</em>' containment reference.
	 * @see #getMentions()
	 * @generated
	 */
	void setMentions(MentionLog value);

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getClient_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Commentaries</b></em>' containment reference list.
	 * The list contents are of type {@link com.socialyst.model.Commentary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The consultant's commentary for the client's reports, at most one per period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commentaries</em>' containment reference list.
	 * @see com.socialyst.model.SocialystPackage#getClient_Commentaries()
	 * @model containment="true"
	 * @generated
	 */
	EList<Commentary> getCommentaries();

} // Client
