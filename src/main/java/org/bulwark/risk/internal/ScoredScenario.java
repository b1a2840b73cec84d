package org.bulwark.risk.internal;

import org.bulwark.risk.Scenario;

/** A scenario with its method and its computed figures. */
public record ScoredScenario(AttackMethod method, Scenario scenario, ScenarioScore score) {}
