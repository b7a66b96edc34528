package com.socialyst.diagnosis;

import java.time.LocalDate;

import com.socialyst.metrics.MetricEngine;
import com.socialyst.model.Client;
import com.socialyst.model.Strategy;

/**
 * What a rule reads: the client, its strategy in force on the diagnosis day (null when none), that day, and the
 * metric engine for anything computed from measurements.
 */
public record DiagnosisContext(Client client, Strategy strategy, LocalDate asOf, MetricEngine engine) {
}
