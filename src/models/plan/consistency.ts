// Answers that several tools ask for must agree. This finds where they do not (a `conflict`) and
// where the estimator lacks an answer another tool already has (a `gap`), so the page can let the
// visitor pick one value and write it everywhere.
import { scoreMatrix } from '@/models/matrix';
import { commitmentLevel, type ReadinessAnswers } from '@/models/readiness';
import type { Platform } from '@/models/duration';
import { canonicalJson } from './canonical';
import type { AnswerSource, ConsistencyIssue, IssueChoice, IssueCode, IssueValue, PlanState } from './types';

/** The matrix's two standard options and the estimator's platform answer they correspond to. */
export const PLATFORM_OF_OPTION: Readonly<Record<string, Platform>> = { saas: 'saas', lowcode: 'lowCode' };

interface Given {
  source: AnswerSource;
  value: IssueValue;
  /** Whether choosing this value can be written into every tool that asks (else: keep as is). */
  writable?: boolean;
}

function issue(code: IssueCode, given: readonly Given[]): ConsistencyIssue | null {
  const choices: IssueChoice[] = [];
  for (const g of given) {
    const found = choices.find((c) => c.value === g.value);
    if (found) found.sources.push(g.source);
    else choices.push({ value: g.value, sources: [g.source], writable: g.writable ?? true });
  }
  if (choices.length < 2) return null;
  return { code, kind: 'conflict', choices, signature: canonicalJson([code, choices.map((c) => [c.value, c.sources])]) };
}

function gap(code: IssueCode, value: IssueValue, sources: AnswerSource[]): ConsistencyIssue {
  const choices = [{ value, sources, writable: true }];
  return { code, kind: 'gap', choices, signature: canonicalJson([code, 'gap', value]) };
}

const answered = <K extends keyof ReadinessAnswers>(a: Partial<ReadinessAnswers> | null, k: K): ReadinessAnswers[K] | undefined => a?.[k];

/** Conflicts first (they change results), each kind in a fixed order: start, size, expansion, key staff, commitment, platform. */
export function findInconsistencies(plan: PlanState): ConsistencyIssue[] {
  const out: ConsistencyIssue[] = [];
  const { profile, readiness, duration, selection } = plan;
  const push = (i: ConsistencyIssue | null) => i && out.push(i);

  // Planned start: the profile, the readiness self-assessment and the estimator each hold one.
  const starts: Given[] = [];
  if (profile.plannedStart) starts.push({ source: 'profile', value: profile.plannedStart });
  const readinessStart = answered(readiness, 'plannedStart');
  if (readinessStart) starts.push({ source: 'readiness', value: readinessStart });
  if (duration?.startDate) starts.push({ source: 'duration', value: duration.startDate });
  push(issue('planned-start', starts));

  if (duration && profile.companySize) {
    push(issue('company-size', [
      { source: 'profile', value: profile.companySize },
      { source: 'duration', value: duration.companySize },
    ]));
  }

  const stage = answered(readiness, 'companyStage');
  if (duration && stage) {
    push(issue('expansion', [
      { source: 'readiness', value: stage !== 'stable' },
      { source: 'duration', value: duration.expanding ?? false },
    ]));
  }

  const turnover = answered(readiness, 'keyStaffTurnover');
  if (duration && turnover) {
    push(issue('key-staff', [
      { source: 'readiness', value: turnover === 'high' },
      { source: 'duration', value: duration.keyStaffTurnover ?? false },
    ]));
  }

  const sponsor = answered(readiness, 'executiveSponsor');
  const team = answered(readiness, 'projectTeam');
  const keyUsers = answered(readiness, 'keyUsersAvailable');
  if (duration && sponsor && team && keyUsers) {
    // Three readiness answers make one commitment level; the reverse has no single answer, so the
    // estimator's value can only be kept, not written back.
    push(issue('commitment', [
      { source: 'readiness', value: commitmentLevel({ executiveSponsor: sponsor, projectTeam: team, keyUsersAvailable: keyUsers }) },
      { source: 'duration', value: duration.internalCommitment, writable: false },
    ]));
  }

  if (duration && selection) {
    const winner = scoreMatrix(selection.matrix).winner;
    const platform = winner === null ? undefined : PLATFORM_OF_OPTION[winner];
    if (platform) {
      push(issue('platform', [
        { source: 'selection', value: platform },
        { source: 'duration', value: duration.platform, writable: false },
      ]));
    }
  }

  // Gap: the estimator has no start date although the visitor gave one elsewhere, so the timeline
  // has no dates. Only when the estimator was used; an unused one prefills from the profile itself.
  if (duration && !duration.startDate) {
    const known = starts.filter((s) => s.source !== 'duration');
    const values = [...new Set(known.map((s) => s.value))];
    if (values.length === 1) out.push(gap('planned-start', values[0]!, known.map((s) => s.source)));
  }
  return out;
}
