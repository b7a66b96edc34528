/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.impl;

import com.socialyst.model.*;

import com.socialyst.model.util.ArrayCodec;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SocialystFactoryImpl extends EFactoryImpl implements SocialystFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SocialystFactory init() {
		try {
			SocialystFactory theSocialystFactory = (SocialystFactory)EPackage.Registry.INSTANCE.getEFactory(SocialystPackage.eNS_URI);
			if (theSocialystFactory != null) {
				return theSocialystFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SocialystFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SocialystFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SocialystPackage.PORTFOLIO: return createPortfolio();
			case SocialystPackage.FORMULA_METRIC: return createFormulaMetric();
			case SocialystPackage.BRAND: return createBrand();
			case SocialystPackage.CLIENT: return createClient();
			case SocialystPackage.COMMENTARY: return createCommentary();
			case SocialystPackage.CONTACT: return createContact();
			case SocialystPackage.ANNOTATION: return createAnnotation();
			case SocialystPackage.ASSESSMENT: return createAssessment();
			case SocialystPackage.ANSWER: return createAnswer();
			case SocialystPackage.STRATEGY: return createStrategy();
			case SocialystPackage.BUSINESS_GOAL: return createBusinessGoal();
			case SocialystPackage.AUDIENCE: return createAudience();
			case SocialystPackage.INITIATIVE: return createInitiative();
			case SocialystPackage.BUDGET_LINE: return createBudgetLine();
			case SocialystPackage.SPONSOR: return createSponsor();
			case SocialystPackage.GOVERNANCE: return createGovernance();
			case SocialystPackage.KPI: return createKpi();
			case SocialystPackage.KPI_PARAMETER: return createKpiParameter();
			case SocialystPackage.SOFT_VALUE: return createSoftValue();
			case SocialystPackage.CHANNEL_ACCOUNT: return createChannelAccount();
			case SocialystPackage.MEASUREMENT_SERIES: return createMeasurementSeries();
			case SocialystPackage.MENTION_LOG: return createMentionLog();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SocialystPackage.INDUSTRY:
				return createIndustryFromString(eDataType, initialValue);
			case SocialystPackage.CLIENT_SIZE:
				return createClientSizeFromString(eDataType, initialValue);
			case SocialystPackage.REPORT_LOCALE:
				return createReportLocaleFromString(eDataType, initialValue);
			case SocialystPackage.BRAND_MODE:
				return createBrandModeFromString(eDataType, initialValue);
			case SocialystPackage.GOAL_KIND:
				return createGoalKindFromString(eDataType, initialValue);
			case SocialystPackage.AUDIENCE_KIND:
				return createAudienceKindFromString(eDataType, initialValue);
			case SocialystPackage.DEPARTMENT:
				return createDepartmentFromString(eDataType, initialValue);
			case SocialystPackage.INITIATIVE_STATUS:
				return createInitiativeStatusFromString(eDataType, initialValue);
			case SocialystPackage.BUDGET_CATEGORY:
				return createBudgetCategoryFromString(eDataType, initialValue);
			case SocialystPackage.KPI_KIND:
				return createKpiKindFromString(eDataType, initialValue);
			case SocialystPackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case SocialystPackage.PERIOD_KIND:
				return createPeriodKindFromString(eDataType, initialValue);
			case SocialystPackage.PLATFORM:
				return createPlatformFromString(eDataType, initialValue);
			case SocialystPackage.AUTHOR_TYPE:
				return createAuthorTypeFromString(eDataType, initialValue);
			case SocialystPackage.SENTIMENT:
				return createSentimentFromString(eDataType, initialValue);
			case SocialystPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case SocialystPackage.DOUBLE_ARRAY:
				return createDoubleArrayFromString(eDataType, initialValue);
			case SocialystPackage.INT_ARRAY:
				return createIntArrayFromString(eDataType, initialValue);
			case SocialystPackage.BYTE_ARRAY:
				return createByteArrayFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SocialystPackage.INDUSTRY:
				return convertIndustryToString(eDataType, instanceValue);
			case SocialystPackage.CLIENT_SIZE:
				return convertClientSizeToString(eDataType, instanceValue);
			case SocialystPackage.REPORT_LOCALE:
				return convertReportLocaleToString(eDataType, instanceValue);
			case SocialystPackage.BRAND_MODE:
				return convertBrandModeToString(eDataType, instanceValue);
			case SocialystPackage.GOAL_KIND:
				return convertGoalKindToString(eDataType, instanceValue);
			case SocialystPackage.AUDIENCE_KIND:
				return convertAudienceKindToString(eDataType, instanceValue);
			case SocialystPackage.DEPARTMENT:
				return convertDepartmentToString(eDataType, instanceValue);
			case SocialystPackage.INITIATIVE_STATUS:
				return convertInitiativeStatusToString(eDataType, instanceValue);
			case SocialystPackage.BUDGET_CATEGORY:
				return convertBudgetCategoryToString(eDataType, instanceValue);
			case SocialystPackage.KPI_KIND:
				return convertKpiKindToString(eDataType, instanceValue);
			case SocialystPackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case SocialystPackage.PERIOD_KIND:
				return convertPeriodKindToString(eDataType, instanceValue);
			case SocialystPackage.PLATFORM:
				return convertPlatformToString(eDataType, instanceValue);
			case SocialystPackage.AUTHOR_TYPE:
				return convertAuthorTypeToString(eDataType, instanceValue);
			case SocialystPackage.SENTIMENT:
				return convertSentimentToString(eDataType, instanceValue);
			case SocialystPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case SocialystPackage.DOUBLE_ARRAY:
				return convertDoubleArrayToString(eDataType, instanceValue);
			case SocialystPackage.INT_ARRAY:
				return convertIntArrayToString(eDataType, instanceValue);
			case SocialystPackage.BYTE_ARRAY:
				return convertByteArrayToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Portfolio createPortfolio() {
		PortfolioImpl portfolio = new PortfolioImpl();
		return portfolio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormulaMetric createFormulaMetric() {
		FormulaMetricImpl formulaMetric = new FormulaMetricImpl();
		return formulaMetric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Brand createBrand() {
		BrandImpl brand = new BrandImpl();
		return brand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Client createClient() {
		ClientImpl client = new ClientImpl();
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Commentary createCommentary() {
		CommentaryImpl commentary = new CommentaryImpl();
		return commentary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact createContact() {
		ContactImpl contact = new ContactImpl();
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotation createAnnotation() {
		AnnotationImpl annotation = new AnnotationImpl();
		return annotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment() {
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answer createAnswer() {
		AnswerImpl answer = new AnswerImpl();
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strategy createStrategy() {
		StrategyImpl strategy = new StrategyImpl();
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessGoal createBusinessGoal() {
		BusinessGoalImpl businessGoal = new BusinessGoalImpl();
		return businessGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Audience createAudience() {
		AudienceImpl audience = new AudienceImpl();
		return audience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Initiative createInitiative() {
		InitiativeImpl initiative = new InitiativeImpl();
		return initiative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine createBudgetLine() {
		BudgetLineImpl budgetLine = new BudgetLineImpl();
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sponsor createSponsor() {
		SponsorImpl sponsor = new SponsorImpl();
		return sponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Governance createGovernance() {
		GovernanceImpl governance = new GovernanceImpl();
		return governance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kpi createKpi() {
		KpiImpl kpi = new KpiImpl();
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KpiParameter createKpiParameter() {
		KpiParameterImpl kpiParameter = new KpiParameterImpl();
		return kpiParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoftValue createSoftValue() {
		SoftValueImpl softValue = new SoftValueImpl();
		return softValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelAccount createChannelAccount() {
		ChannelAccountImpl channelAccount = new ChannelAccountImpl();
		return channelAccount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasurementSeries createMeasurementSeries() {
		MeasurementSeriesImpl measurementSeries = new MeasurementSeriesImpl();
		return measurementSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MentionLog createMentionLog() {
		MentionLogImpl mentionLog = new MentionLogImpl();
		return mentionLog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Industry createIndustryFromString(EDataType eDataType, String initialValue) {
		Industry result = Industry.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIndustryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClientSize createClientSizeFromString(EDataType eDataType, String initialValue) {
		ClientSize result = ClientSize.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClientSizeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReportLocale createReportLocaleFromString(EDataType eDataType, String initialValue) {
		ReportLocale result = ReportLocale.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReportLocaleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BrandMode createBrandModeFromString(EDataType eDataType, String initialValue) {
		BrandMode result = BrandMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBrandModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GoalKind createGoalKindFromString(EDataType eDataType, String initialValue) {
		GoalKind result = GoalKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGoalKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AudienceKind createAudienceKindFromString(EDataType eDataType, String initialValue) {
		AudienceKind result = AudienceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAudienceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Department createDepartmentFromString(EDataType eDataType, String initialValue) {
		Department result = Department.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDepartmentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InitiativeStatus createInitiativeStatusFromString(EDataType eDataType, String initialValue) {
		InitiativeStatus result = InitiativeStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInitiativeStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudgetCategory createBudgetCategoryFromString(EDataType eDataType, String initialValue) {
		BudgetCategory result = BudgetCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBudgetCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KpiKind createKpiKindFromString(EDataType eDataType, String initialValue) {
		KpiKind result = KpiKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKpiKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue) {
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PeriodKind createPeriodKindFromString(EDataType eDataType, String initialValue) {
		PeriodKind result = PeriodKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeriodKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Platform createPlatformFromString(EDataType eDataType, String initialValue) {
		Platform result = Platform.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlatformToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AuthorType createAuthorTypeFromString(EDataType eDataType, String initialValue) {
		AuthorType result = AuthorType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAuthorTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sentiment createSentimentFromString(EDataType eDataType, String initialValue) {
		Sentiment result = Sentiment.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSentimentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * ISO-8601, e.g. 2026-01-31.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return initialValue == null ? null : LocalDate.parse(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * ISO-8601, e.g. 2026-01-31.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * See {@link ArrayCodec} for the format.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public double[] createDoubleArrayFromString(EDataType eDataType, String initialValue) {
		return ArrayCodec.decodeDoubles(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * See {@link ArrayCodec} for the format.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertDoubleArrayToString(EDataType eDataType, Object instanceValue) {
		return ArrayCodec.encodeDoubles((double[])instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * See {@link ArrayCodec} for the format.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public int[] createIntArrayFromString(EDataType eDataType, String initialValue) {
		return ArrayCodec.decodeInts(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * See {@link ArrayCodec} for the format.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertIntArrayToString(EDataType eDataType, Object instanceValue) {
		return ArrayCodec.encodeInts((int[])instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * See {@link ArrayCodec} for the format.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public byte[] createByteArrayFromString(EDataType eDataType, String initialValue) {
		return ArrayCodec.decodeBytes(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * See {@link ArrayCodec} for the format.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertByteArrayToString(EDataType eDataType, Object instanceValue) {
		return ArrayCodec.encodeBytes((byte[])instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SocialystPackage getSocialystPackage() {
		return (SocialystPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SocialystPackage getPackage() {
		return SocialystPackage.eINSTANCE;
	}

} //SocialystFactoryImpl
