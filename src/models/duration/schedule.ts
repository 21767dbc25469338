/**
 * Lays the five phases on a timeline. Planning, then deployment; migration starts part-way
 * through deployment; training and pilot start when both are done; then the company-wide rollout.
 * The project ends (go-live everywhere) when the rollout ends.
 */
import { MIGRATION_START_SHARE } from './assumptions';
import type { PhaseId } from './types';

export type Durations = Readonly<Record<PhaseId, number>>;

export interface Schedule {
  start: Record<PhaseId, number>;
  end: Record<PhaseId, number>;
  total: number;
}

export function schedule(d: Durations): Schedule {
  const planningEnd = d.planning;
  const deploymentEnd = planningEnd + d.deployment;
  const migrationStart = planningEnd + d.deployment * MIGRATION_START_SHARE;
  const migrationEnd = migrationStart + d.migration;
  const trainingStart = Math.max(deploymentEnd, migrationEnd);
  const rolloutStart = trainingStart + d.training;
  const rolloutEnd = rolloutStart + d.rollout;
  return {
    start: { planning: 0, deployment: planningEnd, migration: migrationStart, training: trainingStart, rollout: rolloutStart },
    end: {
      planning: planningEnd,
      deployment: deploymentEnd,
      migration: migrationEnd,
      training: rolloutStart,
      rollout: rolloutEnd,
    },
    total: rolloutEnd,
  };
}

/** Same as schedule(d).total without allocating: the simulation calls it thousands of times. */
export function totalWeeks(planning: number, deployment: number, migration: number, training: number, rollout: number): number {
  const deploymentEnd = planning + deployment;
  const migrationEnd = planning + deployment * MIGRATION_START_SHARE + migration;
  return Math.max(deploymentEnd, migrationEnd) + training + rollout;
}
