package com.socialyst.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.Client;
import com.socialyst.model.util.SocialystValidator;

/**
 * Runs the model's validator over a portfolio and each loaded client, one client at a time (so progress shows and
 * a cancelled run stops between clients), flattening EMF's diagnostic tree into a list.
 */
public final class PortfolioValidation {

	private PortfolioValidation() {
	}

	/**
	 * Every problem of {@code portfolio}.
	 *
	 * @param knownMetricIds which metric ids KPIs may use; null to leave metric ids unchecked
	 */
	public static List<ValidationProblem> validate(OpenPortfolio portfolio, Predicate<String> knownMetricIds,
			IProgressMonitor monitor) {
		List<Client> clients = portfolio.clients();
		SubMonitor progress = SubMonitor.convert(monitor, "Validating " + clients.size() + " clients",
				clients.size() + 1);
		Map<Object, Object> context = new HashMap<>();
		if (knownMetricIds != null) {
			context.put(SocialystValidator.KNOWN_METRIC_IDS, knownMetricIds);
		}
		List<ValidationProblem> problems = new ArrayList<>();
		collect(Diagnostician.INSTANCE.validate(portfolio.portfolio(), new HashMap<>(context)), null, problems);
		progress.worked(1);
		for (Client client : clients) {
			progress.split(1).subTask(client.getId());
			collect(Diagnostician.INSTANCE.validate(client, new HashMap<>(context)), client.getId(), problems);
		}
		return problems;
	}

	/** Validates one object tree (a client, or any part of it). */
	public static List<ValidationProblem> validate(EObject object, String clientId, Predicate<String> knownMetricIds) {
		Map<Object, Object> context = new HashMap<>();
		if (knownMetricIds != null) {
			context.put(SocialystValidator.KNOWN_METRIC_IDS, knownMetricIds);
		}
		List<ValidationProblem> problems = new ArrayList<>();
		collect(Diagnostician.INSTANCE.validate(object, context), clientId, problems);
		return problems;
	}

	private static void collect(Diagnostic diagnostic, String clientId, List<ValidationProblem> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				Object subject = diagnostic.getData().isEmpty() ? null : diagnostic.getData().get(0);
				problems.add(new ValidationProblem(diagnostic.getSeverity() >= Diagnostic.ERROR, clientId,
						diagnostic.getMessage(), subject instanceof EObject object ? object : null));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, clientId, problems);
		}
	}
}
