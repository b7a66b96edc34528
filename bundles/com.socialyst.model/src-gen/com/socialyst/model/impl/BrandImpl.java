/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.impl;

import com.socialyst.model.Brand;
import com.socialyst.model.ReportLocale;
import com.socialyst.model.SocialystPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Brand</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.impl.BrandImpl#getName <em>Name</em>}</li>
 *   <li>{@link com.socialyst.model.impl.BrandImpl#getLogoPath <em>Logo Path</em>}</li>
 *   <li>{@link com.socialyst.model.impl.BrandImpl#getPrimaryColor <em>Primary Color</em>}</li>
 *   <li>{@link com.socialyst.model.impl.BrandImpl#getSecondaryColor <em>Secondary Color</em>}</li>
 *   <li>{@link com.socialyst.model.impl.BrandImpl#getFontFamily <em>Font Family</em>}</li>
 *   <li>{@link com.socialyst.model.impl.BrandImpl#getFooterText <em>Footer Text</em>}</li>
 *   <li>{@link com.socialyst.model.impl.BrandImpl#getDisclaimerText <em>Disclaimer Text</em>}</li>
 *   <li>{@link com.socialyst.model.impl.BrandImpl#getDefaultLocale <em>Default Locale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BrandImpl extends MinimalEObjectImpl.Container implements Brand {
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
	 * The default value of the '{@link #getLogoPath() <em>Logo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogoPath()
	 * @generated
	 * @ordered
	 */
	protected static final String LOGO_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLogoPath() <em>Logo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogoPath()
	 * @generated
	 * @ordered
	 */
	protected String logoPath = LOGO_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrimaryColor() <em>Primary Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryColor()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIMARY_COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrimaryColor() <em>Primary Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryColor()
	 * @generated
	 * @ordered
	 */
	protected String primaryColor = PRIMARY_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecondaryColor() <em>Secondary Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondaryColor()
	 * @generated
	 * @ordered
	 */
	protected static final String SECONDARY_COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecondaryColor() <em>Secondary Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondaryColor()
	 * @generated
	 * @ordered
	 */
	protected String secondaryColor = SECONDARY_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getFontFamily() <em>Font Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFontFamily()
	 * @generated
	 * @ordered
	 */
	protected static final String FONT_FAMILY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFontFamily() <em>Font Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFontFamily()
	 * @generated
	 * @ordered
	 */
	protected String fontFamily = FONT_FAMILY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFooterText() <em>Footer Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFooterText()
	 * @generated
	 * @ordered
	 */
	protected static final String FOOTER_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFooterText() <em>Footer Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFooterText()
	 * @generated
	 * @ordered
	 */
	protected String footerText = FOOTER_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisclaimerText() <em>Disclaimer Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisclaimerText()
	 * @generated
	 * @ordered
	 */
	protected static final String DISCLAIMER_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisclaimerText() <em>Disclaimer Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisclaimerText()
	 * @generated
	 * @ordered
	 */
	protected String disclaimerText = DISCLAIMER_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefaultLocale() <em>Default Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultLocale()
	 * @generated
	 * @ordered
	 */
	protected static final ReportLocale DEFAULT_LOCALE_EDEFAULT = ReportLocale.EN;

	/**
	 * The cached value of the '{@link #getDefaultLocale() <em>Default Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultLocale()
	 * @generated
	 * @ordered
	 */
	protected ReportLocale defaultLocale = DEFAULT_LOCALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BrandImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialystPackage.Literals.BRAND;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.BRAND__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLogoPath() {
		return logoPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogoPath(String newLogoPath) {
		String oldLogoPath = logoPath;
		logoPath = newLogoPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.BRAND__LOGO_PATH, oldLogoPath, logoPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrimaryColor() {
		return primaryColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimaryColor(String newPrimaryColor) {
		String oldPrimaryColor = primaryColor;
		primaryColor = newPrimaryColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.BRAND__PRIMARY_COLOR, oldPrimaryColor, primaryColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecondaryColor() {
		return secondaryColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecondaryColor(String newSecondaryColor) {
		String oldSecondaryColor = secondaryColor;
		secondaryColor = newSecondaryColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.BRAND__SECONDARY_COLOR, oldSecondaryColor, secondaryColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFontFamily() {
		return fontFamily;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFontFamily(String newFontFamily) {
		String oldFontFamily = fontFamily;
		fontFamily = newFontFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.BRAND__FONT_FAMILY, oldFontFamily, fontFamily));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFooterText() {
		return footerText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFooterText(String newFooterText) {
		String oldFooterText = footerText;
		footerText = newFooterText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.BRAND__FOOTER_TEXT, oldFooterText, footerText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisclaimerText() {
		return disclaimerText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisclaimerText(String newDisclaimerText) {
		String oldDisclaimerText = disclaimerText;
		disclaimerText = newDisclaimerText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.BRAND__DISCLAIMER_TEXT, oldDisclaimerText, disclaimerText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportLocale getDefaultLocale() {
		return defaultLocale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultLocale(ReportLocale newDefaultLocale) {
		ReportLocale oldDefaultLocale = defaultLocale;
		defaultLocale = newDefaultLocale == null ? DEFAULT_LOCALE_EDEFAULT : newDefaultLocale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialystPackage.BRAND__DEFAULT_LOCALE, oldDefaultLocale, defaultLocale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SocialystPackage.BRAND__NAME:
				return getName();
			case SocialystPackage.BRAND__LOGO_PATH:
				return getLogoPath();
			case SocialystPackage.BRAND__PRIMARY_COLOR:
				return getPrimaryColor();
			case SocialystPackage.BRAND__SECONDARY_COLOR:
				return getSecondaryColor();
			case SocialystPackage.BRAND__FONT_FAMILY:
				return getFontFamily();
			case SocialystPackage.BRAND__FOOTER_TEXT:
				return getFooterText();
			case SocialystPackage.BRAND__DISCLAIMER_TEXT:
				return getDisclaimerText();
			case SocialystPackage.BRAND__DEFAULT_LOCALE:
				return getDefaultLocale();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SocialystPackage.BRAND__NAME:
				setName((String)newValue);
				return;
			case SocialystPackage.BRAND__LOGO_PATH:
				setLogoPath((String)newValue);
				return;
			case SocialystPackage.BRAND__PRIMARY_COLOR:
				setPrimaryColor((String)newValue);
				return;
			case SocialystPackage.BRAND__SECONDARY_COLOR:
				setSecondaryColor((String)newValue);
				return;
			case SocialystPackage.BRAND__FONT_FAMILY:
				setFontFamily((String)newValue);
				return;
			case SocialystPackage.BRAND__FOOTER_TEXT:
				setFooterText((String)newValue);
				return;
			case SocialystPackage.BRAND__DISCLAIMER_TEXT:
				setDisclaimerText((String)newValue);
				return;
			case SocialystPackage.BRAND__DEFAULT_LOCALE:
				setDefaultLocale((ReportLocale)newValue);
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
			case SocialystPackage.BRAND__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SocialystPackage.BRAND__LOGO_PATH:
				setLogoPath(LOGO_PATH_EDEFAULT);
				return;
			case SocialystPackage.BRAND__PRIMARY_COLOR:
				setPrimaryColor(PRIMARY_COLOR_EDEFAULT);
				return;
			case SocialystPackage.BRAND__SECONDARY_COLOR:
				setSecondaryColor(SECONDARY_COLOR_EDEFAULT);
				return;
			case SocialystPackage.BRAND__FONT_FAMILY:
				setFontFamily(FONT_FAMILY_EDEFAULT);
				return;
			case SocialystPackage.BRAND__FOOTER_TEXT:
				setFooterText(FOOTER_TEXT_EDEFAULT);
				return;
			case SocialystPackage.BRAND__DISCLAIMER_TEXT:
				setDisclaimerText(DISCLAIMER_TEXT_EDEFAULT);
				return;
			case SocialystPackage.BRAND__DEFAULT_LOCALE:
				setDefaultLocale(DEFAULT_LOCALE_EDEFAULT);
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
			case SocialystPackage.BRAND__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SocialystPackage.BRAND__LOGO_PATH:
				return LOGO_PATH_EDEFAULT == null ? logoPath != null : !LOGO_PATH_EDEFAULT.equals(logoPath);
			case SocialystPackage.BRAND__PRIMARY_COLOR:
				return PRIMARY_COLOR_EDEFAULT == null ? primaryColor != null : !PRIMARY_COLOR_EDEFAULT.equals(primaryColor);
			case SocialystPackage.BRAND__SECONDARY_COLOR:
				return SECONDARY_COLOR_EDEFAULT == null ? secondaryColor != null : !SECONDARY_COLOR_EDEFAULT.equals(secondaryColor);
			case SocialystPackage.BRAND__FONT_FAMILY:
				return FONT_FAMILY_EDEFAULT == null ? fontFamily != null : !FONT_FAMILY_EDEFAULT.equals(fontFamily);
			case SocialystPackage.BRAND__FOOTER_TEXT:
				return FOOTER_TEXT_EDEFAULT == null ? footerText != null : !FOOTER_TEXT_EDEFAULT.equals(footerText);
			case SocialystPackage.BRAND__DISCLAIMER_TEXT:
				return DISCLAIMER_TEXT_EDEFAULT == null ? disclaimerText != null : !DISCLAIMER_TEXT_EDEFAULT.equals(disclaimerText);
			case SocialystPackage.BRAND__DEFAULT_LOCALE:
				return defaultLocale != DEFAULT_LOCALE_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", logoPath: ");
		result.append(logoPath);
		result.append(", primaryColor: ");
		result.append(primaryColor);
		result.append(", secondaryColor: ");
		result.append(secondaryColor);
		result.append(", fontFamily: ");
		result.append(fontFamily);
		result.append(", footerText: ");
		result.append(footerText);
		result.append(", disclaimerText: ");
		result.append(disclaimerText);
		result.append(", defaultLocale: ");
		result.append(defaultLocale);
		result.append(')');
		return result.toString();
	}

} //BrandImpl
