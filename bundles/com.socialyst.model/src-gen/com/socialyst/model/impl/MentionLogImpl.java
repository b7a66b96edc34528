/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.impl;

import com.socialyst.model.AuthorType;
import com.socialyst.model.Mention;
import com.socialyst.model.MentionLog;
import com.socialyst.model.Platform;
import com.socialyst.model.Sentiment;
import com.socialyst.model.SocialystPackage;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mention Log</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.impl.MentionLogImpl#getDates <em>Dates</em>}</li>
 *   <li>{@link com.socialyst.model.impl.MentionLogImpl#getPlatforms <em>Platforms</em>}</li>
 *   <li>{@link com.socialyst.model.impl.MentionLogImpl#getAuthorTypes <em>Author Types</em>}</li>
 *   <li>{@link com.socialyst.model.impl.MentionLogImpl#getSentiments <em>Sentiments</em>}</li>
 *   <li>{@link com.socialyst.model.impl.MentionLogImpl#getTopics <em>Topics</em>}</li>
 *   <li>{@link com.socialyst.model.impl.MentionLogImpl#getTopicTable <em>Topic Table</em>}</li>
 *   <li>{@link com.socialyst.model.impl.MentionLogImpl#getCountries <em>Countries</em>}</li>
 *   <li>{@link com.socialyst.model.impl.MentionLogImpl#getCountryTable <em>Country Table</em>}</li>
 *   <li>{@link com.socialyst.model.impl.MentionLogImpl#getReach <em>Reach</em>}</li>
 *   <li>{@link com.socialyst.model.impl.MentionLogImpl#getBrands <em>Brands</em>}</li>
 *   <li>{@link com.socialyst.model.impl.MentionLogImpl#getBrandTable <em>Brand Table</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MentionLogImpl extends MinimalEObjectImpl.Container implements MentionLog {
	/**
	 * The default value of the '{@link #getDates() <em>Dates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDates()
	 * @generated
	 * @ordered
	 */
	protected static final int[] DATES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDates() <em>Dates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDates()
	 * @generated
	 * @ordered
	 */
	protected int[] dates = DATES_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlatforms() <em>Platforms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatforms()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] PLATFORMS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlatforms() <em>Platforms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatforms()
	 * @generated
	 * @ordered
	 */
	protected byte[] platforms = PLATFORMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthorTypes() <em>Author Types</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorTypes()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] AUTHOR_TYPES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthorTypes() <em>Author Types</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorTypes()
	 * @generated
	 * @ordered
	 */
	protected byte[] authorTypes = AUTHOR_TYPES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSentiments() <em>Sentiments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentiments()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] SENTIMENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSentiments() <em>Sentiments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentiments()
	 * @generated
	 * @ordered
	 */
	protected byte[] sentiments = SENTIMENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTopics() <em>Topics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopics()
	 * @generated
	 * @ordered
	 */
	protected static final int[] TOPICS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopics() <em>Topics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopics()
	 * @generated
	 * @ordered
	 */
	protected int[] topics = TOPICS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTopicTable() <em>Topic Table</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopicTable()
	 * @generated
	 * @ordered
	 */
	protected EList<String> topicTable;

	/**
	 * The default value of the '{@link #getCountries() <em>Countries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountries()
	 * @generated
	 * @ordered
	 */
	protected static final int[] COUNTRIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountries() <em>Countries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountries()
	 * @generated
	 * @ordered
	 */
	protected int[] countries = COUNTRIES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCountryTable() <em>Country Table</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountryTable()
	 * @generated
	 * @ordered
	 */
	protected EList<String> countryTable;

	/**
	 * The default value of the '{@link #getReach() <em>Reach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReach()
	 * @generated
	 * @ordered
	 */
	protected static final double[] REACH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReach() <em>Reach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReach()
	 * @generated
	 * @ordered
	 */
	protected double[] reach = REACH_EDEFAULT;

	/**
	 * The default value of the '{@link #getBrands() <em>Brands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrands()
	 * @generated
	 * @ordered
	 */
	protected static final int[] BRANDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBrands() <em>Brands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrands()
	 * @generated
	 * @ordered
	 */
	protected int[] brands = BRANDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBrandTable() <em>Brand Table</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandTable()
	 * @generated
	 * @ordered
	 */
	protected EList<String> brandTable;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MentionLogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialystPackage.Literals.MENTION_LOG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getDates() {
		return dates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDates(int[] newDates) {
		int[] oldDates = dates;
		dates = newDates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.MENTION_LOG__DATES, oldDates, dates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getPlatforms() {
		return platforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlatforms(byte[] newPlatforms) {
		byte[] oldPlatforms = platforms;
		platforms = newPlatforms;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.MENTION_LOG__PLATFORMS, oldPlatforms, platforms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getAuthorTypes() {
		return authorTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthorTypes(byte[] newAuthorTypes) {
		byte[] oldAuthorTypes = authorTypes;
		authorTypes = newAuthorTypes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.MENTION_LOG__AUTHOR_TYPES, oldAuthorTypes, authorTypes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getSentiments() {
		return sentiments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSentiments(byte[] newSentiments) {
		byte[] oldSentiments = sentiments;
		sentiments = newSentiments;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.MENTION_LOG__SENTIMENTS, oldSentiments, sentiments));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getTopics() {
		return topics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopics(int[] newTopics) {
		int[] oldTopics = topics;
		topics = newTopics;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.MENTION_LOG__TOPICS, oldTopics, topics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTopicTable() {
		if (topicTable == null) {
			topicTable = new EDataTypeEList<String>(String.class, this, SocialystPackage.MENTION_LOG__TOPIC_TABLE);
		}
		return topicTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getCountries() {
		return countries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountries(int[] newCountries) {
		int[] oldCountries = countries;
		countries = newCountries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.MENTION_LOG__COUNTRIES, oldCountries, countries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCountryTable() {
		if (countryTable == null) {
			countryTable = new EDataTypeEList<String>(String.class, this, SocialystPackage.MENTION_LOG__COUNTRY_TABLE);
		}
		return countryTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getReach() {
		return reach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReach(double[] newReach) {
		double[] oldReach = reach;
		reach = newReach;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.MENTION_LOG__REACH, oldReach, reach));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getBrands() {
		return brands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrands(int[] newBrands) {
		int[] oldBrands = brands;
		brands = newBrands;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.MENTION_LOG__BRANDS, oldBrands, brands));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBrandTable() {
		if (brandTable == null) {
			brandTable = new EDataTypeEList<String>(String.class, this, SocialystPackage.MENTION_LOG__BRAND_TABLE);
		}
		return brandTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public int size() {
		return dates == null ? 0 : dates.length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public Mention get(int index) {
		Objects.checkIndex(index, size());
		return new Mention(LocalDate.ofEpochDay(dates[index]), Platform.get(code(platforms, index)), AuthorType.get(code(authorTypes, index)),
			Sentiment.get(code(sentiments, index)), entry(getTopicTable(), topics, index), entry(getCountryTable(), countries, index),
			reach != null && index < reach.length ? reach[index] : Double.NaN, entry(getBrandTable(), brands, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void add(Mention mention) {
		addAll(ECollections.singletonEList(mention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void addAll(EList<Mention> mentions) {
		int size = size();
		int added = mentions.size();
		if (added == 0) {
			return;
		}
		int[] newDates = extend(dates, size, added, 0);
		byte[] newPlatforms = extend(platforms, size, added);
		byte[] newAuthorTypes = extend(authorTypes, size, added);
		byte[] newSentiments = extend(sentiments, size, added);
		int[] newTopics = extend(topics, size, added, -1);
		int[] newCountries = extend(countries, size, added, -1);
		int[] newBrands = extend(brands, size, added, -1);
		double[] newReach = extend(reach, size, added);
		TableIndex topicIndex = new TableIndex(getTopicTable());
		TableIndex countryIndex = new TableIndex(getCountryTable());
		TableIndex brandIndex = new TableIndex(getBrandTable());
		int row = size;
		for (Mention mention : mentions) {
			newDates[row] = Math.toIntExact(mention.date().toEpochDay());
			newPlatforms[row] = (byte)(mention.platform() == null ? -1 : mention.platform().getValue());
			newAuthorTypes[row] = (byte)(mention.authorType() == null ? -1 : mention.authorType().getValue());
			newSentiments[row] = (byte)(mention.sentiment() == null ? -1 : mention.sentiment().getValue());
			newTopics[row] = topicIndex.indexOf(mention.topic());
			newCountries[row] = countryIndex.indexOf(mention.country());
			newBrands[row] = brandIndex.indexOf(mention.brand());
			newReach[row] = mention.reach();
			row++;
		}
		setDates(newDates);
		setPlatforms(newPlatforms);
		setAuthorTypes(newAuthorTypes);
		setSentiments(newSentiments);
		setTopics(newTopics);
		setCountries(newCountries);
		setBrands(newBrands);
		setReach(newReach);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SocialystPackage.MENTION_LOG__DATES:
				return getDates();
			case SocialystPackage.MENTION_LOG__PLATFORMS:
				return getPlatforms();
			case SocialystPackage.MENTION_LOG__AUTHOR_TYPES:
				return getAuthorTypes();
			case SocialystPackage.MENTION_LOG__SENTIMENTS:
				return getSentiments();
			case SocialystPackage.MENTION_LOG__TOPICS:
				return getTopics();
			case SocialystPackage.MENTION_LOG__TOPIC_TABLE:
				return getTopicTable();
			case SocialystPackage.MENTION_LOG__COUNTRIES:
				return getCountries();
			case SocialystPackage.MENTION_LOG__COUNTRY_TABLE:
				return getCountryTable();
			case SocialystPackage.MENTION_LOG__REACH:
				return getReach();
			case SocialystPackage.MENTION_LOG__BRANDS:
				return getBrands();
			case SocialystPackage.MENTION_LOG__BRAND_TABLE:
				return getBrandTable();
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
			case SocialystPackage.MENTION_LOG__DATES:
				setDates((int[])newValue);
				return;
			case SocialystPackage.MENTION_LOG__PLATFORMS:
				setPlatforms((byte[])newValue);
				return;
			case SocialystPackage.MENTION_LOG__AUTHOR_TYPES:
				setAuthorTypes((byte[])newValue);
				return;
			case SocialystPackage.MENTION_LOG__SENTIMENTS:
				setSentiments((byte[])newValue);
				return;
			case SocialystPackage.MENTION_LOG__TOPICS:
				setTopics((int[])newValue);
				return;
			case SocialystPackage.MENTION_LOG__TOPIC_TABLE:
				getTopicTable().clear();
				getTopicTable().addAll((Collection<? extends String>)newValue);
				return;
			case SocialystPackage.MENTION_LOG__COUNTRIES:
				setCountries((int[])newValue);
				return;
			case SocialystPackage.MENTION_LOG__COUNTRY_TABLE:
				getCountryTable().clear();
				getCountryTable().addAll((Collection<? extends String>)newValue);
				return;
			case SocialystPackage.MENTION_LOG__REACH:
				setReach((double[])newValue);
				return;
			case SocialystPackage.MENTION_LOG__BRANDS:
				setBrands((int[])newValue);
				return;
			case SocialystPackage.MENTION_LOG__BRAND_TABLE:
				getBrandTable().clear();
				getBrandTable().addAll((Collection<? extends String>)newValue);
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
			case SocialystPackage.MENTION_LOG__DATES:
				setDates(DATES_EDEFAULT);
				return;
			case SocialystPackage.MENTION_LOG__PLATFORMS:
				setPlatforms(PLATFORMS_EDEFAULT);
				return;
			case SocialystPackage.MENTION_LOG__AUTHOR_TYPES:
				setAuthorTypes(AUTHOR_TYPES_EDEFAULT);
				return;
			case SocialystPackage.MENTION_LOG__SENTIMENTS:
				setSentiments(SENTIMENTS_EDEFAULT);
				return;
			case SocialystPackage.MENTION_LOG__TOPICS:
				setTopics(TOPICS_EDEFAULT);
				return;
			case SocialystPackage.MENTION_LOG__TOPIC_TABLE:
				getTopicTable().clear();
				return;
			case SocialystPackage.MENTION_LOG__COUNTRIES:
				setCountries(COUNTRIES_EDEFAULT);
				return;
			case SocialystPackage.MENTION_LOG__COUNTRY_TABLE:
				getCountryTable().clear();
				return;
			case SocialystPackage.MENTION_LOG__REACH:
				setReach(REACH_EDEFAULT);
				return;
			case SocialystPackage.MENTION_LOG__BRANDS:
				setBrands(BRANDS_EDEFAULT);
				return;
			case SocialystPackage.MENTION_LOG__BRAND_TABLE:
				getBrandTable().clear();
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
			case SocialystPackage.MENTION_LOG__DATES:
				return DATES_EDEFAULT == null ? dates != null : !DATES_EDEFAULT.equals(dates);
			case SocialystPackage.MENTION_LOG__PLATFORMS:
				return PLATFORMS_EDEFAULT == null ? platforms != null : !PLATFORMS_EDEFAULT.equals(platforms);
			case SocialystPackage.MENTION_LOG__AUTHOR_TYPES:
				return AUTHOR_TYPES_EDEFAULT == null ? authorTypes != null : !AUTHOR_TYPES_EDEFAULT.equals(authorTypes);
			case SocialystPackage.MENTION_LOG__SENTIMENTS:
				return SENTIMENTS_EDEFAULT == null ? sentiments != null : !SENTIMENTS_EDEFAULT.equals(sentiments);
			case SocialystPackage.MENTION_LOG__TOPICS:
				return TOPICS_EDEFAULT == null ? topics != null : !TOPICS_EDEFAULT.equals(topics);
			case SocialystPackage.MENTION_LOG__TOPIC_TABLE:
				return topicTable != null && !topicTable.isEmpty();
			case SocialystPackage.MENTION_LOG__COUNTRIES:
				return COUNTRIES_EDEFAULT == null ? countries != null : !COUNTRIES_EDEFAULT.equals(countries);
			case SocialystPackage.MENTION_LOG__COUNTRY_TABLE:
				return countryTable != null && !countryTable.isEmpty();
			case SocialystPackage.MENTION_LOG__REACH:
				return REACH_EDEFAULT == null ? reach != null : !REACH_EDEFAULT.equals(reach);
			case SocialystPackage.MENTION_LOG__BRANDS:
				return BRANDS_EDEFAULT == null ? brands != null : !BRANDS_EDEFAULT.equals(brands);
			case SocialystPackage.MENTION_LOG__BRAND_TABLE:
				return brandTable != null && !brandTable.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SocialystPackage.MENTION_LOG___SIZE:
				return size();
			case SocialystPackage.MENTION_LOG___GET__INT:
				return get((Integer)arguments.get(0));
			case SocialystPackage.MENTION_LOG___ADD__MENTION:
				add((Mention)arguments.get(0));
				return null;
			case SocialystPackage.MENTION_LOG___ADD_ALL__ELIST:
				addAll((EList<Mention>)arguments.get(0));
				return null;
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (dates: ");
		result.append(dates);
		result.append(", platforms: ");
		result.append(platforms);
		result.append(", authorTypes: ");
		result.append(authorTypes);
		result.append(", sentiments: ");
		result.append(sentiments);
		result.append(", topics: ");
		result.append(topics);
		result.append(", topicTable: ");
		result.append(topicTable);
		result.append(", countries: ");
		result.append(countries);
		result.append(", countryTable: ");
		result.append(countryTable);
		result.append(", reach: ");
		result.append(reach);
		result.append(", brands: ");
		result.append(brands);
		result.append(", brandTable: ");
		result.append(brandTable);
		result.append(')');
		return result.toString();
	}

	/**
	 * The code of a row in a byte column; -1 (no literal) when the column is too short.
	 */
	private static int code(byte[] column, int row) {
		return column != null && row < column.length ? column[row] : -1;
	}

	/**
	 * The table entry a row of an index column refers to; {@code null} for -1 or an index out of range.
	 */
	private static String entry(EList<String> table, int[] column, int row) {
		int index = column != null && row < column.length ? column[row] : -1;
		return index >= 0 && index < table.size() ? table.get(index) : null;
	}

	/**
	 * A copy of the first {@code size} rows of an int column with room for {@code added} more; rows the column lacks
	 * get {@code none}.
	 */
	private static int[] extend(int[] column, int size, int added, int none) {
		int[] result = new int[size + added];
		int kept = column == null ? 0 : Math.min(column.length, size);
		System.arraycopy(column == null ? result : column, 0, result, 0, kept);
		Arrays.fill(result, kept, size, none);
		return result;
	}

	/**
	 * Same as {@link #extend(int[], int, int, int)} for a byte column; missing rows get -1.
	 */
	private static byte[] extend(byte[] column, int size, int added) {
		byte[] result = new byte[size + added];
		int kept = column == null ? 0 : Math.min(column.length, size);
		System.arraycopy(column == null ? result : column, 0, result, 0, kept);
		Arrays.fill(result, kept, size, (byte)-1);
		return result;
	}

	/**
	 * Same as {@link #extend(int[], int, int, int)} for a double column; missing rows get NaN.
	 */
	private static double[] extend(double[] column, int size, int added) {
		double[] result = new double[size + added];
		int kept = column == null ? 0 : Math.min(column.length, size);
		System.arraycopy(column == null ? result : column, 0, result, 0, kept);
		Arrays.fill(result, kept, size, Double.NaN);
		return result;
	}

	/**
	 * Finds strings in a string table, appending the missing ones.
	 */
	private static final class TableIndex {
		private final EList<String> table;
		private final Map<String, Integer> indexes = new HashMap<>();

		TableIndex(EList<String> table) {
			this.table = table;
			for (int i = table.size() - 1; i >= 0; i--) {
				indexes.put(table.get(i), i);
			}
		}

		/**
		 * The index of {@code value}, added to the table if needed; -1 for {@code null}.
		 */
		int indexOf(String value) {
			if (value == null) {
				return -1;
			}
			return indexes.computeIfAbsent(value, key -> {
				table.add(key);
				return table.size() - 1;
			});
		}
	}

} //MentionLogImpl
