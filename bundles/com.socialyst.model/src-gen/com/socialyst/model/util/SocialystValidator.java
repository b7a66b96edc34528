/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.util;

import com.socialyst.model.*;

import java.time.LocalDate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import java.util.function.Predicate;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see com.socialyst.model.SocialystPackage
 * @generated
 */
public class SocialystValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final SocialystValidator INSTANCE = new SocialystValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "com.socialyst.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Key of a context entry holding a {@code Predicate<String>} that tells whether a metric id is known: installed
	 * metrics and the portfolio's formula metrics. Without that entry, KPIs' metric ids are not checked. Example:
	 * {@code context.put(SocialystValidator.KNOWN_METRIC_IDS, (Predicate<String>)registry::contains)}.
	 */
	public static final String KNOWN_METRIC_IDS = "com.socialyst.model.knownMetricIds";

	/** Diagnostic code: a client id is missing or used twice. */
	public static final int CLIENT_ID = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/** Diagnostic code: a channel account appears twice in a client. */
	public static final int CHANNEL_ACCOUNT = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

	/** Diagnostic code: a period or an initiative ends before it starts. */
	public static final int DATE_ORDER = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;

	/** Diagnostic code: a KPI weight, or the sum of the weights of a kind of KPI, is not > 0. */
	public static final int KPI_WEIGHT = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

	/** Diagnostic code: a KPI id is used twice in a strategy. */
	public static final int KPI_ID = GENERATED_DIAGNOSTIC_CODE_COUNT + 5;

	/** Diagnostic code: a KPI's target is on the wrong side of its baseline. */
	public static final int KPI_TARGET = GENERATED_DIAGNOSTIC_CODE_COUNT + 6;

	/** Diagnostic code: a KPI names no metric or an unknown one. */
	public static final int KPI_METRIC = GENERATED_DIAGNOSTIC_CODE_COUNT + 7;

	/** Diagnostic code: an amount that must not be negative is (or is NaN). */
	public static final int NEGATIVE_AMOUNT = GENERATED_DIAGNOSTIC_CODE_COUNT + 8;

	/** Diagnostic code: the columns of a mention log do not line up. */
	public static final int MENTION_COLUMNS = GENERATED_DIAGNOSTIC_CODE_COUNT + 9;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SocialystValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return SocialystPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case SocialystPackage.PORTFOLIO:
				return validatePortfolio((Portfolio)value, diagnostics, context);
			case SocialystPackage.FORMULA_METRIC:
				return validateFormulaMetric((FormulaMetric)value, diagnostics, context);
			case SocialystPackage.BRAND:
				return validateBrand((Brand)value, diagnostics, context);
			case SocialystPackage.CLIENT:
				return validateClient((Client)value, diagnostics, context);
			case SocialystPackage.COMMENTARY:
				return validateCommentary((Commentary)value, diagnostics, context);
			case SocialystPackage.CONTACT:
				return validateContact((Contact)value, diagnostics, context);
			case SocialystPackage.ANNOTATION:
				return validateAnnotation((Annotation)value, diagnostics, context);
			case SocialystPackage.ASSESSMENT:
				return validateAssessment((Assessment)value, diagnostics, context);
			case SocialystPackage.ANSWER:
				return validateAnswer((Answer)value, diagnostics, context);
			case SocialystPackage.STRATEGY:
				return validateStrategy((Strategy)value, diagnostics, context);
			case SocialystPackage.BUSINESS_GOAL:
				return validateBusinessGoal((BusinessGoal)value, diagnostics, context);
			case SocialystPackage.AUDIENCE:
				return validateAudience((Audience)value, diagnostics, context);
			case SocialystPackage.INITIATIVE:
				return validateInitiative((Initiative)value, diagnostics, context);
			case SocialystPackage.BUDGET_LINE:
				return validateBudgetLine((BudgetLine)value, diagnostics, context);
			case SocialystPackage.SPONSOR:
				return validateSponsor((Sponsor)value, diagnostics, context);
			case SocialystPackage.GOVERNANCE:
				return validateGovernance((Governance)value, diagnostics, context);
			case SocialystPackage.KPI:
				return validateKpi((Kpi)value, diagnostics, context);
			case SocialystPackage.KPI_PARAMETER:
				return validateKpiParameter((KpiParameter)value, diagnostics, context);
			case SocialystPackage.SOFT_VALUE:
				return validateSoftValue((SoftValue)value, diagnostics, context);
			case SocialystPackage.CHANNEL_ACCOUNT:
				return validateChannelAccount((ChannelAccount)value, diagnostics, context);
			case SocialystPackage.MEASUREMENT_SERIES:
				return validateMeasurementSeries((MeasurementSeries)value, diagnostics, context);
			case SocialystPackage.MENTION_LOG:
				return validateMentionLog((MentionLog)value, diagnostics, context);
			case SocialystPackage.INDUSTRY:
				return validateIndustry((Industry)value, diagnostics, context);
			case SocialystPackage.CLIENT_SIZE:
				return validateClientSize((ClientSize)value, diagnostics, context);
			case SocialystPackage.REPORT_LOCALE:
				return validateReportLocale((ReportLocale)value, diagnostics, context);
			case SocialystPackage.BRAND_MODE:
				return validateBrandMode((BrandMode)value, diagnostics, context);
			case SocialystPackage.GOAL_KIND:
				return validateGoalKind((GoalKind)value, diagnostics, context);
			case SocialystPackage.AUDIENCE_KIND:
				return validateAudienceKind((AudienceKind)value, diagnostics, context);
			case SocialystPackage.DEPARTMENT:
				return validateDepartment((Department)value, diagnostics, context);
			case SocialystPackage.INITIATIVE_STATUS:
				return validateInitiativeStatus((InitiativeStatus)value, diagnostics, context);
			case SocialystPackage.BUDGET_CATEGORY:
				return validateBudgetCategory((BudgetCategory)value, diagnostics, context);
			case SocialystPackage.KPI_KIND:
				return validateKpiKind((KpiKind)value, diagnostics, context);
			case SocialystPackage.DIRECTION:
				return validateDirection((Direction)value, diagnostics, context);
			case SocialystPackage.PERIOD_KIND:
				return validatePeriodKind((PeriodKind)value, diagnostics, context);
			case SocialystPackage.PLATFORM:
				return validatePlatform((Platform)value, diagnostics, context);
			case SocialystPackage.AUTHOR_TYPE:
				return validateAuthorType((AuthorType)value, diagnostics, context);
			case SocialystPackage.SENTIMENT:
				return validateSentiment((Sentiment)value, diagnostics, context);
			case SocialystPackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			case SocialystPackage.DOUBLE_ARRAY:
				return validateDoubleArray((double[])value, diagnostics, context);
			case SocialystPackage.INT_ARRAY:
				return validateIntArray((int[])value, diagnostics, context);
			case SocialystPackage.BYTE_ARRAY:
				return validateByteArray((byte[])value, diagnostics, context);
			case SocialystPackage.MENTION:
				return validateMention((Mention)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePortfolio(Portfolio portfolio, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(portfolio, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(portfolio, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(portfolio, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(portfolio, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(portfolio, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(portfolio, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(portfolio, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(portfolio, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(portfolio, diagnostics, context);
		if (result || diagnostics != null) result &= validatePortfolio_uniqueClientIds(portfolio, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueClientIds constraint of '<em>Portfolio</em>'.
	 * <!-- begin-user-doc -->
	 * Every client has an id, and no two clients share one (it names the client's file).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePortfolio_uniqueClientIds(Portfolio portfolio, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Client client : portfolio.getClients()) {
			if (client.eIsProxy()) {
				continue; // reported by the proxy constraint
			}
			String id = client.getId();
			if (id == null || id.isBlank()) {
				valid &= error(CLIENT_ID, portfolio, SocialystPackage.Literals.PORTFOLIO__CLIENTS,
					"client '" + client.getName() + "' has no id", diagnostics);
			} else {
				counts.merge(id, 1, Integer::sum);
			}
		}
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			if (entry.getValue() > 1) {
				valid &= error(CLIENT_ID, portfolio, SocialystPackage.Literals.PORTFOLIO__CLIENTS,
					"client id '" + entry.getKey() + "' is used by " + entry.getValue() + " clients", diagnostics);
			}
		}
		return valid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFormulaMetric(FormulaMetric formulaMetric, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(formulaMetric, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBrand(Brand brand, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(brand, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClient(Client client, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(client, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(client, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(client, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(client, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(client, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(client, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(client, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(client, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(client, diagnostics, context);
		if (result || diagnostics != null) result &= validateClient_uniqueChannelAccounts(client, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueChannelAccounts constraint of '<em>Client</em>'.
	 * <!-- begin-user-doc -->
	 * No two channel accounts of a client have the same platform and handle (handles compared ignoring case).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateClient_uniqueChannelAccounts(Client client, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (ChannelAccount channel : client.getChannels()) {
			String handle = channel.getHandle() == null ? "" : channel.getHandle().trim().toLowerCase(Locale.ROOT);
			counts.merge(channel.getPlatform().getLiteral() + ":" + handle, 1, Integer::sum);
		}
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			if (entry.getValue() > 1) {
				valid &= error(CHANNEL_ACCOUNT, client, SocialystPackage.Literals.CLIENT__CHANNELS,
					"channel account " + entry.getKey() + " appears " + entry.getValue() + " times", diagnostics);
			}
		}
		return valid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCommentary(Commentary commentary, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(commentary, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(contact, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnnotation(Annotation annotation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(annotation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssessment(Assessment assessment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(assessment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnswer(Answer answer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(answer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStrategy(Strategy strategy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(strategy, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validateStrategy_periodOrdered(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validateStrategy_kpiWeightsPerKind(strategy, diagnostics, context);
		if (result || diagnostics != null) result &= validateStrategy_uniqueKpiIds(strategy, diagnostics, context);
		return result;
	}

	/**
	 * Validates the periodOrdered constraint of '<em>Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * The period does not end before it starts.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStrategy_periodOrdered(Strategy strategy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		LocalDate start = strategy.getPeriodStart();
		LocalDate end = strategy.getPeriodEnd();
		if (start != null && end != null && end.isBefore(start)) {
			return error(DATE_ORDER, strategy, SocialystPackage.Literals.STRATEGY__PERIOD_END,
				"period ends " + end + ", before it starts " + start, diagnostics);
		}
		return true;
	}

	/**
	 * Validates the kpiWeightsPerKind constraint of '<em>Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * For each kind of KPI the strategy has, the weights add up to a finite number > 0.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStrategy_kpiWeightsPerKind(Strategy strategy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		for (KpiKind kind : KpiKind.VALUES) {
			double sum = 0;
			int count = 0;
			for (Kpi kpi : strategy.getKpis()) {
				if (kpi.getKind() == kind) {
					sum += kpi.getWeight();
					count++;
				}
			}
			if (count > 0 && !(sum > 0 && sum < Double.POSITIVE_INFINITY)) {
				valid &= error(KPI_WEIGHT, strategy, SocialystPackage.Literals.STRATEGY__KPIS,
					"the weights of the " + kind.getLiteral() + " KPIs add up to " + sum + ", must be > 0", diagnostics);
			}
		}
		return valid;
	}

	/**
	 * Validates the uniqueKpiIds constraint of '<em>Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * No two KPIs of a strategy share an id.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStrategy_uniqueKpiIds(Strategy strategy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Kpi kpi : strategy.getKpis()) {
			if (kpi.getId() != null) {
				counts.merge(kpi.getId(), 1, Integer::sum);
			}
		}
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			if (entry.getValue() > 1) {
				valid &= error(KPI_ID, strategy, SocialystPackage.Literals.STRATEGY__KPIS,
					"KPI id '" + entry.getKey() + "' is used by " + entry.getValue() + " KPIs", diagnostics);
			}
		}
		return valid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBusinessGoal(BusinessGoal businessGoal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(businessGoal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAudience(Audience audience, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(audience, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInitiative(Initiative initiative, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(initiative, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(initiative, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(initiative, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(initiative, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(initiative, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(initiative, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(initiative, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(initiative, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(initiative, diagnostics, context);
		if (result || diagnostics != null) result &= validateInitiative_datesOrdered(initiative, diagnostics, context);
		if (result || diagnostics != null) result &= validateInitiative_budgetNonNegative(initiative, diagnostics, context);
		return result;
	}

	/**
	 * Validates the datesOrdered constraint of '<em>Initiative</em>'.
	 * <!-- begin-user-doc -->
	 * The initiative does not end before it starts.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateInitiative_datesOrdered(Initiative initiative, DiagnosticChain diagnostics, Map<Object, Object> context) {
		LocalDate start = initiative.getStart();
		LocalDate end = initiative.getEnd();
		if (start != null && end != null && end.isBefore(start)) {
			return error(DATE_ORDER, initiative, SocialystPackage.Literals.INITIATIVE__END,
				"ends " + end + ", before it starts " + start, diagnostics);
		}
		return true;
	}

	/**
	 * Validates the budgetNonNegative constraint of '<em>Initiative</em>'.
	 * <!-- begin-user-doc -->
	 * The budget is a number >= 0.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateInitiative_budgetNonNegative(Initiative initiative, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return nonNegative(initiative, SocialystPackage.Literals.INITIATIVE__BUDGET, initiative.getBudget(), diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudgetLine(BudgetLine budgetLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(budgetLine, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateBudgetLine_amountsNonNegative(budgetLine, diagnostics, context);
		return result;
	}

	/**
	 * Validates the amountsNonNegative constraint of '<em>Budget Line</em>'.
	 * <!-- begin-user-doc -->
	 * Planned and actual amounts are numbers >= 0.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBudgetLine_amountsNonNegative(BudgetLine budgetLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = nonNegative(budgetLine, SocialystPackage.Literals.BUDGET_LINE__PLANNED, budgetLine.getPlanned(), diagnostics);
		return nonNegative(budgetLine, SocialystPackage.Literals.BUDGET_LINE__ACTUAL, budgetLine.getActual(), diagnostics) && valid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSponsor(Sponsor sponsor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sponsor, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGovernance(Governance governance, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(governance, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKpi(Kpi kpi, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(kpi, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validateKpi_weightPositive(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validateKpi_targetBeyondBaseline(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validateKpi_metricKnown(kpi, diagnostics, context);
		return result;
	}

	/**
	 * Validates the weightPositive constraint of '<em>Kpi</em>'.
	 * <!-- begin-user-doc -->
	 * The weight is a finite number > 0.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateKpi_weightPositive(Kpi kpi, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double weight = kpi.getWeight();
		if (!(weight > 0 && weight < Double.POSITIVE_INFINITY)) {
			return error(KPI_WEIGHT, kpi, SocialystPackage.Literals.KPI__WEIGHT, "weight must be > 0, is " + weight, diagnostics);
		}
		return true;
	}

	/**
	 * Validates the targetBeyondBaseline constraint of '<em>Kpi</em>'.
	 * <!-- begin-user-doc -->
	 * When baseline and target are both set, the target is not on the wrong side of the baseline for the
	 * KPI's direction (equal is allowed: keeping a level is a target too).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateKpi_targetBeyondBaseline(Kpi kpi, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!kpi.isSetBaseline() || !kpi.isSetTarget() || Double.isNaN(kpi.getBaseline()) || Double.isNaN(kpi.getTarget())) {
			return true;
		}
		double baseline = kpi.getBaseline();
		double target = kpi.getTarget();
		if (kpi.getDirection() == Direction.HIGHER_IS_BETTER && target < baseline) {
			return error(KPI_TARGET, kpi, SocialystPackage.Literals.KPI__TARGET,
				"target " + target + " is below the baseline " + baseline + ", but higher is better", diagnostics);
		}
		if (kpi.getDirection() == Direction.LOWER_IS_BETTER && target > baseline) {
			return error(KPI_TARGET, kpi, SocialystPackage.Literals.KPI__TARGET,
				"target " + target + " is above the baseline " + baseline + ", but lower is better", diagnostics);
		}
		return true;
	}

	/**
	 * Validates the metricKnown constraint of '<em>Kpi</em>'.
	 * <!-- begin-user-doc -->
	 * Only when the context has a {@link #KNOWN_METRIC_IDS} entry: the KPI names a known metric.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateKpi_metricKnown(Kpi kpi, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (context == null || !(context.get(KNOWN_METRIC_IDS) instanceof Predicate<?> known)) {
			return true;
		}
		String metricId = kpi.getMetricId();
		if (metricId == null || metricId.isBlank()) {
			return error(KPI_METRIC, kpi, SocialystPackage.Literals.KPI__METRIC_ID, "no metric chosen", diagnostics);
		}
		@SuppressWarnings("unchecked")
		Predicate<String> knownMetricIds = (Predicate<String>)known;
		if (!knownMetricIds.test(metricId)) {
			return error(KPI_METRIC, kpi, SocialystPackage.Literals.KPI__METRIC_ID, "metric '" + metricId + "' is not installed", diagnostics);
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKpiParameter(KpiParameter kpiParameter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(kpiParameter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSoftValue(SoftValue softValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(softValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannelAccount(ChannelAccount channelAccount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(channelAccount, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMeasurementSeries(MeasurementSeries measurementSeries, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(measurementSeries, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMentionLog(MentionLog mentionLog, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(mentionLog, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(mentionLog, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(mentionLog, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(mentionLog, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(mentionLog, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(mentionLog, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(mentionLog, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(mentionLog, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(mentionLog, diagnostics, context);
		if (result || diagnostics != null) result &= validateMentionLog_columnsAligned(mentionLog, diagnostics, context);
		return result;
	}

	/**
	 * Validates the columnsAligned constraint of '<em>Mention Log</em>'.
	 * <!-- begin-user-doc -->
	 * Every column has one value per mention (as many as dates) and every index points into its table.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMentionLog_columnsAligned(MentionLog mentionLog, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int size = mentionLog.size();
		boolean valid = true;
		valid &= aligned(mentionLog, SocialystPackage.Literals.MENTION_LOG__PLATFORMS, mentionLog.getPlatforms() == null ? 0 : mentionLog.getPlatforms().length, size, diagnostics);
		valid &= aligned(mentionLog, SocialystPackage.Literals.MENTION_LOG__AUTHOR_TYPES, mentionLog.getAuthorTypes() == null ? 0 : mentionLog.getAuthorTypes().length, size, diagnostics);
		valid &= aligned(mentionLog, SocialystPackage.Literals.MENTION_LOG__SENTIMENTS, mentionLog.getSentiments() == null ? 0 : mentionLog.getSentiments().length, size, diagnostics);
		valid &= aligned(mentionLog, SocialystPackage.Literals.MENTION_LOG__REACH, mentionLog.getReach() == null ? 0 : mentionLog.getReach().length, size, diagnostics);
		valid &= indexesInTable(mentionLog, SocialystPackage.Literals.MENTION_LOG__TOPICS, mentionLog.getTopics(), size, mentionLog.getTopicTable().size(), diagnostics);
		valid &= indexesInTable(mentionLog, SocialystPackage.Literals.MENTION_LOG__COUNTRIES, mentionLog.getCountries(), size, mentionLog.getCountryTable().size(), diagnostics);
		valid &= indexesInTable(mentionLog, SocialystPackage.Literals.MENTION_LOG__BRANDS, mentionLog.getBrands(), size, mentionLog.getBrandTable().size(), diagnostics);
		return valid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndustry(Industry industry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClientSize(ClientSize clientSize, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReportLocale(ReportLocale reportLocale, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBrandMode(BrandMode brandMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGoalKind(GoalKind goalKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAudienceKind(AudienceKind audienceKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDepartment(Department department, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInitiativeStatus(InitiativeStatus initiativeStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudgetCategory(BudgetCategory budgetCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKpiKind(KpiKind kpiKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDirection(Direction direction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePeriodKind(PeriodKind periodKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlatform(Platform platform, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAuthorType(AuthorType authorType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSentiment(Sentiment sentiment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDoubleArray(double[] doubleArray, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIntArray(int[] intArray, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateByteArray(byte[] byteArray, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMention(Mention mention, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

	/**
	 * Adds an error naming the object and the feature ({@code Client 'acme' › Strategy 2026 › KPI 'Leads' (weight): ...}),
	 * with the object and the feature as data so that editors can select them.
	 *
	 * @return {@code false}
	 */
	private static boolean error(int code, EObject object, EStructuralFeature feature, String problem, DiagnosticChain diagnostics) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, ModelLabels.path(object, feature) + ": " + problem,
				new Object[] { object, feature }));
		}
		return false;
	}

	private static boolean nonNegative(EObject object, EAttribute feature, double amount, DiagnosticChain diagnostics) {
		if (!(amount >= 0)) {
			return error(NEGATIVE_AMOUNT, object, feature, feature.getName() + " must be >= 0, is " + amount, diagnostics);
		}
		return true;
	}

	private static boolean aligned(MentionLog log, EAttribute column, int length, int size, DiagnosticChain diagnostics) {
		if (length != size) {
			return error(MENTION_COLUMNS, log, column, length + " values for " + size + " mentions", diagnostics);
		}
		return true;
	}

	private static boolean indexesInTable(MentionLog log, EAttribute column, int[] indexes, int size, int tableSize, DiagnosticChain diagnostics) {
		int length = indexes == null ? 0 : indexes.length;
		if (!aligned(log, column, length, size, diagnostics)) {
			return false;
		}
		for (int row = 0; row < length; row++) {
			if (indexes[row] < -1 || indexes[row] >= tableSize) {
				return error(MENTION_COLUMNS, log, column, "mention " + row + " refers to entry " + indexes[row] + " of a table of " + tableSize,
					diagnostics);
			}
		}
		return true;
	}

} //SocialystValidator
