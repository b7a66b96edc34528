/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Platform</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A social-media platform. The values are stored in MentionLog.platforms: never renumber them.
 * <!-- end-model-doc -->
 * @see com.socialyst.model.SocialystPackage#getPlatform()
 * @model
 * @generated
 */
public enum Platform implements Enumerator {
	/**
	 * The '<em><b>FACEBOOK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FACEBOOK_VALUE
	 * @generated
	 * @ordered
	 */
	FACEBOOK(0, "FACEBOOK", "facebook"),

	/**
	 * The '<em><b>INSTAGRAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTAGRAM_VALUE
	 * @generated
	 * @ordered
	 */
	INSTAGRAM(1, "INSTAGRAM", "instagram"),

	/**
	 * The '<em><b>X</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #X_VALUE
	 * @generated
	 * @ordered
	 */
	X(2, "X", "x"),

	/**
	 * The '<em><b>LINKEDIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINKEDIN_VALUE
	 * @generated
	 * @ordered
	 */
	LINKEDIN(3, "LINKEDIN", "linkedin"),

	/**
	 * The '<em><b>YOUTUBE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTUBE_VALUE
	 * @generated
	 * @ordered
	 */
	YOUTUBE(4, "YOUTUBE", "youtube"),

	/**
	 * The '<em><b>TIKTOK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIKTOK_VALUE
	 * @generated
	 * @ordered
	 */
	TIKTOK(5, "TIKTOK", "tiktok"),

	/**
	 * The '<em><b>PINTEREST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PINTEREST_VALUE
	 * @generated
	 * @ordered
	 */
	PINTEREST(6, "PINTEREST", "pinterest"),

	/**
	 * The '<em><b>BLOG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOG_VALUE
	 * @generated
	 * @ordered
	 */
	BLOG(7, "BLOG", "blog"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "other");

	/**
	 * The '<em><b>FACEBOOK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FACEBOOK
	 * @model literal="facebook"
	 * @generated
	 * @ordered
	 */
	public static final int FACEBOOK_VALUE = 0;

	/**
	 * The '<em><b>INSTAGRAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTAGRAM
	 * @model literal="instagram"
	 * @generated
	 * @ordered
	 */
	public static final int INSTAGRAM_VALUE = 1;

	/**
	 * The '<em><b>X</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #X
	 * @model literal="x"
	 * @generated
	 * @ordered
	 */
	public static final int X_VALUE = 2;

	/**
	 * The '<em><b>LINKEDIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINKEDIN
	 * @model literal="linkedin"
	 * @generated
	 * @ordered
	 */
	public static final int LINKEDIN_VALUE = 3;

	/**
	 * The '<em><b>YOUTUBE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTUBE
	 * @model literal="youtube"
	 * @generated
	 * @ordered
	 */
	public static final int YOUTUBE_VALUE = 4;

	/**
	 * The '<em><b>TIKTOK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIKTOK
	 * @model literal="tiktok"
	 * @generated
	 * @ordered
	 */
	public static final int TIKTOK_VALUE = 5;

	/**
	 * The '<em><b>PINTEREST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PINTEREST
	 * @model literal="pinterest"
	 * @generated
	 * @ordered
	 */
	public static final int PINTEREST_VALUE = 6;

	/**
	 * The '<em><b>BLOG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOG
	 * @model literal="blog"
	 * @generated
	 * @ordered
	 */
	public static final int BLOG_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Platform</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Platform[] VALUES_ARRAY =
		new Platform[] {
			FACEBOOK,
			INSTAGRAM,
			X,
			LINKEDIN,
			YOUTUBE,
			TIKTOK,
			PINTEREST,
			BLOG,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Platform</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Platform> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Platform</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Platform get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Platform result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Platform</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Platform getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Platform result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Platform</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Platform get(int value) {
		switch (value) {
			case FACEBOOK_VALUE: return FACEBOOK;
			case INSTAGRAM_VALUE: return INSTAGRAM;
			case X_VALUE: return X;
			case LINKEDIN_VALUE: return LINKEDIN;
			case YOUTUBE_VALUE: return YOUTUBE;
			case TIKTOK_VALUE: return TIKTOK;
			case PINTEREST_VALUE: return PINTEREST;
			case BLOG_VALUE: return BLOG;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Platform(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Platform
