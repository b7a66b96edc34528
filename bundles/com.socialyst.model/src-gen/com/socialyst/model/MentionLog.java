/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mention Log</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A client's listening mentions, stored column-wise in parallel arrays (row i = one mention), never one object per mention.
 * Columns: dates (epoch days), platforms, authorTypes and sentiments (the value of the Platform, AuthorType and Sentiment literal), topics, countries and brands (index into topicTable, countryTable and brandTable; -1 = none) and reach (NaN = unknown).
 * Arrays are values: never change an array obtained from a getter; add() and addAll() set new ones.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.MentionLog#getDates <em>Dates</em>}</li>
 *   <li>{@link com.socialyst.model.MentionLog#getPlatforms <em>Platforms</em>}</li>
 *   <li>{@link com.socialyst.model.MentionLog#getAuthorTypes <em>Author Types</em>}</li>
 *   <li>{@link com.socialyst.model.MentionLog#getSentiments <em>Sentiments</em>}</li>
 *   <li>{@link com.socialyst.model.MentionLog#getTopics <em>Topics</em>}</li>
 *   <li>{@link com.socialyst.model.MentionLog#getTopicTable <em>Topic Table</em>}</li>
 *   <li>{@link com.socialyst.model.MentionLog#getCountries <em>Countries</em>}</li>
 *   <li>{@link com.socialyst.model.MentionLog#getCountryTable <em>Country Table</em>}</li>
 *   <li>{@link com.socialyst.model.MentionLog#getReach <em>Reach</em>}</li>
 *   <li>{@link com.socialyst.model.MentionLog#getBrands <em>Brands</em>}</li>
 *   <li>{@link com.socialyst.model.MentionLog#getBrandTable <em>Brand Table</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getMentionLog()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='columnsAligned'"
 * @generated
 */
public interface MentionLog extends EObject {
	/**
	 * Returns the value of the '<em><b>Dates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Day of each mention as epoch day (LocalDate.toEpochDay).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dates</em>' attribute.
	 * @see #setDates(int[])
	 * @see com.socialyst.model.SocialystPackage#getMentionLog_Dates()
	 * @model dataType="com.socialyst.model.IntArray"
	 * @generated
	 */
	int[] getDates();

	/**
	 * Sets the value of the '{@link com.socialyst.model.MentionLog#getDates <em>Dates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dates</em>' attribute.
	 * @see #getDates()
	 * @generated
	 */
	void setDates(int[] value);

	/**
	 * Returns the value of the '<em><b>Platforms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Platform literal value of each mention.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Platforms</em>' attribute.
	 * @see #setPlatforms(byte[])
	 * @see com.socialyst.model.SocialystPackage#getMentionLog_Platforms()
	 * @model dataType="com.socialyst.model.ByteArray"
	 * @generated
	 */
	byte[] getPlatforms();

	/**
	 * Sets the value of the '{@link com.socialyst.model.MentionLog#getPlatforms <em>Platforms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Platforms</em>' attribute.
	 * @see #getPlatforms()
	 * @generated
	 */
	void setPlatforms(byte[] value);

	/**
	 * Returns the value of the '<em><b>Author Types</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AuthorType literal value of each mention.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author Types</em>' attribute.
	 * @see #setAuthorTypes(byte[])
	 * @see com.socialyst.model.SocialystPackage#getMentionLog_AuthorTypes()
	 * @model dataType="com.socialyst.model.ByteArray"
	 * @generated
	 */
	byte[] getAuthorTypes();

	/**
	 * Sets the value of the '{@link com.socialyst.model.MentionLog#getAuthorTypes <em>Author Types</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author Types</em>' attribute.
	 * @see #getAuthorTypes()
	 * @generated
	 */
	void setAuthorTypes(byte[] value);

	/**
	 * Returns the value of the '<em><b>Sentiments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sentiment literal value of each mention.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sentiments</em>' attribute.
	 * @see #setSentiments(byte[])
	 * @see com.socialyst.model.SocialystPackage#getMentionLog_Sentiments()
	 * @model dataType="com.socialyst.model.ByteArray"
	 * @generated
	 */
	byte[] getSentiments();

	/**
	 * Sets the value of the '{@link com.socialyst.model.MentionLog#getSentiments <em>Sentiments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sentiments</em>' attribute.
	 * @see #getSentiments()
	 * @generated
	 */
	void setSentiments(byte[] value);

	/**
	 * Returns the value of the '<em><b>Topics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index into topicTable; -1 = none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topics</em>' attribute.
	 * @see #setTopics(int[])
	 * @see com.socialyst.model.SocialystPackage#getMentionLog_Topics()
	 * @model dataType="com.socialyst.model.IntArray"
	 * @generated
	 */
	int[] getTopics();

	/**
	 * Sets the value of the '{@link com.socialyst.model.MentionLog#getTopics <em>Topics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topics</em>' attribute.
	 * @see #getTopics()
	 * @generated
	 */
	void setTopics(int[] value);

	/**
	 * Returns the value of the '<em><b>Topic Table</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic Table</em>' attribute list.
	 * @see com.socialyst.model.SocialystPackage#getMentionLog_TopicTable()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTopicTable();

	/**
	 * Returns the value of the '<em><b>Countries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index into countryTable (ISO 3166-1 alpha-2 codes); -1 = none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Countries</em>' attribute.
	 * @see #setCountries(int[])
	 * @see com.socialyst.model.SocialystPackage#getMentionLog_Countries()
	 * @model dataType="com.socialyst.model.IntArray"
	 * @generated
	 */
	int[] getCountries();

	/**
	 * Sets the value of the '{@link com.socialyst.model.MentionLog#getCountries <em>Countries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Countries</em>' attribute.
	 * @see #getCountries()
	 * @generated
	 */
	void setCountries(int[] value);

	/**
	 * Returns the value of the '<em><b>Country Table</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country Table</em>' attribute list.
	 * @see com.socialyst.model.SocialystPackage#getMentionLog_CountryTable()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCountryTable();

	/**
	 * Returns the value of the '<em><b>Reach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Potential reach of each mention; NaN = unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reach</em>' attribute.
	 * @see #setReach(double[])
	 * @see com.socialyst.model.SocialystPackage#getMentionLog_Reach()
	 * @model dataType="com.socialyst.model.DoubleArray"
	 * @generated
	 */
	double[] getReach();

	/**
	 * Sets the value of the '{@link com.socialyst.model.MentionLog#getReach <em>Reach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reach</em>' attribute.
	 * @see #getReach()
	 * @generated
	 */
	void setReach(double[] value);

	/**
	 * Returns the value of the '<em><b>Brands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index into brandTable: the client's own name or a competitor's; -1 = none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Brands</em>' attribute.
	 * @see #setBrands(int[])
	 * @see com.socialyst.model.SocialystPackage#getMentionLog_Brands()
	 * @model dataType="com.socialyst.model.IntArray"
	 * @generated
	 */
	int[] getBrands();

	/**
	 * Sets the value of the '{@link com.socialyst.model.MentionLog#getBrands <em>Brands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brands</em>' attribute.
	 * @see #getBrands()
	 * @generated
	 */
	void setBrands(int[] value);

	/**
	 * Returns the value of the '<em><b>Brand Table</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brand Table</em>' attribute list.
	 * @see com.socialyst.model.SocialystPackage#getMentionLog_BrandTable()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getBrandTable();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of mentions.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	int size();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A read-only view of mention number index (0 <= index < size()).
	 * <!-- end-model-doc -->
	 * @model dataType="com.socialyst.model.Mention"
	 * @generated
	 */
	Mention get(int index);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Appends one mention. Copies every column: for many mentions use addAll.
	 * <!-- end-model-doc -->
	 * @model mentionDataType="com.socialyst.model.Mention"
	 * @generated
	 */
	void add(Mention mention);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Appends mentions, copying every column once.
	 * <!-- end-model-doc -->
	 * @model mentionsDataType="com.socialyst.model.Mention" mentionsMany="true"
	 * @generated
	 */
	void addAll(EList<Mention> mentions);

} // MentionLog
