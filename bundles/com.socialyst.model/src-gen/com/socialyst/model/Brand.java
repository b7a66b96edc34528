/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Brand</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The look of reports: the consultancy's brand, or a client's for co-branded and white-label reports.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.model.Brand#getName <em>Name</em>}</li>
 *   <li>{@link com.socialyst.model.Brand#getLogoPath <em>Logo Path</em>}</li>
 *   <li>{@link com.socialyst.model.Brand#getPrimaryColor <em>Primary Color</em>}</li>
 *   <li>{@link com.socialyst.model.Brand#getSecondaryColor <em>Secondary Color</em>}</li>
 *   <li>{@link com.socialyst.model.Brand#getFontFamily <em>Font Family</em>}</li>
 *   <li>{@link com.socialyst.model.Brand#getFooterText <em>Footer Text</em>}</li>
 *   <li>{@link com.socialyst.model.Brand#getDisclaimerText <em>Disclaimer Text</em>}</li>
 *   <li>{@link com.socialyst.model.Brand#getDefaultLocale <em>Default Locale</em>}</li>
 * </ul>
 *
 * @see com.socialyst.model.SocialystPackage#getBrand()
 * @model
 * @generated
 */
public interface Brand extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see com.socialyst.model.SocialystPackage#getBrand_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Brand#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Logo Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the logo image, relative to the portfolio folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Logo Path</em>' attribute.
	 * @see #setLogoPath(String)
	 * @see com.socialyst.model.SocialystPackage#getBrand_LogoPath()
	 * @model
	 * @generated
	 */
	String getLogoPath();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Brand#getLogoPath <em>Logo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logo Path</em>' attribute.
	 * @see #getLogoPath()
	 * @generated
	 */
	void setLogoPath(String value);

	/**
	 * Returns the value of the '<em><b>Primary Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Colour as #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary Color</em>' attribute.
	 * @see #setPrimaryColor(String)
	 * @see com.socialyst.model.SocialystPackage#getBrand_PrimaryColor()
	 * @model
	 * @generated
	 */
	String getPrimaryColor();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Brand#getPrimaryColor <em>Primary Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Color</em>' attribute.
	 * @see #getPrimaryColor()
	 * @generated
	 */
	void setPrimaryColor(String value);

	/**
	 * Returns the value of the '<em><b>Secondary Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Colour as #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secondary Color</em>' attribute.
	 * @see #setSecondaryColor(String)
	 * @see com.socialyst.model.SocialystPackage#getBrand_SecondaryColor()
	 * @model
	 * @generated
	 */
	String getSecondaryColor();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Brand#getSecondaryColor <em>Secondary Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secondary Color</em>' attribute.
	 * @see #getSecondaryColor()
	 * @generated
	 */
	void setSecondaryColor(String value);

	/**
	 * Returns the value of the '<em><b>Font Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Font Family</em>' attribute.
	 * @see #setFontFamily(String)
	 * @see com.socialyst.model.SocialystPackage#getBrand_FontFamily()
	 * @model
	 * @generated
	 */
	String getFontFamily();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Brand#getFontFamily <em>Font Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Font Family</em>' attribute.
	 * @see #getFontFamily()
	 * @generated
	 */
	void setFontFamily(String value);

	/**
	 * Returns the value of the '<em><b>Footer Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Footer Text</em>' attribute.
	 * @see #setFooterText(String)
	 * @see com.socialyst.model.SocialystPackage#getBrand_FooterText()
	 * @model
	 * @generated
	 */
	String getFooterText();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Brand#getFooterText <em>Footer Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Footer Text</em>' attribute.
	 * @see #getFooterText()
	 * @generated
	 */
	void setFooterText(String value);

	/**
	 * Returns the value of the '<em><b>Disclaimer Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disclaimer Text</em>' attribute.
	 * @see #setDisclaimerText(String)
	 * @see com.socialyst.model.SocialystPackage#getBrand_DisclaimerText()
	 * @model
	 * @generated
	 */
	String getDisclaimerText();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Brand#getDisclaimerText <em>Disclaimer Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disclaimer Text</em>' attribute.
	 * @see #getDisclaimerText()
	 * @generated
	 */
	void setDisclaimerText(String value);

	/**
	 * Returns the value of the '<em><b>Default Locale</b></em>' attribute.
	 * The literals are from the enumeration {@link com.socialyst.model.ReportLocale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Locale</em>' attribute.
	 * @see com.socialyst.model.ReportLocale
	 * @see #setDefaultLocale(ReportLocale)
	 * @see com.socialyst.model.SocialystPackage#getBrand_DefaultLocale()
	 * @model
	 * @generated
	 */
	ReportLocale getDefaultLocale();

	/**
	 * Sets the value of the '{@link com.socialyst.model.Brand#getDefaultLocale <em>Default Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Locale</em>' attribute.
	 * @see com.socialyst.model.ReportLocale
	 * @see #getDefaultLocale()
	 * @generated
	 */
	void setDefaultLocale(ReportLocale value);

} // Brand
