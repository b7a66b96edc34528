/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.maturity;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage of maturity. A client is at the highest stage whose minScore its overall score reaches and whose minDimensionScore every one of its dimensions reaches.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.socialyst.maturity.Stage#getId <em>Id</em>}</li>
 *   <li>{@link com.socialyst.maturity.Stage#getName <em>Name</em>}</li>
 *   <li>{@link com.socialyst.maturity.Stage#getDescription <em>Description</em>}</li>
 *   <li>{@link com.socialyst.maturity.Stage#getMinScore <em>Min Score</em>}</li>
 *   <li>{@link com.socialyst.maturity.Stage#getMinDimensionScore <em>Min Dimension Score</em>}</li>
 * </ul>
 *
 * @see com.socialyst.maturity.MaturityPackage#getStage()
 * @model
 * @generated
 */
public interface Stage extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see com.socialyst.maturity.MaturityPackage#getStage_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link com.socialyst.maturity.Stage#getId <em>Id</em>}' attribute.
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
	 * @see com.socialyst.maturity.MaturityPackage#getStage_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link com.socialyst.maturity.Stage#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see com.socialyst.maturity.MaturityPackage#getStage_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link com.socialyst.maturity.Stage#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Min Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The overall score (0-100) the stage starts at.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Score</em>' attribute.
	 * @see #setMinScore(double)
	 * @see com.socialyst.maturity.MaturityPackage#getStage_MinScore()
	 * @model
	 * @generated
	 */
	double getMinScore();

	/**
	 * Sets the value of the '{@link com.socialyst.maturity.Stage#getMinScore <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Score</em>' attribute.
	 * @see #getMinScore()
	 * @generated
	 */
	void setMinScore(double value);

	/**
	 * Returns the value of the '<em><b>Min Dimension Score</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The score every dimension must reach for the stage: a neglected area keeps a client out of the stages that mean social is part of the whole organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Dimension Score</em>' attribute.
	 * @see #setMinDimensionScore(double)
	 * @see com.socialyst.maturity.MaturityPackage#getStage_MinDimensionScore()
	 * @model default="0"
	 * @generated
	 */
	double getMinDimensionScore();

	/**
	 * Sets the value of the '{@link com.socialyst.maturity.Stage#getMinDimensionScore <em>Min Dimension Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Dimension Score</em>' attribute.
	 * @see #getMinDimensionScore()
	 * @generated
	 */
	void setMinDimensionScore(double value);

} // Stage
