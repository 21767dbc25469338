import { $selectionState, SHARE_NAME, replaceSelectionState } from '../selection';
import { parseSelectionState, type SelectionState } from '@/models/matrix/state';
import { scoreMatrix } from '@/models/matrix/score';
import { computeTco } from '@/models/matrix/tco';
import { compareSelections, type SelectionSide } from '@/models/scenarios/selection';
import { optionDisplayName } from '@/i18n/option-names';
import { readToolLink } from './link';
import type { PageText, ToolAdapter } from './types';

function side(state: SelectionState, page: PageText): SelectionSide {
  const names = Object.fromEntries(state.matrix.options.map((o, i) => [o.id, optionDisplayName(page.strings, o, i)]));
  return { result: scoreMatrix(state.matrix), tco: computeTco(state.tco), years: state.tco.years, names };
}

export const selectionAdapter: ToolAdapter<SelectionState> = {
  tool: 'selection',
  readLink: (hash) => readToolLink(hash, SHARE_NAME, () => import('@/models/matrix/share-pack').then((m) => m.SELECTION_SHARE), parseSelectionState),
  get: () => $selectionState.get(),
  set: replaceSelectionState,
  parse: parseSelectionState,
  compare: (a, b, _today, page) => [{ tool: 'selection', c: compareSelections(side(a, page), side(b, page)) }],
};
