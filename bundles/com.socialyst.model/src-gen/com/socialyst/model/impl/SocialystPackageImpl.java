/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.impl;

import com.socialyst.model.Annotation;
import com.socialyst.model.Answer;
import com.socialyst.model.Assessment;
import com.socialyst.model.Audience;
import com.socialyst.model.AudienceKind;
import com.socialyst.model.AuthorType;
import com.socialyst.model.Brand;
import com.socialyst.model.BrandMode;
import com.socialyst.model.BudgetCategory;
import com.socialyst.model.BudgetLine;
import com.socialyst.model.BusinessGoal;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.ClientSize;
import com.socialyst.model.Commentary;
import com.socialyst.model.Contact;
import com.socialyst.model.Department;
import com.socialyst.model.Direction;
import com.socialyst.model.FormulaMetric;
import com.socialyst.model.GoalKind;
import com.socialyst.model.Governance;
import com.socialyst.model.Industry;
import com.socialyst.model.Initiative;
import com.socialyst.model.InitiativeStatus;
import com.socialyst.model.Kpi;
import com.socialyst.model.KpiKind;
import com.socialyst.model.KpiParameter;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Mention;
import com.socialyst.model.MentionLog;
import com.socialyst.model.PeriodKind;
import com.socialyst.model.Platform;
import com.socialyst.model.Portfolio;
import com.socialyst.model.ReportLocale;
import com.socialyst.model.Sentiment;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.SocialystPackage;
import com.socialyst.model.SoftValue;
import com.socialyst.model.Sponsor;
import com.socialyst.model.Strategy;

