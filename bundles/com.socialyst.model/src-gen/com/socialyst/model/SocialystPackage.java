/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Socialyst domain model: a consultant's portfolio of clients, each client's social-media strategies, KPIs, channel accounts with their measurement series, listening mentions and maturity assessments.
 * A portfolio is saved as portfolio.xmi; every client lives in its own resource clients/<id>.xmi, referenced from the portfolio by its id.
 * <!-- end-model-doc -->
 * @see com.socialyst.model.SocialystFactory
 * @model kind="package"
 * @generated
 */
public interface SocialystPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://socialyst.com/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "socialyst";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SocialystPackage eINSTANCE = com.socialyst.model.impl.SocialystPackageImpl.init();

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.PortfolioImpl <em>Portfolio</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.PortfolioImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getPortfolio()
	 * @generated
	 */
	int PORTFOLIO = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__NAME = 0;

	/**
	 * The feature id for the '<em><b>Brand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__BRAND = 1;

	/**
	 * The feature id for the '<em><b>Clients</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__CLIENTS = 2;

	/**
	 * The feature id for the '<em><b>Formula Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__FORMULA_METRICS = 3;

	/**
	 * The number of structural features of the '<em>Portfolio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Portfolio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.FormulaMetricImpl <em>Formula Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.FormulaMetricImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getFormulaMetric()
	 * @generated
	 */
	int FORMULA_METRIC = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMULA_METRIC__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMULA_METRIC__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMULA_METRIC__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMULA_METRIC__EXPRESSION = 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMULA_METRIC__UNIT = 4;

	/**
	 * The number of structural features of the '<em>Formula Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMULA_METRIC_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Formula Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORMULA_METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.BrandImpl <em>Brand</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.BrandImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getBrand()
	 * @generated
	 */
	int BRAND = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__NAME = 0;

	/**
	 * The feature id for the '<em><b>Logo Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__LOGO_PATH = 1;

	/**
	 * The feature id for the '<em><b>Primary Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__PRIMARY_COLOR = 2;

	/**
	 * The feature id for the '<em><b>Secondary Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__SECONDARY_COLOR = 3;

	/**
	 * The feature id for the '<em><b>Font Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__FONT_FAMILY = 4;

	/**
	 * The feature id for the '<em><b>Footer Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__FOOTER_TEXT = 5;

	/**
	 * The feature id for the '<em><b>Disclaimer Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__DISCLAIMER_TEXT = 6;

	/**
	 * The feature id for the '<em><b>Default Locale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__DEFAULT_LOCALE = 7;

	/**
	 * The number of structural features of the '<em>Brand</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Brand</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.ClientImpl <em>Client</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.ClientImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getClient()
	 * @generated
	 */
	int CLIENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__INDUSTRY = 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__SIZE = 3;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__COUNTRY = 4;

	/**
	 * The feature id for the '<em><b>Report Locale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__REPORT_LOCALE = 5;

	/**
	 * The feature id for the '<em><b>Brand Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__BRAND_MODE = 6;

	/**
	 * The feature id for the '<em><b>Brand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__BRAND = 7;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__CONTACTS = 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__NOTES = 9;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__STRATEGIES = 10;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__CHANNELS = 11;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__ANNOTATIONS = 12;

	/**
	 * The feature id for the '<em><b>Mentions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__MENTIONS = 13;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__ASSESSMENTS = 14;

	/**
	 * The feature id for the '<em><b>Commentaries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__COMMENTARIES = 15;

	/**
	 * The number of structural features of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.CommentaryImpl <em>Commentary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.CommentaryImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getCommentary()
	 * @generated
	 */
	int COMMENTARY = 4;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENTARY__PERIOD = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENTARY__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENTARY__AUTHOR = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENTARY__DATE = 3;

	/**
	 * The feature id for the '<em><b>Approved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENTARY__APPROVED = 4;

	/**
	 * The number of structural features of the '<em>Commentary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENTARY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Commentary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENTARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.ContactImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = 2;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONE = 3;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.AnnotationImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 6;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__DATE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CHANNEL = 2;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.AssessmentImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 7;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__DATE = 0;

	/**
	 * The feature id for the '<em><b>Model Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__MODEL_ID = 1;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__MODEL_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ANSWERS = 3;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.AnswerImpl <em>Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.AnswerImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getAnswer()
	 * @generated
	 */
	int ANSWER = 8;

	/**
	 * The feature id for the '<em><b>Question Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__QUESTION_ID = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__COMMENT = 2;

	/**
	 * The number of structural features of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.StrategyImpl <em>Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.StrategyImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getStrategy()
	 * @generated
	 */
	int STRATEGY = 9;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__PERIOD_START = 0;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__PERIOD_END = 1;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__GOALS = 2;

	/**
	 * The feature id for the '<em><b>Audiences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__AUDIENCES = 3;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__CHANNELS = 4;

	/**
	 * The feature id for the '<em><b>Initiatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__INITIATIVES = 5;

	/**
	 * The feature id for the '<em><b>Budget Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__BUDGET_LINES = 6;

	/**
	 * The feature id for the '<em><b>Executive Sponsor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__EXECUTIVE_SPONSOR = 7;

	/**
	 * The feature id for the '<em><b>Governance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__GOVERNANCE = 8;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__KPIS = 9;

	/**
	 * The feature id for the '<em><b>Soft Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__SOFT_VALUES = 10;

	/**
	 * The number of structural features of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.BusinessGoalImpl <em>Business Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.BusinessGoalImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getBusinessGoal()
	 * @generated
	 */
	int BUSINESS_GOAL = 10;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GOAL__KIND = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GOAL__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GOAL__PRIORITY = 2;

	/**
	 * The number of structural features of the '<em>Business Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GOAL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Business Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GOAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.AudienceImpl <em>Audience</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.AudienceImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getAudience()
	 * @generated
	 */
	int AUDIENCE = 11;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Audience</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Audience</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.InitiativeImpl <em>Initiative</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.InitiativeImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getInitiative()
	 * @generated
	 */
	int INITIATIVE = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__DEPARTMENT = 1;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__GOALS = 2;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__CHANNELS = 3;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__START = 4;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__END = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__BUDGET = 7;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__OWNER = 8;

	/**
	 * The number of structural features of the '<em>Initiative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Initiative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.BudgetLineImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getBudgetLine()
	 * @generated
	 */
	int BUDGET_LINE = 13;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__CATEGORY = 0;

	/**
	 * The feature id for the '<em><b>Planned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__PLANNED = 1;

	/**
	 * The feature id for the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__ACTUAL = 2;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__CURRENCY = 3;

	/**
	 * The number of structural features of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.SponsorImpl <em>Sponsor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.SponsorImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getSponsor()
	 * @generated
	 */
	int SPONSOR = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSOR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSOR__TITLE = 1;

	/**
	 * The number of structural features of the '<em>Sponsor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSOR_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Sponsor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.GovernanceImpl <em>Governance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.GovernanceImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getGovernance()
	 * @generated
	 */
	int GOVERNANCE = 15;

	/**
	 * The feature id for the '<em><b>Steering Committee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__STEERING_COMMITTEE = 0;

	/**
	 * The feature id for the '<em><b>Working Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__WORKING_GROUP = 1;

	/**
	 * The feature id for the '<em><b>Social Media Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__SOCIAL_MEDIA_POLICY = 2;

	/**
	 * The feature id for the '<em><b>Training Programme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__TRAINING_PROGRAMME = 3;

	/**
	 * The feature id for the '<em><b>Last Tool Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__LAST_TOOL_REVIEW = 4;

	/**
	 * The number of structural features of the '<em>Governance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Governance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.KpiImpl <em>Kpi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.KpiImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getKpi()
	 * @generated
	 */
	int KPI = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__NAME = 1;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__GOAL = 2;

	/**
	 * The feature id for the '<em><b>Metric Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__METRIC_ID = 3;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__PARAMETERS = 4;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__CHANNELS = 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__KIND = 6;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__WEIGHT = 7;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__DIRECTION = 8;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__BASELINE = 9;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__TARGET = 10;

	/**
	 * The feature id for the '<em><b>Amber Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__AMBER_THRESHOLD = 11;

	/**
	 * The feature id for the '<em><b>Red Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__RED_THRESHOLD = 12;

	/**
	 * The feature id for the '<em><b>Evaluation Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__EVALUATION_PERIOD = 13;

	/**
	 * The number of structural features of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.KpiParameterImpl <em>Kpi Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.KpiParameterImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getKpiParameter()
	 * @generated
	 */
	int KPI_PARAMETER = 17;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Kpi Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Kpi Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.SoftValueImpl <em>Soft Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.SoftValueImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getSoftValue()
	 * @generated
	 */
	int SOFT_VALUE = 18;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFT_VALUE__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFT_VALUE__AMOUNT = 1;

	/**
	 * The feature id for the '<em><b>Assumption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFT_VALUE__ASSUMPTION = 2;

	/**
	 * The number of structural features of the '<em>Soft Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFT_VALUE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Soft Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFT_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.ChannelAccountImpl <em>Channel Account</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.ChannelAccountImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getChannelAccount()
	 * @generated
	 */
	int CHANNEL_ACCOUNT = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_ACCOUNT__ID = 0;

	/**
	 * The feature id for the '<em><b>Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_ACCOUNT__PLATFORM = 1;

	/**
	 * The feature id for the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_ACCOUNT__HANDLE = 2;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_ACCOUNT__SERIES = 3;

	/**
	 * The number of structural features of the '<em>Channel Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_ACCOUNT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Channel Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_ACCOUNT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.MeasurementSeriesImpl <em>Measurement Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.MeasurementSeriesImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getMeasurementSeries()
	 * @generated
	 */
	int MEASUREMENT_SERIES = 20;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_SERIES__FIELD = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_SERIES__START = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_SERIES__VALUES = 2;

	/**
	 * The number of structural features of the '<em>Measurement Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_SERIES_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Length</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_SERIES___LENGTH = 0;

	/**
	 * The operation id for the '<em>End Date</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_SERIES___END_DATE = 1;

	/**
	 * The operation id for the '<em>Value At</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_SERIES___VALUE_AT__LOCALDATE = 2;

	/**
	 * The operation id for the '<em>Put</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_SERIES___PUT__LOCALDATE_DOUBLE = 3;

	/**
	 * The number of operations of the '<em>Measurement Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_SERIES_OPERATION_COUNT = 4;

	/**
	 * The meta object id for the '{@link com.socialyst.model.impl.MentionLogImpl <em>Mention Log</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.MentionLogImpl
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getMentionLog()
	 * @generated
	 */
	int MENTION_LOG = 21;

	/**
	 * The feature id for the '<em><b>Dates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG__DATES = 0;

	/**
	 * The feature id for the '<em><b>Platforms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG__PLATFORMS = 1;

	/**
	 * The feature id for the '<em><b>Author Types</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG__AUTHOR_TYPES = 2;

	/**
	 * The feature id for the '<em><b>Sentiments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG__SENTIMENTS = 3;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG__TOPICS = 4;

	/**
	 * The feature id for the '<em><b>Topic Table</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG__TOPIC_TABLE = 5;

	/**
	 * The feature id for the '<em><b>Countries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG__COUNTRIES = 6;

	/**
	 * The feature id for the '<em><b>Country Table</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG__COUNTRY_TABLE = 7;

	/**
	 * The feature id for the '<em><b>Reach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG__REACH = 8;

	/**
	 * The feature id for the '<em><b>Brands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG__BRANDS = 9;

	/**
	 * The feature id for the '<em><b>Brand Table</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG__BRAND_TABLE = 10;

	/**
	 * The number of structural features of the '<em>Mention Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG_FEATURE_COUNT = 11;

	/**
	 * The operation id for the '<em>Size</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG___SIZE = 0;

	/**
	 * The operation id for the '<em>Get</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG___GET__INT = 1;

	/**
	 * The operation id for the '<em>Add</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG___ADD__MENTION = 2;

	/**
	 * The operation id for the '<em>Add All</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG___ADD_ALL__ELIST = 3;

	/**
	 * The number of operations of the '<em>Mention Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_LOG_OPERATION_COUNT = 4;

	/**
	 * The meta object id for the '{@link com.socialyst.model.Industry <em>Industry</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.Industry
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getIndustry()
	 * @generated
	 */
	int INDUSTRY = 22;

	/**
	 * The meta object id for the '{@link com.socialyst.model.ClientSize <em>Client Size</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.ClientSize
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getClientSize()
	 * @generated
	 */
	int CLIENT_SIZE = 23;

	/**
	 * The meta object id for the '{@link com.socialyst.model.ReportLocale <em>Report Locale</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.ReportLocale
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getReportLocale()
	 * @generated
	 */
	int REPORT_LOCALE = 24;

	/**
	 * The meta object id for the '{@link com.socialyst.model.BrandMode <em>Brand Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.BrandMode
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getBrandMode()
	 * @generated
	 */
	int BRAND_MODE = 25;

	/**
	 * The meta object id for the '{@link com.socialyst.model.GoalKind <em>Goal Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.GoalKind
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getGoalKind()
	 * @generated
	 */
	int GOAL_KIND = 26;

	/**
	 * The meta object id for the '{@link com.socialyst.model.AudienceKind <em>Audience Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.AudienceKind
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getAudienceKind()
	 * @generated
	 */
	int AUDIENCE_KIND = 27;

	/**
	 * The meta object id for the '{@link com.socialyst.model.Department <em>Department</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.Department
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getDepartment()
	 * @generated
	 */
	int DEPARTMENT = 28;

	/**
	 * The meta object id for the '{@link com.socialyst.model.InitiativeStatus <em>Initiative Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.InitiativeStatus
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getInitiativeStatus()
	 * @generated
	 */
	int INITIATIVE_STATUS = 29;

	/**
	 * The meta object id for the '{@link com.socialyst.model.BudgetCategory <em>Budget Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.BudgetCategory
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getBudgetCategory()
	 * @generated
	 */
	int BUDGET_CATEGORY = 30;

	/**
	 * The meta object id for the '{@link com.socialyst.model.KpiKind <em>Kpi Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.KpiKind
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getKpiKind()
	 * @generated
	 */
	int KPI_KIND = 31;

	/**
	 * The meta object id for the '{@link com.socialyst.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.Direction
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 32;

	/**
	 * The meta object id for the '{@link com.socialyst.model.PeriodKind <em>Period Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.PeriodKind
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getPeriodKind()
	 * @generated
	 */
	int PERIOD_KIND = 33;

	/**
	 * The meta object id for the '{@link com.socialyst.model.Platform <em>Platform</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.Platform
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getPlatform()
	 * @generated
	 */
	int PLATFORM = 34;

	/**
	 * The meta object id for the '{@link com.socialyst.model.AuthorType <em>Author Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.AuthorType
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getAuthorType()
	 * @generated
	 */
	int AUTHOR_TYPE = 35;

	/**
	 * The meta object id for the '{@link com.socialyst.model.Sentiment <em>Sentiment</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.Sentiment
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getSentiment()
	 * @generated
	 */
	int SENTIMENT = 36;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 37;

	/**
	 * The meta object id for the '<em>Double Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getDoubleArray()
	 * @generated
	 */
	int DOUBLE_ARRAY = 38;

	/**
	 * The meta object id for the '<em>Int Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getIntArray()
	 * @generated
	 */
	int INT_ARRAY = 39;

	/**
	 * The meta object id for the '<em>Byte Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getByteArray()
	 * @generated
	 */
	int BYTE_ARRAY = 40;

	/**
	 * The meta object id for the '<em>Mention</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.socialyst.model.Mention
	 * @see com.socialyst.model.impl.SocialystPackageImpl#getMention()
	 * @generated
	 */
	int MENTION = 41;


	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Portfolio <em>Portfolio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Portfolio</em>'.
	 * @see com.socialyst.model.Portfolio
	 * @generated
	 */
	EClass getPortfolio();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Portfolio#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see com.socialyst.model.Portfolio#getName()
	 * @see #getPortfolio()
	 * @generated
	 */
	EAttribute getPortfolio_Name();

	/**
	 * Returns the meta object for the containment reference '{@link com.socialyst.model.Portfolio#getBrand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Brand</em>'.
	 * @see com.socialyst.model.Portfolio#getBrand()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Brand();

	/**
	 * Returns the meta object for the reference list '{@link com.socialyst.model.Portfolio#getClients <em>Clients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Clients</em>'.
	 * @see com.socialyst.model.Portfolio#getClients()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Clients();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Portfolio#getFormulaMetrics <em>Formula Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Formula Metrics</em>'.
	 * @see com.socialyst.model.Portfolio#getFormulaMetrics()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_FormulaMetrics();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.FormulaMetric <em>Formula Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Formula Metric</em>'.
	 * @see com.socialyst.model.FormulaMetric
	 * @generated
	 */
	EClass getFormulaMetric();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.FormulaMetric#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see com.socialyst.model.FormulaMetric#getId()
	 * @see #getFormulaMetric()
	 * @generated
	 */
	EAttribute getFormulaMetric_Id();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.FormulaMetric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see com.socialyst.model.FormulaMetric#getName()
	 * @see #getFormulaMetric()
	 * @generated
	 */
	EAttribute getFormulaMetric_Name();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.FormulaMetric#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see com.socialyst.model.FormulaMetric#getDescription()
	 * @see #getFormulaMetric()
	 * @generated
	 */
	EAttribute getFormulaMetric_Description();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.FormulaMetric#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see com.socialyst.model.FormulaMetric#getExpression()
	 * @see #getFormulaMetric()
	 * @generated
	 */
	EAttribute getFormulaMetric_Expression();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.FormulaMetric#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see com.socialyst.model.FormulaMetric#getUnit()
	 * @see #getFormulaMetric()
	 * @generated
	 */
	EAttribute getFormulaMetric_Unit();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Brand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Brand</em>'.
	 * @see com.socialyst.model.Brand
	 * @generated
	 */
	EClass getBrand();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Brand#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see com.socialyst.model.Brand#getName()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Name();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Brand#getLogoPath <em>Logo Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logo Path</em>'.
	 * @see com.socialyst.model.Brand#getLogoPath()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_LogoPath();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Brand#getPrimaryColor <em>Primary Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary Color</em>'.
	 * @see com.socialyst.model.Brand#getPrimaryColor()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_PrimaryColor();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Brand#getSecondaryColor <em>Secondary Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secondary Color</em>'.
	 * @see com.socialyst.model.Brand#getSecondaryColor()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_SecondaryColor();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Brand#getFontFamily <em>Font Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Font Family</em>'.
	 * @see com.socialyst.model.Brand#getFontFamily()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_FontFamily();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Brand#getFooterText <em>Footer Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Footer Text</em>'.
	 * @see com.socialyst.model.Brand#getFooterText()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_FooterText();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Brand#getDisclaimerText <em>Disclaimer Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disclaimer Text</em>'.
	 * @see com.socialyst.model.Brand#getDisclaimerText()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_DisclaimerText();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Brand#getDefaultLocale <em>Default Locale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Locale</em>'.
	 * @see com.socialyst.model.Brand#getDefaultLocale()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_DefaultLocale();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Client <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Client</em>'.
	 * @see com.socialyst.model.Client
	 * @generated
	 */
	EClass getClient();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Client#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see com.socialyst.model.Client#getId()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Id();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Client#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see com.socialyst.model.Client#getName()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Name();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Client#getIndustry <em>Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry</em>'.
	 * @see com.socialyst.model.Client#getIndustry()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Industry();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Client#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see com.socialyst.model.Client#getSize()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Size();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Client#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see com.socialyst.model.Client#getCountry()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Country();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Client#getReportLocale <em>Report Locale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Report Locale</em>'.
	 * @see com.socialyst.model.Client#getReportLocale()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_ReportLocale();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Client#getBrandMode <em>Brand Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Brand Mode</em>'.
	 * @see com.socialyst.model.Client#getBrandMode()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_BrandMode();

	/**
	 * Returns the meta object for the containment reference '{@link com.socialyst.model.Client#getBrand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Brand</em>'.
	 * @see com.socialyst.model.Client#getBrand()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Brand();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Client#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see com.socialyst.model.Client#getContacts()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Contacts();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Client#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see com.socialyst.model.Client#getNotes()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Client#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategies</em>'.
	 * @see com.socialyst.model.Client#getStrategies()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Strategies();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Client#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see com.socialyst.model.Client#getChannels()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Client#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see com.socialyst.model.Client#getAnnotations()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Annotations();

	/**
	 * Returns the meta object for the containment reference '{@link com.socialyst.model.Client#getMentions <em>Mentions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Mentions</em>'.
	 * @see com.socialyst.model.Client#getMentions()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Mentions();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Client#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see com.socialyst.model.Client#getAssessments()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Assessments();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Client#getCommentaries <em>Commentaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Commentaries</em>'.
	 * @see com.socialyst.model.Client#getCommentaries()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Commentaries();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Commentary <em>Commentary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Commentary</em>'.
	 * @see com.socialyst.model.Commentary
	 * @generated
	 */
	EClass getCommentary();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Commentary#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see com.socialyst.model.Commentary#getPeriod()
	 * @see #getCommentary()
	 * @generated
	 */
	EAttribute getCommentary_Period();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Commentary#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see com.socialyst.model.Commentary#getText()
	 * @see #getCommentary()
	 * @generated
	 */
	EAttribute getCommentary_Text();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Commentary#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see com.socialyst.model.Commentary#getAuthor()
	 * @see #getCommentary()
	 * @generated
	 */
	EAttribute getCommentary_Author();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Commentary#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see com.socialyst.model.Commentary#getDate()
	 * @see #getCommentary()
	 * @generated
	 */
	EAttribute getCommentary_Date();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Commentary#isApproved <em>Approved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved</em>'.
	 * @see com.socialyst.model.Commentary#isApproved()
	 * @see #getCommentary()
	 * @generated
	 */
	EAttribute getCommentary_Approved();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see com.socialyst.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Contact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see com.socialyst.model.Contact#getName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Contact#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see com.socialyst.model.Contact#getRole()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Role();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Contact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see com.socialyst.model.Contact#getEmail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Email();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Contact#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see com.socialyst.model.Contact#getPhone()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Phone();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see com.socialyst.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Annotation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see com.socialyst.model.Annotation#getDate()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Date();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Annotation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see com.socialyst.model.Annotation#getText()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Text();

	/**
	 * Returns the meta object for the reference '{@link com.socialyst.model.Annotation#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see com.socialyst.model.Annotation#getChannel()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Channel();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see com.socialyst.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Assessment#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see com.socialyst.model.Assessment#getDate()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Date();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Assessment#getModelId <em>Model Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Id</em>'.
	 * @see com.socialyst.model.Assessment#getModelId()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_ModelId();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Assessment#getModelVersion <em>Model Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Version</em>'.
	 * @see com.socialyst.model.Assessment#getModelVersion()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_ModelVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Assessment#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see com.socialyst.model.Assessment#getAnswers()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Answers();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answer</em>'.
	 * @see com.socialyst.model.Answer
	 * @generated
	 */
	EClass getAnswer();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Answer#getQuestionId <em>Question Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question Id</em>'.
	 * @see com.socialyst.model.Answer#getQuestionId()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_QuestionId();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Answer#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see com.socialyst.model.Answer#getLevel()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Level();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Answer#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see com.socialyst.model.Answer#getComment()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Comment();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy</em>'.
	 * @see com.socialyst.model.Strategy
	 * @generated
	 */
	EClass getStrategy();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Strategy#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see com.socialyst.model.Strategy#getPeriodStart()
	 * @see #getStrategy()
	 * @generated
	 */
	EAttribute getStrategy_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Strategy#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see com.socialyst.model.Strategy#getPeriodEnd()
	 * @see #getStrategy()
	 * @generated
	 */
	EAttribute getStrategy_PeriodEnd();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Strategy#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see com.socialyst.model.Strategy#getGoals()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Strategy#getAudiences <em>Audiences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Audiences</em>'.
	 * @see com.socialyst.model.Strategy#getAudiences()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Audiences();

	/**
	 * Returns the meta object for the reference list '{@link com.socialyst.model.Strategy#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see com.socialyst.model.Strategy#getChannels()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Strategy#getInitiatives <em>Initiatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Initiatives</em>'.
	 * @see com.socialyst.model.Strategy#getInitiatives()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Initiatives();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Strategy#getBudgetLines <em>Budget Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budget Lines</em>'.
	 * @see com.socialyst.model.Strategy#getBudgetLines()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_BudgetLines();

	/**
	 * Returns the meta object for the containment reference '{@link com.socialyst.model.Strategy#getExecutiveSponsor <em>Executive Sponsor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Executive Sponsor</em>'.
	 * @see com.socialyst.model.Strategy#getExecutiveSponsor()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_ExecutiveSponsor();

	/**
	 * Returns the meta object for the containment reference '{@link com.socialyst.model.Strategy#getGovernance <em>Governance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Governance</em>'.
	 * @see com.socialyst.model.Strategy#getGovernance()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Governance();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Strategy#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kpis</em>'.
	 * @see com.socialyst.model.Strategy#getKpis()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Kpis();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Strategy#getSoftValues <em>Soft Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Soft Values</em>'.
	 * @see com.socialyst.model.Strategy#getSoftValues()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_SoftValues();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.BusinessGoal <em>Business Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Goal</em>'.
	 * @see com.socialyst.model.BusinessGoal
	 * @generated
	 */
	EClass getBusinessGoal();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.BusinessGoal#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see com.socialyst.model.BusinessGoal#getKind()
	 * @see #getBusinessGoal()
	 * @generated
	 */
	EAttribute getBusinessGoal_Kind();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.BusinessGoal#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see com.socialyst.model.BusinessGoal#getDescription()
	 * @see #getBusinessGoal()
	 * @generated
	 */
	EAttribute getBusinessGoal_Description();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.BusinessGoal#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see com.socialyst.model.BusinessGoal#getPriority()
	 * @see #getBusinessGoal()
	 * @generated
	 */
	EAttribute getBusinessGoal_Priority();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Audience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audience</em>'.
	 * @see com.socialyst.model.Audience
	 * @generated
	 */
	EClass getAudience();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Audience#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see com.socialyst.model.Audience#getKind()
	 * @see #getAudience()
	 * @generated
	 */
	EAttribute getAudience_Kind();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Audience#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see com.socialyst.model.Audience#getDescription()
	 * @see #getAudience()
	 * @generated
	 */
	EAttribute getAudience_Description();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Initiative <em>Initiative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Initiative</em>'.
	 * @see com.socialyst.model.Initiative
	 * @generated
	 */
	EClass getInitiative();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Initiative#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see com.socialyst.model.Initiative#getName()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Name();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Initiative#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see com.socialyst.model.Initiative#getDepartment()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Department();

	/**
	 * Returns the meta object for the reference list '{@link com.socialyst.model.Initiative#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Goals</em>'.
	 * @see com.socialyst.model.Initiative#getGoals()
	 * @see #getInitiative()
	 * @generated
	 */
	EReference getInitiative_Goals();

	/**
	 * Returns the meta object for the reference list '{@link com.socialyst.model.Initiative#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see com.socialyst.model.Initiative#getChannels()
	 * @see #getInitiative()
	 * @generated
	 */
	EReference getInitiative_Channels();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Initiative#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see com.socialyst.model.Initiative#getStart()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Start();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Initiative#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see com.socialyst.model.Initiative#getEnd()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_End();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Initiative#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see com.socialyst.model.Initiative#getStatus()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Status();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Initiative#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see com.socialyst.model.Initiative#getBudget()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Budget();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Initiative#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see com.socialyst.model.Initiative#getOwner()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Owner();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Line</em>'.
	 * @see com.socialyst.model.BudgetLine
	 * @generated
	 */
	EClass getBudgetLine();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.BudgetLine#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see com.socialyst.model.BudgetLine#getCategory()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Category();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.BudgetLine#getPlanned <em>Planned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned</em>'.
	 * @see com.socialyst.model.BudgetLine#getPlanned()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Planned();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.BudgetLine#getActual <em>Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual</em>'.
	 * @see com.socialyst.model.BudgetLine#getActual()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Actual();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.BudgetLine#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see com.socialyst.model.BudgetLine#getCurrency()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Currency();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Sponsor <em>Sponsor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sponsor</em>'.
	 * @see com.socialyst.model.Sponsor
	 * @generated
	 */
	EClass getSponsor();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Sponsor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see com.socialyst.model.Sponsor#getName()
	 * @see #getSponsor()
	 * @generated
	 */
	EAttribute getSponsor_Name();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Sponsor#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see com.socialyst.model.Sponsor#getTitle()
	 * @see #getSponsor()
	 * @generated
	 */
	EAttribute getSponsor_Title();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Governance <em>Governance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Governance</em>'.
	 * @see com.socialyst.model.Governance
	 * @generated
	 */
	EClass getGovernance();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Governance#isSteeringCommittee <em>Steering Committee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steering Committee</em>'.
	 * @see com.socialyst.model.Governance#isSteeringCommittee()
	 * @see #getGovernance()
	 * @generated
	 */
	EAttribute getGovernance_SteeringCommittee();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Governance#isWorkingGroup <em>Working Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Working Group</em>'.
	 * @see com.socialyst.model.Governance#isWorkingGroup()
	 * @see #getGovernance()
	 * @generated
	 */
	EAttribute getGovernance_WorkingGroup();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Governance#isSocialMediaPolicy <em>Social Media Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Social Media Policy</em>'.
	 * @see com.socialyst.model.Governance#isSocialMediaPolicy()
	 * @see #getGovernance()
	 * @generated
	 */
	EAttribute getGovernance_SocialMediaPolicy();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Governance#isTrainingProgramme <em>Training Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Training Programme</em>'.
	 * @see com.socialyst.model.Governance#isTrainingProgramme()
	 * @see #getGovernance()
	 * @generated
	 */
	EAttribute getGovernance_TrainingProgramme();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Governance#getLastToolReview <em>Last Tool Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Tool Review</em>'.
	 * @see com.socialyst.model.Governance#getLastToolReview()
	 * @see #getGovernance()
	 * @generated
	 */
	EAttribute getGovernance_LastToolReview();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.Kpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi</em>'.
	 * @see com.socialyst.model.Kpi
	 * @generated
	 */
	EClass getKpi();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Kpi#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see com.socialyst.model.Kpi#getId()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Id();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Kpi#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see com.socialyst.model.Kpi#getName()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Name();

	/**
	 * Returns the meta object for the reference '{@link com.socialyst.model.Kpi#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Goal</em>'.
	 * @see com.socialyst.model.Kpi#getGoal()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Goal();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Kpi#getMetricId <em>Metric Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric Id</em>'.
	 * @see com.socialyst.model.Kpi#getMetricId()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_MetricId();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.Kpi#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see com.socialyst.model.Kpi#getParameters()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Parameters();

	/**
	 * Returns the meta object for the reference list '{@link com.socialyst.model.Kpi#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see com.socialyst.model.Kpi#getChannels()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Channels();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Kpi#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see com.socialyst.model.Kpi#getKind()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Kind();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Kpi#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see com.socialyst.model.Kpi#getWeight()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Weight();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Kpi#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see com.socialyst.model.Kpi#getDirection()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Direction();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Kpi#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see com.socialyst.model.Kpi#getBaseline()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Kpi#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see com.socialyst.model.Kpi#getTarget()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Target();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Kpi#getAmberThreshold <em>Amber Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amber Threshold</em>'.
	 * @see com.socialyst.model.Kpi#getAmberThreshold()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_AmberThreshold();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Kpi#getRedThreshold <em>Red Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Red Threshold</em>'.
	 * @see com.socialyst.model.Kpi#getRedThreshold()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_RedThreshold();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.Kpi#getEvaluationPeriod <em>Evaluation Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluation Period</em>'.
	 * @see com.socialyst.model.Kpi#getEvaluationPeriod()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_EvaluationPeriod();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.KpiParameter <em>Kpi Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi Parameter</em>'.
	 * @see com.socialyst.model.KpiParameter
	 * @generated
	 */
	EClass getKpiParameter();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.KpiParameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see com.socialyst.model.KpiParameter#getKey()
	 * @see #getKpiParameter()
	 * @generated
	 */
	EAttribute getKpiParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.KpiParameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see com.socialyst.model.KpiParameter#getValue()
	 * @see #getKpiParameter()
	 * @generated
	 */
	EAttribute getKpiParameter_Value();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.SoftValue <em>Soft Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Soft Value</em>'.
	 * @see com.socialyst.model.SoftValue
	 * @generated
	 */
	EClass getSoftValue();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.SoftValue#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see com.socialyst.model.SoftValue#getLabel()
	 * @see #getSoftValue()
	 * @generated
	 */
	EAttribute getSoftValue_Label();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.SoftValue#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see com.socialyst.model.SoftValue#getAmount()
	 * @see #getSoftValue()
	 * @generated
	 */
	EAttribute getSoftValue_Amount();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.SoftValue#getAssumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assumption</em>'.
	 * @see com.socialyst.model.SoftValue#getAssumption()
	 * @see #getSoftValue()
	 * @generated
	 */
	EAttribute getSoftValue_Assumption();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.ChannelAccount <em>Channel Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Account</em>'.
	 * @see com.socialyst.model.ChannelAccount
	 * @generated
	 */
	EClass getChannelAccount();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.ChannelAccount#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see com.socialyst.model.ChannelAccount#getId()
	 * @see #getChannelAccount()
	 * @generated
	 */
	EAttribute getChannelAccount_Id();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.ChannelAccount#getPlatform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Platform</em>'.
	 * @see com.socialyst.model.ChannelAccount#getPlatform()
	 * @see #getChannelAccount()
	 * @generated
	 */
	EAttribute getChannelAccount_Platform();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.ChannelAccount#getHandle <em>Handle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handle</em>'.
	 * @see com.socialyst.model.ChannelAccount#getHandle()
	 * @see #getChannelAccount()
	 * @generated
	 */
	EAttribute getChannelAccount_Handle();

	/**
	 * Returns the meta object for the containment reference list '{@link com.socialyst.model.ChannelAccount#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Series</em>'.
	 * @see com.socialyst.model.ChannelAccount#getSeries()
	 * @see #getChannelAccount()
	 * @generated
	 */
	EReference getChannelAccount_Series();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.MeasurementSeries <em>Measurement Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement Series</em>'.
	 * @see com.socialyst.model.MeasurementSeries
	 * @generated
	 */
	EClass getMeasurementSeries();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.MeasurementSeries#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see com.socialyst.model.MeasurementSeries#getField()
	 * @see #getMeasurementSeries()
	 * @generated
	 */
	EAttribute getMeasurementSeries_Field();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.MeasurementSeries#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see com.socialyst.model.MeasurementSeries#getStart()
	 * @see #getMeasurementSeries()
	 * @generated
	 */
	EAttribute getMeasurementSeries_Start();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.MeasurementSeries#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Values</em>'.
	 * @see com.socialyst.model.MeasurementSeries#getValues()
	 * @see #getMeasurementSeries()
	 * @generated
	 */
	EAttribute getMeasurementSeries_Values();

	/**
	 * Returns the meta object for the '{@link com.socialyst.model.MeasurementSeries#length() <em>Length</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Length</em>' operation.
	 * @see com.socialyst.model.MeasurementSeries#length()
	 * @generated
	 */
	EOperation getMeasurementSeries__Length();

	/**
	 * Returns the meta object for the '{@link com.socialyst.model.MeasurementSeries#endDate() <em>End Date</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>End Date</em>' operation.
	 * @see com.socialyst.model.MeasurementSeries#endDate()
	 * @generated
	 */
	EOperation getMeasurementSeries__EndDate();

	/**
	 * Returns the meta object for the '{@link com.socialyst.model.MeasurementSeries#valueAt(java.time.LocalDate) <em>Value At</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Value At</em>' operation.
	 * @see com.socialyst.model.MeasurementSeries#valueAt(java.time.LocalDate)
	 * @generated
	 */
	EOperation getMeasurementSeries__ValueAt__LocalDate();

	/**
	 * Returns the meta object for the '{@link com.socialyst.model.MeasurementSeries#put(java.time.LocalDate, double) <em>Put</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Put</em>' operation.
	 * @see com.socialyst.model.MeasurementSeries#put(java.time.LocalDate, double)
	 * @generated
	 */
	EOperation getMeasurementSeries__Put__LocalDate_double();

	/**
	 * Returns the meta object for class '{@link com.socialyst.model.MentionLog <em>Mention Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mention Log</em>'.
	 * @see com.socialyst.model.MentionLog
	 * @generated
	 */
	EClass getMentionLog();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.MentionLog#getDates <em>Dates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dates</em>'.
	 * @see com.socialyst.model.MentionLog#getDates()
	 * @see #getMentionLog()
	 * @generated
	 */
	EAttribute getMentionLog_Dates();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.MentionLog#getPlatforms <em>Platforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Platforms</em>'.
	 * @see com.socialyst.model.MentionLog#getPlatforms()
	 * @see #getMentionLog()
	 * @generated
	 */
	EAttribute getMentionLog_Platforms();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.MentionLog#getAuthorTypes <em>Author Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Types</em>'.
	 * @see com.socialyst.model.MentionLog#getAuthorTypes()
	 * @see #getMentionLog()
	 * @generated
	 */
	EAttribute getMentionLog_AuthorTypes();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.MentionLog#getSentiments <em>Sentiments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sentiments</em>'.
	 * @see com.socialyst.model.MentionLog#getSentiments()
	 * @see #getMentionLog()
	 * @generated
	 */
	EAttribute getMentionLog_Sentiments();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.MentionLog#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topics</em>'.
	 * @see com.socialyst.model.MentionLog#getTopics()
	 * @see #getMentionLog()
	 * @generated
	 */
	EAttribute getMentionLog_Topics();

	/**
	 * Returns the meta object for the attribute list '{@link com.socialyst.model.MentionLog#getTopicTable <em>Topic Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Topic Table</em>'.
	 * @see com.socialyst.model.MentionLog#getTopicTable()
	 * @see #getMentionLog()
	 * @generated
	 */
	EAttribute getMentionLog_TopicTable();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.MentionLog#getCountries <em>Countries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Countries</em>'.
	 * @see com.socialyst.model.MentionLog#getCountries()
	 * @see #getMentionLog()
	 * @generated
	 */
	EAttribute getMentionLog_Countries();

	/**
	 * Returns the meta object for the attribute list '{@link com.socialyst.model.MentionLog#getCountryTable <em>Country Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Country Table</em>'.
	 * @see com.socialyst.model.MentionLog#getCountryTable()
	 * @see #getMentionLog()
	 * @generated
	 */
	EAttribute getMentionLog_CountryTable();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.MentionLog#getReach <em>Reach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reach</em>'.
	 * @see com.socialyst.model.MentionLog#getReach()
	 * @see #getMentionLog()
	 * @generated
	 */
	EAttribute getMentionLog_Reach();

	/**
	 * Returns the meta object for the attribute '{@link com.socialyst.model.MentionLog#getBrands <em>Brands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Brands</em>'.
	 * @see com.socialyst.model.MentionLog#getBrands()
	 * @see #getMentionLog()
	 * @generated
	 */
	EAttribute getMentionLog_Brands();

	/**
	 * Returns the meta object for the attribute list '{@link com.socialyst.model.MentionLog#getBrandTable <em>Brand Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Brand Table</em>'.
	 * @see com.socialyst.model.MentionLog#getBrandTable()
	 * @see #getMentionLog()
	 * @generated
	 */
	EAttribute getMentionLog_BrandTable();

	/**
	 * Returns the meta object for the '{@link com.socialyst.model.MentionLog#size() <em>Size</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Size</em>' operation.
	 * @see com.socialyst.model.MentionLog#size()
	 * @generated
	 */
	EOperation getMentionLog__Size();

	/**
	 * Returns the meta object for the '{@link com.socialyst.model.MentionLog#get(int) <em>Get</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get</em>' operation.
	 * @see com.socialyst.model.MentionLog#get(int)
	 * @generated
	 */
	EOperation getMentionLog__Get__int();

	/**
	 * Returns the meta object for the '{@link com.socialyst.model.MentionLog#add(com.socialyst.model.Mention) <em>Add</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Add</em>' operation.
	 * @see com.socialyst.model.MentionLog#add(com.socialyst.model.Mention)
	 * @generated
	 */
	EOperation getMentionLog__Add__Mention();

	/**
	 * Returns the meta object for the '{@link com.socialyst.model.MentionLog#addAll(org.eclipse.emf.common.util.EList) <em>Add All</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Add All</em>' operation.
	 * @see com.socialyst.model.MentionLog#addAll(org.eclipse.emf.common.util.EList)
	 * @generated
	 */
	EOperation getMentionLog__AddAll__EList();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.Industry <em>Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Industry</em>'.
	 * @see com.socialyst.model.Industry
	 * @generated
	 */
	EEnum getIndustry();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.ClientSize <em>Client Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Client Size</em>'.
	 * @see com.socialyst.model.ClientSize
	 * @generated
	 */
	EEnum getClientSize();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.ReportLocale <em>Report Locale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Report Locale</em>'.
	 * @see com.socialyst.model.ReportLocale
	 * @generated
	 */
	EEnum getReportLocale();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.BrandMode <em>Brand Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Brand Mode</em>'.
	 * @see com.socialyst.model.BrandMode
	 * @generated
	 */
	EEnum getBrandMode();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.GoalKind <em>Goal Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Goal Kind</em>'.
	 * @see com.socialyst.model.GoalKind
	 * @generated
	 */
	EEnum getGoalKind();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.AudienceKind <em>Audience Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Audience Kind</em>'.
	 * @see com.socialyst.model.AudienceKind
	 * @generated
	 */
	EEnum getAudienceKind();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.Department <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Department</em>'.
	 * @see com.socialyst.model.Department
	 * @generated
	 */
	EEnum getDepartment();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.InitiativeStatus <em>Initiative Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Initiative Status</em>'.
	 * @see com.socialyst.model.InitiativeStatus
	 * @generated
	 */
	EEnum getInitiativeStatus();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.BudgetCategory <em>Budget Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Budget Category</em>'.
	 * @see com.socialyst.model.BudgetCategory
	 * @generated
	 */
	EEnum getBudgetCategory();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.KpiKind <em>Kpi Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kpi Kind</em>'.
	 * @see com.socialyst.model.KpiKind
	 * @generated
	 */
	EEnum getKpiKind();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see com.socialyst.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.PeriodKind <em>Period Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Period Kind</em>'.
	 * @see com.socialyst.model.PeriodKind
	 * @generated
	 */
	EEnum getPeriodKind();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.Platform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Platform</em>'.
	 * @see com.socialyst.model.Platform
	 * @generated
	 */
	EEnum getPlatform();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.AuthorType <em>Author Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Author Type</em>'.
	 * @see com.socialyst.model.AuthorType
	 * @generated
	 */
	EEnum getAuthorType();

	/**
	 * Returns the meta object for enum '{@link com.socialyst.model.Sentiment <em>Sentiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sentiment</em>'.
	 * @see com.socialyst.model.Sentiment
	 * @generated
	 */
	EEnum getSentiment();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar day, stored as ISO-8601 (2026-01-31).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '<em>Double Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A column of doubles (NaN = no value), stored compactly by com.socialyst.model.util.ArrayCodec: Base64 of zigzag-varint deltas of scaled integers, or of raw IEEE 754 doubles for other data.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Double Array</em>'.
	 * @model instanceClass="double[]"
	 * @generated
	 */
	EDataType getDoubleArray();

	/**
	 * Returns the meta object for data type '<em>Int Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A column of ints, stored by com.socialyst.model.util.ArrayCodec as Base64 of zigzag-varint deltas.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Int Array</em>'.
	 * @model instanceClass="int[]"
	 * @generated
	 */
	EDataType getIntArray();

	/**
	 * Returns the meta object for data type '<em>Byte Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A column of small codes, stored by com.socialyst.model.util.ArrayCodec as Base64.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Byte Array</em>'.
	 * @model instanceClass="byte[]"
	 * @generated
	 */
	EDataType getByteArray();

	/**
	 * Returns the meta object for data type '{@link com.socialyst.model.Mention <em>Mention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * One row of a MentionLog (a read-only value; not stored as such).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Mention</em>'.
	 * @see com.socialyst.model.Mention
	 * @model instanceClass="com.socialyst.model.Mention" serializeable="false"
	 * @generated
	 */
	EDataType getMention();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SocialystFactory getSocialystFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.PortfolioImpl <em>Portfolio</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.PortfolioImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getPortfolio()
		 * @generated
		 */
		EClass PORTFOLIO = eINSTANCE.getPortfolio();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORTFOLIO__NAME = eINSTANCE.getPortfolio_Name();

		/**
		 * The meta object literal for the '<em><b>Brand</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__BRAND = eINSTANCE.getPortfolio_Brand();

		/**
		 * The meta object literal for the '<em><b>Clients</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__CLIENTS = eINSTANCE.getPortfolio_Clients();

		/**
		 * The meta object literal for the '<em><b>Formula Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__FORMULA_METRICS = eINSTANCE.getPortfolio_FormulaMetrics();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.FormulaMetricImpl <em>Formula Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.FormulaMetricImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getFormulaMetric()
		 * @generated
		 */
		EClass FORMULA_METRIC = eINSTANCE.getFormulaMetric();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMULA_METRIC__ID = eINSTANCE.getFormulaMetric_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMULA_METRIC__NAME = eINSTANCE.getFormulaMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMULA_METRIC__DESCRIPTION = eINSTANCE.getFormulaMetric_Description();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMULA_METRIC__EXPRESSION = eINSTANCE.getFormulaMetric_Expression();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORMULA_METRIC__UNIT = eINSTANCE.getFormulaMetric_Unit();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.BrandImpl <em>Brand</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.BrandImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getBrand()
		 * @generated
		 */
		EClass BRAND = eINSTANCE.getBrand();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__NAME = eINSTANCE.getBrand_Name();

		/**
		 * The meta object literal for the '<em><b>Logo Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__LOGO_PATH = eINSTANCE.getBrand_LogoPath();

		/**
		 * The meta object literal for the '<em><b>Primary Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__PRIMARY_COLOR = eINSTANCE.getBrand_PrimaryColor();

		/**
		 * The meta object literal for the '<em><b>Secondary Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__SECONDARY_COLOR = eINSTANCE.getBrand_SecondaryColor();

		/**
		 * The meta object literal for the '<em><b>Font Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__FONT_FAMILY = eINSTANCE.getBrand_FontFamily();

		/**
		 * The meta object literal for the '<em><b>Footer Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__FOOTER_TEXT = eINSTANCE.getBrand_FooterText();

		/**
		 * The meta object literal for the '<em><b>Disclaimer Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__DISCLAIMER_TEXT = eINSTANCE.getBrand_DisclaimerText();

		/**
		 * The meta object literal for the '<em><b>Default Locale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__DEFAULT_LOCALE = eINSTANCE.getBrand_DefaultLocale();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.ClientImpl <em>Client</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.ClientImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getClient()
		 * @generated
		 */
		EClass CLIENT = eINSTANCE.getClient();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__ID = eINSTANCE.getClient_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__NAME = eINSTANCE.getClient_Name();

		/**
		 * The meta object literal for the '<em><b>Industry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__INDUSTRY = eINSTANCE.getClient_Industry();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__SIZE = eINSTANCE.getClient_Size();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__COUNTRY = eINSTANCE.getClient_Country();

		/**
		 * The meta object literal for the '<em><b>Report Locale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__REPORT_LOCALE = eINSTANCE.getClient_ReportLocale();

		/**
		 * The meta object literal for the '<em><b>Brand Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__BRAND_MODE = eINSTANCE.getClient_BrandMode();

		/**
		 * The meta object literal for the '<em><b>Brand</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__BRAND = eINSTANCE.getClient_Brand();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__CONTACTS = eINSTANCE.getClient_Contacts();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__NOTES = eINSTANCE.getClient_Notes();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__STRATEGIES = eINSTANCE.getClient_Strategies();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__CHANNELS = eINSTANCE.getClient_Channels();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__ANNOTATIONS = eINSTANCE.getClient_Annotations();

		/**
		 * The meta object literal for the '<em><b>Mentions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__MENTIONS = eINSTANCE.getClient_Mentions();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__ASSESSMENTS = eINSTANCE.getClient_Assessments();

		/**
		 * The meta object literal for the '<em><b>Commentaries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__COMMENTARIES = eINSTANCE.getClient_Commentaries();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.CommentaryImpl <em>Commentary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.CommentaryImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getCommentary()
		 * @generated
		 */
		EClass COMMENTARY = eINSTANCE.getCommentary();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENTARY__PERIOD = eINSTANCE.getCommentary_Period();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENTARY__TEXT = eINSTANCE.getCommentary_Text();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENTARY__AUTHOR = eINSTANCE.getCommentary_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENTARY__DATE = eINSTANCE.getCommentary_Date();

		/**
		 * The meta object literal for the '<em><b>Approved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENTARY__APPROVED = eINSTANCE.getCommentary_Approved();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.ContactImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NAME = eINSTANCE.getContact_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ROLE = eINSTANCE.getContact_Role();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL = eINSTANCE.getContact_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PHONE = eINSTANCE.getContact_Phone();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.AnnotationImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__DATE = eINSTANCE.getAnnotation_Date();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__TEXT = eINSTANCE.getAnnotation_Text();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__CHANNEL = eINSTANCE.getAnnotation_Channel();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.AssessmentImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__DATE = eINSTANCE.getAssessment_Date();

		/**
		 * The meta object literal for the '<em><b>Model Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__MODEL_ID = eINSTANCE.getAssessment_ModelId();

		/**
		 * The meta object literal for the '<em><b>Model Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__MODEL_VERSION = eINSTANCE.getAssessment_ModelVersion();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ANSWERS = eINSTANCE.getAssessment_Answers();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.AnswerImpl <em>Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.AnswerImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getAnswer()
		 * @generated
		 */
		EClass ANSWER = eINSTANCE.getAnswer();

		/**
		 * The meta object literal for the '<em><b>Question Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__QUESTION_ID = eINSTANCE.getAnswer_QuestionId();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__LEVEL = eINSTANCE.getAnswer_Level();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__COMMENT = eINSTANCE.getAnswer_Comment();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.StrategyImpl <em>Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.StrategyImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getStrategy()
		 * @generated
		 */
		EClass STRATEGY = eINSTANCE.getStrategy();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY__PERIOD_START = eINSTANCE.getStrategy_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY__PERIOD_END = eINSTANCE.getStrategy_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__GOALS = eINSTANCE.getStrategy_Goals();

		/**
		 * The meta object literal for the '<em><b>Audiences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__AUDIENCES = eINSTANCE.getStrategy_Audiences();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__CHANNELS = eINSTANCE.getStrategy_Channels();

		/**
		 * The meta object literal for the '<em><b>Initiatives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__INITIATIVES = eINSTANCE.getStrategy_Initiatives();

		/**
		 * The meta object literal for the '<em><b>Budget Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__BUDGET_LINES = eINSTANCE.getStrategy_BudgetLines();

		/**
		 * The meta object literal for the '<em><b>Executive Sponsor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__EXECUTIVE_SPONSOR = eINSTANCE.getStrategy_ExecutiveSponsor();

		/**
		 * The meta object literal for the '<em><b>Governance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__GOVERNANCE = eINSTANCE.getStrategy_Governance();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__KPIS = eINSTANCE.getStrategy_Kpis();

		/**
		 * The meta object literal for the '<em><b>Soft Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__SOFT_VALUES = eINSTANCE.getStrategy_SoftValues();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.BusinessGoalImpl <em>Business Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.BusinessGoalImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getBusinessGoal()
		 * @generated
		 */
		EClass BUSINESS_GOAL = eINSTANCE.getBusinessGoal();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_GOAL__KIND = eINSTANCE.getBusinessGoal_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_GOAL__DESCRIPTION = eINSTANCE.getBusinessGoal_Description();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_GOAL__PRIORITY = eINSTANCE.getBusinessGoal_Priority();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.AudienceImpl <em>Audience</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.AudienceImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getAudience()
		 * @generated
		 */
		EClass AUDIENCE = eINSTANCE.getAudience();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIENCE__KIND = eINSTANCE.getAudience_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIENCE__DESCRIPTION = eINSTANCE.getAudience_Description();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.InitiativeImpl <em>Initiative</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.InitiativeImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getInitiative()
		 * @generated
		 */
		EClass INITIATIVE = eINSTANCE.getInitiative();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__NAME = eINSTANCE.getInitiative_Name();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__DEPARTMENT = eINSTANCE.getInitiative_Department();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INITIATIVE__GOALS = eINSTANCE.getInitiative_Goals();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INITIATIVE__CHANNELS = eINSTANCE.getInitiative_Channels();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__START = eINSTANCE.getInitiative_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__END = eINSTANCE.getInitiative_End();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__STATUS = eINSTANCE.getInitiative_Status();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__BUDGET = eINSTANCE.getInitiative_Budget();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__OWNER = eINSTANCE.getInitiative_Owner();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.BudgetLineImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getBudgetLine()
		 * @generated
		 */
		EClass BUDGET_LINE = eINSTANCE.getBudgetLine();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__CATEGORY = eINSTANCE.getBudgetLine_Category();

		/**
		 * The meta object literal for the '<em><b>Planned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__PLANNED = eINSTANCE.getBudgetLine_Planned();

		/**
		 * The meta object literal for the '<em><b>Actual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__ACTUAL = eINSTANCE.getBudgetLine_Actual();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__CURRENCY = eINSTANCE.getBudgetLine_Currency();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.SponsorImpl <em>Sponsor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.SponsorImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getSponsor()
		 * @generated
		 */
		EClass SPONSOR = eINSTANCE.getSponsor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPONSOR__NAME = eINSTANCE.getSponsor_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPONSOR__TITLE = eINSTANCE.getSponsor_Title();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.GovernanceImpl <em>Governance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.GovernanceImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getGovernance()
		 * @generated
		 */
		EClass GOVERNANCE = eINSTANCE.getGovernance();

		/**
		 * The meta object literal for the '<em><b>Steering Committee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE__STEERING_COMMITTEE = eINSTANCE.getGovernance_SteeringCommittee();

		/**
		 * The meta object literal for the '<em><b>Working Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE__WORKING_GROUP = eINSTANCE.getGovernance_WorkingGroup();

		/**
		 * The meta object literal for the '<em><b>Social Media Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE__SOCIAL_MEDIA_POLICY = eINSTANCE.getGovernance_SocialMediaPolicy();

		/**
		 * The meta object literal for the '<em><b>Training Programme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE__TRAINING_PROGRAMME = eINSTANCE.getGovernance_TrainingProgramme();

		/**
		 * The meta object literal for the '<em><b>Last Tool Review</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE__LAST_TOOL_REVIEW = eINSTANCE.getGovernance_LastToolReview();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.KpiImpl <em>Kpi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.KpiImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getKpi()
		 * @generated
		 */
		EClass KPI = eINSTANCE.getKpi();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__ID = eINSTANCE.getKpi_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__NAME = eINSTANCE.getKpi_Name();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__GOAL = eINSTANCE.getKpi_Goal();

		/**
		 * The meta object literal for the '<em><b>Metric Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__METRIC_ID = eINSTANCE.getKpi_MetricId();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__PARAMETERS = eINSTANCE.getKpi_Parameters();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__CHANNELS = eINSTANCE.getKpi_Channels();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__KIND = eINSTANCE.getKpi_Kind();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__WEIGHT = eINSTANCE.getKpi_Weight();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__DIRECTION = eINSTANCE.getKpi_Direction();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__BASELINE = eINSTANCE.getKpi_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__TARGET = eINSTANCE.getKpi_Target();

		/**
		 * The meta object literal for the '<em><b>Amber Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__AMBER_THRESHOLD = eINSTANCE.getKpi_AmberThreshold();

		/**
		 * The meta object literal for the '<em><b>Red Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__RED_THRESHOLD = eINSTANCE.getKpi_RedThreshold();

		/**
		 * The meta object literal for the '<em><b>Evaluation Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__EVALUATION_PERIOD = eINSTANCE.getKpi_EvaluationPeriod();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.KpiParameterImpl <em>Kpi Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.KpiParameterImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getKpiParameter()
		 * @generated
		 */
		EClass KPI_PARAMETER = eINSTANCE.getKpiParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_PARAMETER__KEY = eINSTANCE.getKpiParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_PARAMETER__VALUE = eINSTANCE.getKpiParameter_Value();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.SoftValueImpl <em>Soft Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.SoftValueImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getSoftValue()
		 * @generated
		 */
		EClass SOFT_VALUE = eINSTANCE.getSoftValue();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFT_VALUE__LABEL = eINSTANCE.getSoftValue_Label();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFT_VALUE__AMOUNT = eINSTANCE.getSoftValue_Amount();

		/**
		 * The meta object literal for the '<em><b>Assumption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFT_VALUE__ASSUMPTION = eINSTANCE.getSoftValue_Assumption();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.ChannelAccountImpl <em>Channel Account</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.ChannelAccountImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getChannelAccount()
		 * @generated
		 */
		EClass CHANNEL_ACCOUNT = eINSTANCE.getChannelAccount();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_ACCOUNT__ID = eINSTANCE.getChannelAccount_Id();

		/**
		 * The meta object literal for the '<em><b>Platform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_ACCOUNT__PLATFORM = eINSTANCE.getChannelAccount_Platform();

		/**
		 * The meta object literal for the '<em><b>Handle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_ACCOUNT__HANDLE = eINSTANCE.getChannelAccount_Handle();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL_ACCOUNT__SERIES = eINSTANCE.getChannelAccount_Series();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.MeasurementSeriesImpl <em>Measurement Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.MeasurementSeriesImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getMeasurementSeries()
		 * @generated
		 */
		EClass MEASUREMENT_SERIES = eINSTANCE.getMeasurementSeries();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_SERIES__FIELD = eINSTANCE.getMeasurementSeries_Field();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_SERIES__START = eINSTANCE.getMeasurementSeries_Start();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_SERIES__VALUES = eINSTANCE.getMeasurementSeries_Values();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEASUREMENT_SERIES___LENGTH = eINSTANCE.getMeasurementSeries__Length();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEASUREMENT_SERIES___END_DATE = eINSTANCE.getMeasurementSeries__EndDate();

		/**
		 * The meta object literal for the '<em><b>Value At</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEASUREMENT_SERIES___VALUE_AT__LOCALDATE = eINSTANCE.getMeasurementSeries__ValueAt__LocalDate();

		/**
		 * The meta object literal for the '<em><b>Put</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEASUREMENT_SERIES___PUT__LOCALDATE_DOUBLE = eINSTANCE.getMeasurementSeries__Put__LocalDate_double();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.impl.MentionLogImpl <em>Mention Log</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.MentionLogImpl
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getMentionLog()
		 * @generated
		 */
		EClass MENTION_LOG = eINSTANCE.getMentionLog();

		/**
		 * The meta object literal for the '<em><b>Dates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION_LOG__DATES = eINSTANCE.getMentionLog_Dates();

		/**
		 * The meta object literal for the '<em><b>Platforms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION_LOG__PLATFORMS = eINSTANCE.getMentionLog_Platforms();

		/**
		 * The meta object literal for the '<em><b>Author Types</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION_LOG__AUTHOR_TYPES = eINSTANCE.getMentionLog_AuthorTypes();

		/**
		 * The meta object literal for the '<em><b>Sentiments</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION_LOG__SENTIMENTS = eINSTANCE.getMentionLog_Sentiments();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION_LOG__TOPICS = eINSTANCE.getMentionLog_Topics();

		/**
		 * The meta object literal for the '<em><b>Topic Table</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION_LOG__TOPIC_TABLE = eINSTANCE.getMentionLog_TopicTable();

		/**
		 * The meta object literal for the '<em><b>Countries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION_LOG__COUNTRIES = eINSTANCE.getMentionLog_Countries();

		/**
		 * The meta object literal for the '<em><b>Country Table</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION_LOG__COUNTRY_TABLE = eINSTANCE.getMentionLog_CountryTable();

		/**
		 * The meta object literal for the '<em><b>Reach</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION_LOG__REACH = eINSTANCE.getMentionLog_Reach();

		/**
		 * The meta object literal for the '<em><b>Brands</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION_LOG__BRANDS = eINSTANCE.getMentionLog_Brands();

		/**
		 * The meta object literal for the '<em><b>Brand Table</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION_LOG__BRAND_TABLE = eINSTANCE.getMentionLog_BrandTable();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MENTION_LOG___SIZE = eINSTANCE.getMentionLog__Size();

		/**
		 * The meta object literal for the '<em><b>Get</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MENTION_LOG___GET__INT = eINSTANCE.getMentionLog__Get__int();

		/**
		 * The meta object literal for the '<em><b>Add</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MENTION_LOG___ADD__MENTION = eINSTANCE.getMentionLog__Add__Mention();

		/**
		 * The meta object literal for the '<em><b>Add All</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MENTION_LOG___ADD_ALL__ELIST = eINSTANCE.getMentionLog__AddAll__EList();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.Industry <em>Industry</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.Industry
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getIndustry()
		 * @generated
		 */
		EEnum INDUSTRY = eINSTANCE.getIndustry();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.ClientSize <em>Client Size</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.ClientSize
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getClientSize()
		 * @generated
		 */
		EEnum CLIENT_SIZE = eINSTANCE.getClientSize();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.ReportLocale <em>Report Locale</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.ReportLocale
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getReportLocale()
		 * @generated
		 */
		EEnum REPORT_LOCALE = eINSTANCE.getReportLocale();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.BrandMode <em>Brand Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.BrandMode
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getBrandMode()
		 * @generated
		 */
		EEnum BRAND_MODE = eINSTANCE.getBrandMode();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.GoalKind <em>Goal Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.GoalKind
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getGoalKind()
		 * @generated
		 */
		EEnum GOAL_KIND = eINSTANCE.getGoalKind();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.AudienceKind <em>Audience Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.AudienceKind
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getAudienceKind()
		 * @generated
		 */
		EEnum AUDIENCE_KIND = eINSTANCE.getAudienceKind();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.Department <em>Department</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.Department
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getDepartment()
		 * @generated
		 */
		EEnum DEPARTMENT = eINSTANCE.getDepartment();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.InitiativeStatus <em>Initiative Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.InitiativeStatus
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getInitiativeStatus()
		 * @generated
		 */
		EEnum INITIATIVE_STATUS = eINSTANCE.getInitiativeStatus();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.BudgetCategory <em>Budget Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.BudgetCategory
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getBudgetCategory()
		 * @generated
		 */
		EEnum BUDGET_CATEGORY = eINSTANCE.getBudgetCategory();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.KpiKind <em>Kpi Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.KpiKind
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getKpiKind()
		 * @generated
		 */
		EEnum KPI_KIND = eINSTANCE.getKpiKind();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.Direction
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.PeriodKind <em>Period Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.PeriodKind
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getPeriodKind()
		 * @generated
		 */
		EEnum PERIOD_KIND = eINSTANCE.getPeriodKind();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.Platform <em>Platform</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.Platform
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getPlatform()
		 * @generated
		 */
		EEnum PLATFORM = eINSTANCE.getPlatform();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.AuthorType <em>Author Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.AuthorType
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getAuthorType()
		 * @generated
		 */
		EEnum AUTHOR_TYPE = eINSTANCE.getAuthorType();

		/**
		 * The meta object literal for the '{@link com.socialyst.model.Sentiment <em>Sentiment</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.Sentiment
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getSentiment()
		 * @generated
		 */
		EEnum SENTIMENT = eINSTANCE.getSentiment();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Double Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getDoubleArray()
		 * @generated
		 */
		EDataType DOUBLE_ARRAY = eINSTANCE.getDoubleArray();

		/**
		 * The meta object literal for the '<em>Int Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getIntArray()
		 * @generated
		 */
		EDataType INT_ARRAY = eINSTANCE.getIntArray();

		/**
		 * The meta object literal for the '<em>Byte Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getByteArray()
		 * @generated
		 */
		EDataType BYTE_ARRAY = eINSTANCE.getByteArray();

		/**
		 * The meta object literal for the '<em>Mention</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.socialyst.model.Mention
		 * @see com.socialyst.model.impl.SocialystPackageImpl#getMention()
		 * @generated
		 */
		EDataType MENTION = eINSTANCE.getMention();

	}

} //SocialystPackage
