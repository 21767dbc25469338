// What differs between two selection matrices: the leading option, its margin, whether the lead
// flips, and what each option costs over the period. Option names come from the page (an option is
// matched across the two sides by its name, since ids are local to a matrix).
import type { MatrixResult, TcoResult } from '../matrix/types';
import { pair, type Pair } from './pair';

export interface SelectionSide {
  result: MatrixResult;
  tco: TcoResult;
  years: number;
  /** option id -> the name the visitor sees */
  names: Readonly<Record<string, string>>;
}

export interface SelectionComparison {
  /** Name of the leading option; null on a tie. */
  leader: Pair<string | null>;
  margin: Pair<number>;
  /** Both sides have a clear leader and it is not the same option. */
  leadFlips: boolean;
  years: Pair<number>;
  /** Total cost over the period, per option name (null when the option is on one side only). */
  costs: { name: string; total: Pair<number | null> }[];
  /** Score out of 100, per option name. */
  scores: { name: string; total: Pair<number | null> }[];
  differs: boolean;
}

const nameOf = (s: SelectionSide, id: string | null) => (id === null ? null : s.names[id] ?? id);

function byName(a: SelectionSide, b: SelectionSide, value: (s: SelectionSide, id: string) => number | undefined) {
  const names: string[] = [];
  for (const s of [a, b]) for (const id of s.result.ranking) {
    const n = nameOf(s, id)!;
    if (!names.includes(n)) names.push(n);
  }
  const find = (s: SelectionSide, name: string) => {
    const id = s.result.ranking.find((x) => nameOf(s, x) === name);
    return id === undefined ? null : value(s, id) ?? null;
  };
  return names.map((name) => ({ name, total: pair(find(a, name), find(b, name)) }));
}

export function compareSelections(a: SelectionSide, b: SelectionSide): SelectionComparison {
  const leader = pair(nameOf(a, a.result.winner), nameOf(b, b.result.winner));
  const margin = pair(a.result.margin, b.result.margin);
  const leadFlips = leader.a !== null && leader.b !== null && leader.a !== leader.b;
  const years = pair(a.years, b.years);
  const costs = byName(a, b, (s, id) => s.tco.options.find((o) => o.id === id)?.total);
  const scores = byName(a, b, (s, id) => s.result.totals[id]);
  const differs = leader.differs || margin.differs || years.differs || costs.some((c) => c.total.differs) || scores.some((c) => c.total.differs);
  return { leader, margin, leadFlips, years, costs, scores, differs };
}