import com.socialyst.model.util.SocialystValidator;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SocialystPackageImpl extends EPackageImpl implements SocialystPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portfolioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass formulaMetricEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass brandEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clientEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commentaryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass annotationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass answerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass businessGoalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass audienceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass initiativeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sponsorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass governanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass softValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelAccountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measurementSeriesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mentionLogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum industryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum clientSizeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reportLocaleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum brandModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum goalKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum audienceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum departmentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum initiativeStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum budgetCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kpiKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum periodKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum platformEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum authorTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sentimentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType doubleArrayEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType intArrayEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType byteArrayEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType mentionEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see com.socialyst.model.SocialystPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SocialystPackageImpl() {
		super(eNS_URI, SocialystFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SocialystPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SocialystPackage init() {
		if (isInited) return (SocialystPackage)EPackage.Registry.INSTANCE.getEPackage(SocialystPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSocialystPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SocialystPackageImpl theSocialystPackage = registeredSocialystPackage instanceof SocialystPackageImpl ? (SocialystPackageImpl)registeredSocialystPackage : new SocialystPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theSocialystPackage.createPackageContents();

		// Initialize created meta-data
		theSocialystPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theSocialystPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return SocialystValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theSocialystPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SocialystPackage.eNS_URI, theSocialystPackage);
		return theSocialystPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPortfolio() {
		return portfolioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortfolio_Name() {
		return (EAttribute)portfolioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Brand() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Clients() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_FormulaMetrics() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFormulaMetric() {
		return formulaMetricEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormulaMetric_Id() {
		return (EAttribute)formulaMetricEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormulaMetric_Name() {
		return (EAttribute)formulaMetricEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormulaMetric_Description() {
		return (EAttribute)formulaMetricEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormulaMetric_Expression() {
		return (EAttribute)formulaMetricEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormulaMetric_Unit() {
		return (EAttribute)formulaMetricEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBrand() {
		return brandEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_Name() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_LogoPath() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_PrimaryColor() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_SecondaryColor() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_FontFamily() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_FooterText() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_DisclaimerText() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_DefaultLocale() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClient() {
		return clientEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Id() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Name() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Industry() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Size() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Country() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_ReportLocale() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_BrandMode() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_Brand() {
		return (EReference)clientEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_Contacts() {
		return (EReference)clientEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Notes() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_Strategies() {
		return (EReference)clientEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_Channels() {
		return (EReference)clientEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_Annotations() {
		return (EReference)clientEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_Mentions() {
		return (EReference)clientEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_Assessments() {
		return (EReference)clientEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_Commentaries() {
		return (EReference)clientEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommentary() {
		return commentaryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommentary_Period() {
		return (EAttribute)commentaryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommentary_Text() {
		return (EAttribute)commentaryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommentary_Author() {
		return (EAttribute)commentaryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommentary_Date() {
		return (EAttribute)commentaryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommentary_Approved() {
		return (EAttribute)commentaryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Name() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Role() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Email() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Phone() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnnotation() {
		return annotationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Date() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Text() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotation_Channel() {
		return (EReference)annotationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessment() {
		return assessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Date() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_ModelId() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_ModelVersion() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Answers() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnswer() {
		return answerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_QuestionId() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_Level() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_Comment() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategy() {
		return strategyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategy_PeriodStart() {
		return (EAttribute)strategyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategy_PeriodEnd() {
		return (EAttribute)strategyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_Goals() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_Audiences() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_Channels() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_Initiatives() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_BudgetLines() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_ExecutiveSponsor() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_Governance() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_Kpis() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_SoftValues() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBusinessGoal() {
		return businessGoalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessGoal_Kind() {
		return (EAttribute)businessGoalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessGoal_Description() {
		return (EAttribute)businessGoalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessGoal_Priority() {
		return (EAttribute)businessGoalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAudience() {
		return audienceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAudience_Kind() {
		return (EAttribute)audienceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAudience_Description() {
		return (EAttribute)audienceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInitiative() {
		return initiativeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_Name() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_Department() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInitiative_Goals() {
		return (EReference)initiativeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInitiative_Channels() {
		return (EReference)initiativeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_Start() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_End() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_Status() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_Budget() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_Owner() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudgetLine() {
		return budgetLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Category() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Planned() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Actual() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Currency() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSponsor() {
		return sponsorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSponsor_Name() {
		return (EAttribute)sponsorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSponsor_Title() {
		return (EAttribute)sponsorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGovernance() {
		return governanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernance_SteeringCommittee() {
		return (EAttribute)governanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernance_WorkingGroup() {
		return (EAttribute)governanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernance_SocialMediaPolicy() {
		return (EAttribute)governanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernance_TrainingProgramme() {
		return (EAttribute)governanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernance_LastToolReview() {
		return (EAttribute)governanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpi() {
		return kpiEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Id() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Name() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpi_Goal() {
		return (EReference)kpiEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_MetricId() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpi_Parameters() {
		return (EReference)kpiEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpi_Channels() {
		return (EReference)kpiEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Kind() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Weight() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Direction() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Baseline() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Target() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_AmberThreshold() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_RedThreshold() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_EvaluationPeriod() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpiParameter() {
		return kpiParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiParameter_Key() {
		return (EAttribute)kpiParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiParameter_Value() {
		return (EAttribute)kpiParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSoftValue() {
		return softValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSoftValue_Label() {
		return (EAttribute)softValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSoftValue_Amount() {
		return (EAttribute)softValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSoftValue_Assumption() {
		return (EAttribute)softValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannelAccount() {
		return channelAccountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelAccount_Id() {
		return (EAttribute)channelAccountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelAccount_Platform() {
		return (EAttribute)channelAccountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelAccount_Handle() {
		return (EAttribute)channelAccountEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannelAccount_Series() {
		return (EReference)channelAccountEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasurementSeries() {
		return measurementSeriesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurementSeries_Field() {
		return (EAttribute)measurementSeriesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurementSeries_Start() {
		return (EAttribute)measurementSeriesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurementSeries_Values() {
		return (EAttribute)measurementSeriesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMeasurementSeries__Length() {
		return measurementSeriesEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMeasurementSeries__EndDate() {
		return measurementSeriesEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMeasurementSeries__ValueAt__LocalDate() {
		return measurementSeriesEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMeasurementSeries__Put__LocalDate_double() {
		return measurementSeriesEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMentionLog() {
		return mentionLogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMentionLog_Dates() {
		return (EAttribute)mentionLogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMentionLog_Platforms() {
		return (EAttribute)mentionLogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMentionLog_AuthorTypes() {
		return (EAttribute)mentionLogEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMentionLog_Sentiments() {
		return (EAttribute)mentionLogEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMentionLog_Topics() {
		return (EAttribute)mentionLogEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMentionLog_TopicTable() {
		return (EAttribute)mentionLogEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMentionLog_Countries() {
		return (EAttribute)mentionLogEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMentionLog_CountryTable() {
		return (EAttribute)mentionLogEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMentionLog_Reach() {
		return (EAttribute)mentionLogEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMentionLog_Brands() {
		return (EAttribute)mentionLogEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMentionLog_BrandTable() {
		return (EAttribute)mentionLogEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMentionLog__Size() {
		return mentionLogEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMentionLog__Get__int() {
		return mentionLogEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMentionLog__Add__Mention() {
		return mentionLogEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMentionLog__AddAll__EList() {
		return mentionLogEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIndustry() {
		return industryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getClientSize() {
		return clientSizeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReportLocale() {
		return reportLocaleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBrandMode() {
		return brandModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGoalKind() {
		return goalKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAudienceKind() {
		return audienceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDepartment() {
		return departmentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInitiativeStatus() {
		return initiativeStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBudgetCategory() {
		return budgetCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKpiKind() {
		return kpiKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPeriodKind() {
		return periodKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlatform() {
		return platformEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAuthorType() {
		return authorTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSentiment() {
		return sentimentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDoubleArray() {
		return doubleArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIntArray() {
		return intArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getByteArray() {
		return byteArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMention() {
		return mentionEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SocialystFactory getSocialystFactory() {
		return (SocialystFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		portfolioEClass = createEClass(PORTFOLIO);
		createEAttribute(portfolioEClass, PORTFOLIO__NAME);
		createEReference(portfolioEClass, PORTFOLIO__BRAND);
		createEReference(portfolioEClass, PORTFOLIO__CLIENTS);
		createEReference(portfolioEClass, PORTFOLIO__FORMULA_METRICS);

		formulaMetricEClass = createEClass(FORMULA_METRIC);
		createEAttribute(formulaMetricEClass, FORMULA_METRIC__ID);
		createEAttribute(formulaMetricEClass, FORMULA_METRIC__NAME);
		createEAttribute(formulaMetricEClass, FORMULA_METRIC__DESCRIPTION);
		createEAttribute(formulaMetricEClass, FORMULA_METRIC__EXPRESSION);
		createEAttribute(formulaMetricEClass, FORMULA_METRIC__UNIT);

		brandEClass = createEClass(BRAND);
		createEAttribute(brandEClass, BRAND__NAME);
		createEAttribute(brandEClass, BRAND__LOGO_PATH);
		createEAttribute(brandEClass, BRAND__PRIMARY_COLOR);
		createEAttribute(brandEClass, BRAND__SECONDARY_COLOR);
		createEAttribute(brandEClass, BRAND__FONT_FAMILY);
		createEAttribute(brandEClass, BRAND__FOOTER_TEXT);
		createEAttribute(brandEClass, BRAND__DISCLAIMER_TEXT);
		createEAttribute(brandEClass, BRAND__DEFAULT_LOCALE);

		clientEClass = createEClass(CLIENT);
		createEAttribute(clientEClass, CLIENT__ID);
		createEAttribute(clientEClass, CLIENT__NAME);
		createEAttribute(clientEClass, CLIENT__INDUSTRY);
		createEAttribute(clientEClass, CLIENT__SIZE);
		createEAttribute(clientEClass, CLIENT__COUNTRY);
		createEAttribute(clientEClass, CLIENT__REPORT_LOCALE);
		createEAttribute(clientEClass, CLIENT__BRAND_MODE);
		createEReference(clientEClass, CLIENT__BRAND);
		createEReference(clientEClass, CLIENT__CONTACTS);
		createEAttribute(clientEClass, CLIENT__NOTES);
		createEReference(clientEClass, CLIENT__STRATEGIES);
		createEReference(clientEClass, CLIENT__CHANNELS);
		createEReference(clientEClass, CLIENT__ANNOTATIONS);
		createEReference(clientEClass, CLIENT__MENTIONS);
		createEReference(clientEClass, CLIENT__ASSESSMENTS);
		createEReference(clientEClass, CLIENT__COMMENTARIES);

		commentaryEClass = createEClass(COMMENTARY);
		createEAttribute(commentaryEClass, COMMENTARY__PERIOD);
		createEAttribute(commentaryEClass, COMMENTARY__TEXT);
		createEAttribute(commentaryEClass, COMMENTARY__AUTHOR);
		createEAttribute(commentaryEClass, COMMENTARY__DATE);
		createEAttribute(commentaryEClass, COMMENTARY__APPROVED);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__NAME);
		createEAttribute(contactEClass, CONTACT__ROLE);
		createEAttribute(contactEClass, CONTACT__EMAIL);
		createEAttribute(contactEClass, CONTACT__PHONE);

		annotationEClass = createEClass(ANNOTATION);
		createEAttribute(annotationEClass, ANNOTATION__DATE);
		createEAttribute(annotationEClass, ANNOTATION__TEXT);
		createEReference(annotationEClass, ANNOTATION__CHANNEL);

		assessmentEClass = createEClass(ASSESSMENT);
		createEAttribute(assessmentEClass, ASSESSMENT__DATE);
		createEAttribute(assessmentEClass, ASSESSMENT__MODEL_ID);
		createEAttribute(assessmentEClass, ASSESSMENT__MODEL_VERSION);
		createEReference(assessmentEClass, ASSESSMENT__ANSWERS);

		answerEClass = createEClass(ANSWER);
		createEAttribute(answerEClass, ANSWER__QUESTION_ID);
		createEAttribute(answerEClass, ANSWER__LEVEL);
		createEAttribute(answerEClass, ANSWER__COMMENT);

		strategyEClass = createEClass(STRATEGY);
		createEAttribute(strategyEClass, STRATEGY__PERIOD_START);
		createEAttribute(strategyEClass, STRATEGY__PERIOD_END);
		createEReference(strategyEClass, STRATEGY__GOALS);
		createEReference(strategyEClass, STRATEGY__AUDIENCES);
		createEReference(strategyEClass, STRATEGY__CHANNELS);
		createEReference(strategyEClass, STRATEGY__INITIATIVES);
		createEReference(strategyEClass, STRATEGY__BUDGET_LINES);
		createEReference(strategyEClass, STRATEGY__EXECUTIVE_SPONSOR);
		createEReference(strategyEClass, STRATEGY__GOVERNANCE);
		createEReference(strategyEClass, STRATEGY__KPIS);
		createEReference(strategyEClass, STRATEGY__SOFT_VALUES);

		businessGoalEClass = createEClass(BUSINESS_GOAL);
		createEAttribute(businessGoalEClass, BUSINESS_GOAL__KIND);
		createEAttribute(businessGoalEClass, BUSINESS_GOAL__DESCRIPTION);
		createEAttribute(businessGoalEClass, BUSINESS_GOAL__PRIORITY);

		audienceEClass = createEClass(AUDIENCE);
		createEAttribute(audienceEClass, AUDIENCE__KIND);
		createEAttribute(audienceEClass, AUDIENCE__DESCRIPTION);

		initiativeEClass = createEClass(INITIATIVE);
		createEAttribute(initiativeEClass, INITIATIVE__NAME);
		createEAttribute(initiativeEClass, INITIATIVE__DEPARTMENT);
		createEReference(initiativeEClass, INITIATIVE__GOALS);
		createEReference(initiativeEClass, INITIATIVE__CHANNELS);
		createEAttribute(initiativeEClass, INITIATIVE__START);
		createEAttribute(initiativeEClass, INITIATIVE__END);
		createEAttribute(initiativeEClass, INITIATIVE__STATUS);
		createEAttribute(initiativeEClass, INITIATIVE__BUDGET);
		createEAttribute(initiativeEClass, INITIATIVE__OWNER);

		budgetLineEClass = createEClass(BUDGET_LINE);
		createEAttribute(budgetLineEClass, BUDGET_LINE__CATEGORY);
		createEAttribute(budgetLineEClass, BUDGET_LINE__PLANNED);
		createEAttribute(budgetLineEClass, BUDGET_LINE__ACTUAL);
		createEAttribute(budgetLineEClass, BUDGET_LINE__CURRENCY);

		sponsorEClass = createEClass(SPONSOR);
		createEAttribute(sponsorEClass, SPONSOR__NAME);
		createEAttribute(sponsorEClass, SPONSOR__TITLE);

		governanceEClass = createEClass(GOVERNANCE);
		createEAttribute(governanceEClass, GOVERNANCE__STEERING_COMMITTEE);
		createEAttribute(governanceEClass, GOVERNANCE__WORKING_GROUP);
		createEAttribute(governanceEClass, GOVERNANCE__SOCIAL_MEDIA_POLICY);
		createEAttribute(governanceEClass, GOVERNANCE__TRAINING_PROGRAMME);
		createEAttribute(governanceEClass, GOVERNANCE__LAST_TOOL_REVIEW);

		kpiEClass = createEClass(KPI);
		createEAttribute(kpiEClass, KPI__ID);
		createEAttribute(kpiEClass, KPI__NAME);
		createEReference(kpiEClass, KPI__GOAL);
		createEAttribute(kpiEClass, KPI__METRIC_ID);
		createEReference(kpiEClass, KPI__PARAMETERS);
		createEReference(kpiEClass, KPI__CHANNELS);
		createEAttribute(kpiEClass, KPI__KIND);
		createEAttribute(kpiEClass, KPI__WEIGHT);
		createEAttribute(kpiEClass, KPI__DIRECTION);
		createEAttribute(kpiEClass, KPI__BASELINE);
		createEAttribute(kpiEClass, KPI__TARGET);
		createEAttribute(kpiEClass, KPI__AMBER_THRESHOLD);
		createEAttribute(kpiEClass, KPI__RED_THRESHOLD);
		createEAttribute(kpiEClass, KPI__EVALUATION_PERIOD);

		kpiParameterEClass = createEClass(KPI_PARAMETER);
		createEAttribute(kpiParameterEClass, KPI_PARAMETER__KEY);
		createEAttribute(kpiParameterEClass, KPI_PARAMETER__VALUE);

		softValueEClass = createEClass(SOFT_VALUE);
		createEAttribute(softValueEClass, SOFT_VALUE__LABEL);
		createEAttribute(softValueEClass, SOFT_VALUE__AMOUNT);
		createEAttribute(softValueEClass, SOFT_VALUE__ASSUMPTION);

		channelAccountEClass = createEClass(CHANNEL_ACCOUNT);
		createEAttribute(channelAccountEClass, CHANNEL_ACCOUNT__ID);
		createEAttribute(channelAccountEClass, CHANNEL_ACCOUNT__PLATFORM);
		createEAttribute(channelAccountEClass, CHANNEL_ACCOUNT__HANDLE);
		createEReference(channelAccountEClass, CHANNEL_ACCOUNT__SERIES);

		measurementSeriesEClass = createEClass(MEASUREMENT_SERIES);
		createEAttribute(measurementSeriesEClass, MEASUREMENT_SERIES__FIELD);
		createEAttribute(measurementSeriesEClass, MEASUREMENT_SERIES__START);
		createEAttribute(measurementSeriesEClass, MEASUREMENT_SERIES__VALUES);
		createEOperation(measurementSeriesEClass, MEASUREMENT_SERIES___LENGTH);
		createEOperation(measurementSeriesEClass, MEASUREMENT_SERIES___END_DATE);
		createEOperation(measurementSeriesEClass, MEASUREMENT_SERIES___VALUE_AT__LOCALDATE);
		createEOperation(measurementSeriesEClass, MEASUREMENT_SERIES___PUT__LOCALDATE_DOUBLE);

		mentionLogEClass = createEClass(MENTION_LOG);
		createEAttribute(mentionLogEClass, MENTION_LOG__DATES);
		createEAttribute(mentionLogEClass, MENTION_LOG__PLATFORMS);
		createEAttribute(mentionLogEClass, MENTION_LOG__AUTHOR_TYPES);
		createEAttribute(mentionLogEClass, MENTION_LOG__SENTIMENTS);
		createEAttribute(mentionLogEClass, MENTION_LOG__TOPICS);
		createEAttribute(mentionLogEClass, MENTION_LOG__TOPIC_TABLE);
		createEAttribute(mentionLogEClass, MENTION_LOG__COUNTRIES);
		createEAttribute(mentionLogEClass, MENTION_LOG__COUNTRY_TABLE);
		createEAttribute(mentionLogEClass, MENTION_LOG__REACH);
		createEAttribute(mentionLogEClass, MENTION_LOG__BRANDS);
		createEAttribute(mentionLogEClass, MENTION_LOG__BRAND_TABLE);
		createEOperation(mentionLogEClass, MENTION_LOG___SIZE);
		createEOperation(mentionLogEClass, MENTION_LOG___GET__INT);
		createEOperation(mentionLogEClass, MENTION_LOG___ADD__MENTION);
		createEOperation(mentionLogEClass, MENTION_LOG___ADD_ALL__ELIST);

		// Create enums
		industryEEnum = createEEnum(INDUSTRY);
		clientSizeEEnum = createEEnum(CLIENT_SIZE);
		reportLocaleEEnum = createEEnum(REPORT_LOCALE);
		brandModeEEnum = createEEnum(BRAND_MODE);
		goalKindEEnum = createEEnum(GOAL_KIND);
		audienceKindEEnum = createEEnum(AUDIENCE_KIND);
		departmentEEnum = createEEnum(DEPARTMENT);
		initiativeStatusEEnum = createEEnum(INITIATIVE_STATUS);
		budgetCategoryEEnum = createEEnum(BUDGET_CATEGORY);
		kpiKindEEnum = createEEnum(KPI_KIND);
		directionEEnum = createEEnum(DIRECTION);
		periodKindEEnum = createEEnum(PERIOD_KIND);
		platformEEnum = createEEnum(PLATFORM);
		authorTypeEEnum = createEEnum(AUTHOR_TYPE);
		sentimentEEnum = createEEnum(SENTIMENT);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		doubleArrayEDataType = createEDataType(DOUBLE_ARRAY);
		intArrayEDataType = createEDataType(INT_ARRAY);
		byteArrayEDataType = createEDataType(BYTE_ARRAY);
		mentionEDataType = createEDataType(MENTION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(portfolioEClass, Portfolio.class, "Portfolio", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPortfolio_Name(), ecorePackage.getEString(), "name", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_Brand(), this.getBrand(), null, "brand", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_Clients(), this.getClient(), null, "clients", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_FormulaMetrics(), this.getFormulaMetric(), null, "formulaMetrics", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(formulaMetricEClass, FormulaMetric.class, "FormulaMetric", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFormulaMetric_Id(), ecorePackage.getEString(), "id", null, 0, 1, FormulaMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormulaMetric_Name(), ecorePackage.getEString(), "name", null, 0, 1, FormulaMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormulaMetric_Description(), ecorePackage.getEString(), "description", null, 0, 1, FormulaMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormulaMetric_Expression(), ecorePackage.getEString(), "expression", null, 0, 1, FormulaMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormulaMetric_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, FormulaMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(brandEClass, Brand.class, "Brand", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBrand_Name(), ecorePackage.getEString(), "name", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBrand_LogoPath(), ecorePackage.getEString(), "logoPath", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBrand_PrimaryColor(), ecorePackage.getEString(), "primaryColor", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBrand_SecondaryColor(), ecorePackage.getEString(), "secondaryColor", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBrand_FontFamily(), ecorePackage.getEString(), "fontFamily", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBrand_FooterText(), ecorePackage.getEString(), "footerText", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBrand_DisclaimerText(), ecorePackage.getEString(), "disclaimerText", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBrand_DefaultLocale(), this.getReportLocale(), "defaultLocale", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clientEClass, Client.class, "Client", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClient_Id(), ecorePackage.getEString(), "id", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_Name(), ecorePackage.getEString(), "name", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_Industry(), this.getIndustry(), "industry", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_Size(), this.getClientSize(), "size", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_Country(), ecorePackage.getEString(), "country", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_ReportLocale(), this.getReportLocale(), "reportLocale", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_BrandMode(), this.getBrandMode(), "brandMode", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_Brand(), this.getBrand(), null, "brand", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_Contacts(), this.getContact(), null, "contacts", null, 0, -1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_Strategies(), this.getStrategy(), null, "strategies", null, 0, -1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_Channels(), this.getChannelAccount(), null, "channels", null, 0, -1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_Annotations(), this.getAnnotation(), null, "annotations", null, 0, -1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_Mentions(), this.getMentionLog(), null, "mentions", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_Assessments(), this.getAssessment(), null, "assessments", null, 0, -1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_Commentaries(), this.getCommentary(), null, "commentaries", null, 0, -1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commentaryEClass, Commentary.class, "Commentary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommentary_Period(), ecorePackage.getEString(), "period", null, 0, 1, Commentary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommentary_Text(), ecorePackage.getEString(), "text", null, 0, 1, Commentary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommentary_Author(), ecorePackage.getEString(), "author", null, 0, 1, Commentary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommentary_Date(), this.getLocalDate(), "date", null, 0, 1, Commentary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommentary_Approved(), ecorePackage.getEBoolean(), "approved", null, 0, 1, Commentary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContact_Name(), ecorePackage.getEString(), "name", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Role(), ecorePackage.getEString(), "role", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Email(), ecorePackage.getEString(), "email", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(annotationEClass, Annotation.class, "Annotation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnnotation_Date(), this.getLocalDate(), "date", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_Text(), ecorePackage.getEString(), "text", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnotation_Channel(), this.getChannelAccount(), null, "channel", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentEClass, Assessment.class, "Assessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssessment_Date(), this.getLocalDate(), "date", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_ModelId(), ecorePackage.getEString(), "modelId", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_ModelVersion(), ecorePackage.getEString(), "modelVersion", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Answers(), this.getAnswer(), null, "answers", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(answerEClass, Answer.class, "Answer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnswer_QuestionId(), ecorePackage.getEString(), "questionId", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_Level(), ecorePackage.getEInt(), "level", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategyEClass, Strategy.class, "Strategy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStrategy_PeriodStart(), this.getLocalDate(), "periodStart", null, 0, 1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategy_PeriodEnd(), this.getLocalDate(), "periodEnd", null, 0, 1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_Goals(), this.getBusinessGoal(), null, "goals", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_Audiences(), this.getAudience(), null, "audiences", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_Channels(), this.getChannelAccount(), null, "channels", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_Initiatives(), this.getInitiative(), null, "initiatives", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_BudgetLines(), this.getBudgetLine(), null, "budgetLines", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_ExecutiveSponsor(), this.getSponsor(), null, "executiveSponsor", null, 0, 1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_Governance(), this.getGovernance(), null, "governance", null, 0, 1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_Kpis(), this.getKpi(), null, "kpis", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_SoftValues(), this.getSoftValue(), null, "softValues", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(businessGoalEClass, BusinessGoal.class, "BusinessGoal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBusinessGoal_Kind(), this.getGoalKind(), "kind", null, 0, 1, BusinessGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessGoal_Description(), ecorePackage.getEString(), "description", null, 0, 1, BusinessGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessGoal_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, BusinessGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(audienceEClass, Audience.class, "Audience", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAudience_Kind(), this.getAudienceKind(), "kind", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAudience_Description(), ecorePackage.getEString(), "description", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(initiativeEClass, Initiative.class, "Initiative", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInitiative_Name(), ecorePackage.getEString(), "name", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_Department(), this.getDepartment(), "department", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInitiative_Goals(), this.getBusinessGoal(), null, "goals", null, 0, -1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInitiative_Channels(), this.getChannelAccount(), null, "channels", null, 0, -1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_Start(), this.getLocalDate(), "start", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_End(), this.getLocalDate(), "end", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_Status(), this.getInitiativeStatus(), "status", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_Budget(), ecorePackage.getEDouble(), "budget", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(budgetLineEClass, BudgetLine.class, "BudgetLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBudgetLine_Category(), this.getBudgetCategory(), "category", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Planned(), ecorePackage.getEDouble(), "planned", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Actual(), ecorePackage.getEDouble(), "actual", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sponsorEClass, Sponsor.class, "Sponsor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSponsor_Name(), ecorePackage.getEString(), "name", null, 0, 1, Sponsor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSponsor_Title(), ecorePackage.getEString(), "title", null, 0, 1, Sponsor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(governanceEClass, Governance.class, "Governance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGovernance_SteeringCommittee(), ecorePackage.getEBoolean(), "steeringCommittee", null, 0, 1, Governance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernance_WorkingGroup(), ecorePackage.getEBoolean(), "workingGroup", null, 0, 1, Governance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernance_SocialMediaPolicy(), ecorePackage.getEBoolean(), "socialMediaPolicy", null, 0, 1, Governance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernance_TrainingProgramme(), ecorePackage.getEBoolean(), "trainingProgramme", null, 0, 1, Governance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernance_LastToolReview(), this.getLocalDate(), "lastToolReview", null, 0, 1, Governance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kpiEClass, Kpi.class, "Kpi", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKpi_Id(), ecorePackage.getEString(), "id", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_Name(), ecorePackage.getEString(), "name", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKpi_Goal(), this.getBusinessGoal(), null, "goal", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_MetricId(), ecorePackage.getEString(), "metricId", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKpi_Parameters(), this.getKpiParameter(), null, "parameters", null, 0, -1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKpi_Channels(), this.getChannelAccount(), null, "channels", null, 0, -1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_Kind(), this.getKpiKind(), "kind", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_Weight(), ecorePackage.getEDouble(), "weight", "1.0", 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_Direction(), this.getDirection(), "direction", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_Baseline(), ecorePackage.getEDouble(), "baseline", "NaN", 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_Target(), ecorePackage.getEDouble(), "target", "NaN", 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_AmberThreshold(), ecorePackage.getEDouble(), "amberThreshold", "NaN", 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_RedThreshold(), ecorePackage.getEDouble(), "redThreshold", "NaN", 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_EvaluationPeriod(), this.getPeriodKind(), "evaluationPeriod", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kpiParameterEClass, KpiParameter.class, "KpiParameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKpiParameter_Key(), ecorePackage.getEString(), "key", null, 0, 1, KpiParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, KpiParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(softValueEClass, SoftValue.class, "SoftValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSoftValue_Label(), ecorePackage.getEString(), "label", null, 0, 1, SoftValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSoftValue_Amount(), ecorePackage.getEDouble(), "amount", null, 0, 1, SoftValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSoftValue_Assumption(), ecorePackage.getEString(), "assumption", null, 0, 1, SoftValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(channelAccountEClass, ChannelAccount.class, "ChannelAccount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChannelAccount_Id(), ecorePackage.getEString(), "id", null, 0, 1, ChannelAccount.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelAccount_Platform(), this.getPlatform(), "platform", null, 0, 1, ChannelAccount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelAccount_Handle(), ecorePackage.getEString(), "handle", null, 0, 1, ChannelAccount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChannelAccount_Series(), this.getMeasurementSeries(), null, "series", null, 0, -1, ChannelAccount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measurementSeriesEClass, MeasurementSeries.class, "MeasurementSeries", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasurementSeries_Field(), ecorePackage.getEString(), "field", null, 0, 1, MeasurementSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurementSeries_Start(), this.getLocalDate(), "start", null, 0, 1, MeasurementSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurementSeries_Values(), this.getDoubleArray(), "values", null, 0, 1, MeasurementSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getMeasurementSeries__Length(), ecorePackage.getEInt(), "length", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getMeasurementSeries__EndDate(), this.getLocalDate(), "endDate", 0, 1, IS_UNIQUE, IS_ORDERED);

		EOperation op = initEOperation(getMeasurementSeries__ValueAt__LocalDate(), ecorePackage.getEDouble(), "valueAt", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getLocalDate(), "date", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMeasurementSeries__Put__LocalDate_double(), null, "put", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getLocalDate(), "date", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDouble(), "value", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(mentionLogEClass, MentionLog.class, "MentionLog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMentionLog_Dates(), this.getIntArray(), "dates", null, 0, 1, MentionLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMentionLog_Platforms(), this.getByteArray(), "platforms", null, 0, 1, MentionLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMentionLog_AuthorTypes(), this.getByteArray(), "authorTypes", null, 0, 1, MentionLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMentionLog_Sentiments(), this.getByteArray(), "sentiments", null, 0, 1, MentionLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMentionLog_Topics(), this.getIntArray(), "topics", null, 0, 1, MentionLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMentionLog_TopicTable(), ecorePackage.getEString(), "topicTable", null, 0, -1, MentionLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMentionLog_Countries(), this.getIntArray(), "countries", null, 0, 1, MentionLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMentionLog_CountryTable(), ecorePackage.getEString(), "countryTable", null, 0, -1, MentionLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMentionLog_Reach(), this.getDoubleArray(), "reach", null, 0, 1, MentionLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMentionLog_Brands(), this.getIntArray(), "brands", null, 0, 1, MentionLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMentionLog_BrandTable(), ecorePackage.getEString(), "brandTable", null, 0, -1, MentionLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getMentionLog__Size(), ecorePackage.getEInt(), "size", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMentionLog__Get__int(), this.getMention(), "get", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "index", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMentionLog__Add__Mention(), null, "add", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getMention(), "mention", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMentionLog__AddAll__EList(), null, "addAll", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getMention(), "mentions", 0, -1, IS_UNIQUE, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(industryEEnum, Industry.class, "Industry");
		addEEnumLiteral(industryEEnum, Industry.RETAIL);
		addEEnumLiteral(industryEEnum, Industry.CONSUMER_GOODS);
		addEEnumLiteral(industryEEnum, Industry.FINANCIAL_SERVICES);
		addEEnumLiteral(industryEEnum, Industry.HEALTHCARE);
		addEEnumLiteral(industryEEnum, Industry.TECHNOLOGY);
		addEEnumLiteral(industryEEnum, Industry.MEDIA_ENTERTAINMENT);
		addEEnumLiteral(industryEEnum, Industry.TRAVEL_HOSPITALITY);
		addEEnumLiteral(industryEEnum, Industry.EDUCATION);
		addEEnumLiteral(industryEEnum, Industry.PUBLIC_SECTOR);
		addEEnumLiteral(industryEEnum, Industry.PROFESSIONAL_SERVICES);
		addEEnumLiteral(industryEEnum, Industry.MANUFACTURING);
		addEEnumLiteral(industryEEnum, Industry.NON_PROFIT);

		initEEnum(clientSizeEEnum, ClientSize.class, "ClientSize");
		addEEnumLiteral(clientSizeEEnum, ClientSize.SMALL);
		addEEnumLiteral(clientSizeEEnum, ClientSize.MEDIUM);
		addEEnumLiteral(clientSizeEEnum, ClientSize.ENTERPRISE);

		initEEnum(reportLocaleEEnum, ReportLocale.class, "ReportLocale");
		addEEnumLiteral(reportLocaleEEnum, ReportLocale.EN);
		addEEnumLiteral(reportLocaleEEnum, ReportLocale.NL);
		addEEnumLiteral(reportLocaleEEnum, ReportLocale.PL);
		addEEnumLiteral(reportLocaleEEnum, ReportLocale.ID);
		addEEnumLiteral(reportLocaleEEnum, ReportLocale.SR_LATN);
		addEEnumLiteral(reportLocaleEEnum, ReportLocale.SR_CYRL);

		initEEnum(brandModeEEnum, BrandMode.class, "BrandMode");
		addEEnumLiteral(brandModeEEnum, BrandMode.CONSULTANCY);
		addEEnumLiteral(brandModeEEnum, BrandMode.CO_BRAND);
		addEEnumLiteral(brandModeEEnum, BrandMode.WHITE_LABEL);

		initEEnum(goalKindEEnum, GoalKind.class, "GoalKind");
		addEEnumLiteral(goalKindEEnum, GoalKind.AWARENESS);
		addEEnumLiteral(goalKindEEnum, GoalKind.ENGAGEMENT);
		addEEnumLiteral(goalKindEEnum, GoalKind.TRAFFIC);
		addEEnumLiteral(goalKindEEnum, GoalKind.LEADS_CONVERSIONS);
		addEEnumLiteral(goalKindEEnum, GoalKind.SALES);
		addEEnumLiteral(goalKindEEnum, GoalKind.CUSTOMER_CARE);
		addEEnumLiteral(goalKindEEnum, GoalKind.RECRUITING_HR);
		addEEnumLiteral(goalKindEEnum, GoalKind.PRODUCT_DEVELOPMENT);
		addEEnumLiteral(goalKindEEnum, GoalKind.EMPLOYEE_ADVOCACY);
		addEEnumLiteral(goalKindEEnum, GoalKind.DIGITAL_TRANSFORMATION);

		initEEnum(audienceKindEEnum, AudienceKind.class, "AudienceKind");
		addEEnumLiteral(audienceKindEEnum, AudienceKind.CUSTOMERS);
		addEEnumLiteral(audienceKindEEnum, AudienceKind.PROSPECTS);
		addEEnumLiteral(audienceKindEEnum, AudienceKind.EMPLOYEES);
		addEEnumLiteral(audienceKindEEnum, AudienceKind.PARTNERS);
		addEEnumLiteral(audienceKindEEnum, AudienceKind.SHAREHOLDERS_INVESTORS);
		addEEnumLiteral(audienceKindEEnum, AudienceKind.INFLUENCERS_MEDIA);

		initEEnum(departmentEEnum, Department.class, "Department");
		addEEnumLiteral(departmentEEnum, Department.MARKETING);
		addEEnumLiteral(departmentEEnum, Department.PR_COMMUNICATIONS);
		addEEnumLiteral(departmentEEnum, Department.CUSTOMER_CARE);
		addEEnumLiteral(departmentEEnum, Department.HR);
		addEEnumLiteral(departmentEEnum, Department.SALES);
		addEEnumLiteral(departmentEEnum, Department.PRODUCT_RND);

		initEEnum(initiativeStatusEEnum, InitiativeStatus.class, "InitiativeStatus");
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.PLANNED);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.ACTIVE);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.ON_HOLD);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.DONE);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.CANCELLED);

		initEEnum(budgetCategoryEEnum, BudgetCategory.class, "BudgetCategory");
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.STAFF);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.TOOLS);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.PAID_MEDIA);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.CONTENT);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.AGENCY_FEES);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.TRAINING);

		initEEnum(kpiKindEEnum, KpiKind.class, "KpiKind");
		addEEnumLiteral(kpiKindEEnum, KpiKind.HARD);
		addEEnumLiteral(kpiKindEEnum, KpiKind.SOFT);

		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.HIGHER_IS_BETTER);
		addEEnumLiteral(directionEEnum, Direction.LOWER_IS_BETTER);

		initEEnum(periodKindEEnum, PeriodKind.class, "PeriodKind");
		addEEnumLiteral(periodKindEEnum, PeriodKind.MONTH);
		addEEnumLiteral(periodKindEEnum, PeriodKind.QUARTER);
		addEEnumLiteral(periodKindEEnum, PeriodKind.YEAR);
		addEEnumLiteral(periodKindEEnum, PeriodKind.CUSTOM);

		initEEnum(platformEEnum, Platform.class, "Platform");
		addEEnumLiteral(platformEEnum, Platform.FACEBOOK);
		addEEnumLiteral(platformEEnum, Platform.INSTAGRAM);
		addEEnumLiteral(platformEEnum, Platform.X);
		addEEnumLiteral(platformEEnum, Platform.LINKEDIN);
		addEEnumLiteral(platformEEnum, Platform.YOUTUBE);
		addEEnumLiteral(platformEEnum, Platform.TIKTOK);
		addEEnumLiteral(platformEEnum, Platform.PINTEREST);
		addEEnumLiteral(platformEEnum, Platform.BLOG);
		addEEnumLiteral(platformEEnum, Platform.OTHER);

		initEEnum(authorTypeEEnum, AuthorType.class, "AuthorType");
		addEEnumLiteral(authorTypeEEnum, AuthorType.CUSTOMER);
		addEEnumLiteral(authorTypeEEnum, AuthorType.BLOGGER);
		addEEnumLiteral(authorTypeEEnum, AuthorType.INFLUENCER);
		addEEnumLiteral(authorTypeEEnum, AuthorType.EMPLOYEE);
		addEEnumLiteral(authorTypeEEnum, AuthorType.COMPETITOR);
		addEEnumLiteral(authorTypeEEnum, AuthorType.MEDIA);

		initEEnum(sentimentEEnum, Sentiment.class, "Sentiment");
		addEEnumLiteral(sentimentEEnum, Sentiment.POSITIVE);
		addEEnumLiteral(sentimentEEnum, Sentiment.NEUTRAL);
		addEEnumLiteral(sentimentEEnum, Sentiment.NEGATIVE);
		addEEnumLiteral(sentimentEEnum, Sentiment.UNKNOWN);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(doubleArrayEDataType, double[].class, "DoubleArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(intArrayEDataType, int[].class, "IntArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(byteArrayEDataType, byte[].class, "ByteArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(mentionEDataType, Mention.class, "Mention", !IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (portfolioEClass,
		   source,
		   new String[] {
			   "constraints", "uniqueClientIds"
		   });
		addAnnotation
		  (clientEClass,
		   source,
		   new String[] {
			   "constraints", "uniqueChannelAccounts"
		   });
		addAnnotation
		  (strategyEClass,
		   source,
		   new String[] {
			   "constraints", "periodOrdered kpiWeightsPerKind uniqueKpiIds"
		   });
		addAnnotation
		  (initiativeEClass,
		   source,
		   new String[] {
			   "constraints", "datesOrdered budgetNonNegative"
		   });
		addAnnotation
		  (budgetLineEClass,
		   source,
		   new String[] {
			   "constraints", "amountsNonNegative"
		   });
		addAnnotation
		  (kpiEClass,
		   source,
		   new String[] {
			   "constraints", "weightPositive targetBeyondBaseline metricKnown"
		   });
		addAnnotation
		  (mentionLogEClass,
		   source,
		   new String[] {
			   "constraints", "columnsAligned"
		   });
	}

} //SocialystPackageImpl
