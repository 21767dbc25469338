// The selection tool's state in a share link: the preset by index, weights and scores in criterion
// order (scores as a digit string when they are whole 1-5), the price rows without their ids (they
// follow the options' order, as alignTco keeps them).
import { at, indexIn, isList } from '@/lib/pack';
import { CRITERIA } from './criteria';
import { PRESET_IDS } from './presets';
import type { SelectionState } from './state';

const IDS = CRITERIA.map((c) => c.id);

function packScores(scores: Record<string, number>): string | number[] {
  const list = IDS.map((id) => scores[id] ?? 3);
  return list.every((s) => Number.isInteger(s) && s >= 1 && s <= 5) ? list.join('') : list;
}

function unpackScores(p: unknown): Record<string, unknown> | null {
  const list = typeof p === 'string' && /^[1-5]+$/.test(p) ? [...p].map(Number) : isList(p) ? p : null;
  if (!list || list.length !== IDS.length) return null;
  return Object.fromEntries(IDS.map((id, i) => [id, list[i]]));
}

export const SELECTION_SHARE = {
  pack: (s: SelectionState): unknown[] => [
    indexIn(PRESET_IDS, s.preset),
    IDS.map((id) => s.matrix.weights[id] ?? 0),
    s.matrix.options.map((o) => [o.id, o.label ?? 0, packScores(o.scores)]),
    [s.tco.users, s.tco.years, s.tco.options.map((t) => [t.licensePerUserPerMonth, t.implementation, t.annualMaintenance, t.trainingPerUser])],
  ],
  unpack(p: unknown): Record<string, unknown> | null {
    if (!isList(p, 4) || !isList(p[1], IDS.length) || !isList(p[2]) || !isList(p[3], 3)) return null;
    const [, weights, options, [users, years, prices]] = p as [unknown, unknown[], unknown[], unknown[]];
    if (!isList(prices) || prices.length !== options.length) return null;
    const opts: Record<string, unknown>[] = [];
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < options.length; i += 1) {
      const o = options[i];
      const t = prices[i];
      if (!isList(o, 3) || !isList(t, 4)) return null;
      const scores = unpackScores(o[2]);
      if (!scores) return null;
      opts.push(o[1] === 0 ? { id: o[0], scores } : { id: o[0], label: o[1], scores });
      rows.push({ id: o[0], licensePerUserPerMonth: t[0], implementation: t[1], annualMaintenance: t[2], trainingPerUser: t[3] });
    }
    return {
      preset: at(PRESET_IDS, p[0]),
      matrix: { weights: Object.fromEntries(IDS.map((id, i) => [id, weights[i]])), options: opts },
      tco: { users, years, options: rows },
    };
  },
};
