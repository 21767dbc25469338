// The answers the tools disagree on, as the printed report names them. On screen the page offers to
// settle each one; paper cannot, so the brief says which answers differ and which part of the report
// rests on each, and a reader is not left with two figures that contradict each other silently.
import type { AnswerSource, ConsistencyIssue, IssueCode, IssueValue } from './types';

/** The parts of the report a tool's answer feeds. */
export type ReportSection = 'readiness' | 'timeline' | 'platform';

/**
 * Where each source's answer shows in the report. The company profile only fills in the tools'
 * answers (the tools then hold their own), so no section rests on it directly.
 */
const SECTION_OF: Readonly<Record<AnswerSource, ReportSection | null>> = {
  profile: null,
  readiness: 'readiness',
  duration: 'timeline',
  selection: 'platform',
};

export interface ConflictUse {
  value: IssueValue;
  sources: AnswerSource[];
  /** The report's sections computed from this value. */
  sections: ReportSection[];
}

export interface ReportConflict {
  code: IssueCode;
  uses: ConflictUse[];
}

/** Conflicts only, in the checks' order: a gap (an answer one tool lacks) contradicts nothing on paper. */
export function reportConflicts(issues: readonly ConsistencyIssue[]): ReportConflict[] {
  return issues
    .filter((issue) => issue.kind === 'conflict')
    .map((issue) => ({
      code: issue.code,
      uses: issue.choices.map((choice) => ({
        value: choice.value,
        sources: [...choice.sources],
        sections: choice.sources.map((s) => SECTION_OF[s]).filter((s): s is ReportSection => s !== null),
      })),
    }));
}
