// What the selection matrix does when the visitor acts beyond typing a value or picking a starting
// situation: adding and removing options, turning costs into scores, exports and reset. Each says what
// happened in the island's live region (`say`) and puts focus where the visitor continues.
import { useState } from 'preact/hooks';
import type { MatrixResult, SelectionState, TcoResult } from '@/models/matrix';
import { useFocusAfterRender } from '@/components/shared/island-hooks';
import { undoable } from '@/components/shared/tool-extras';
import type { SelectionExport } from './exports';
import { $selectionState, resetSelection } from '@/stores/selection';
import { addOption, costToScores, equalWeights, removeOption } from '@/stores/selection-edits';
import { type Text } from './text';
import { nameOf } from './verdict';

export function useSelectionActions(text: Text, state: SelectionState, result: MatrixResult, tco: TcoResult, setAnnounce: (message: string) => void) {
  const [costMessage, setCostMessage] = useState<string | null>(null);
  const focusNext = useFocusAfterRender();

  return {
    costMessage,
    onAdd: () => {
      const id = addOption();
      if (!id) return;
      const options = $selectionState.get().matrix.options;
      const index = options.findIndex((o) => o.id === id);
      focusNext.current = `sel-name-${id}`;
      setAnnounce(text.t('options.added', { name: text.optionName(options[index]!, index) }));
    },
    onRemove: (id: string) => {
      const name = nameOf(text, state.matrix, id);
      if (!removeOption(id)) return;
      focusNext.current = 'sel-add';
      setAnnounce(text.t('options.removedNotice', { name }));
    },
    onToScores: () => {
      const scores = costToScores();
      const options = $selectionState.get().matrix.options;
      const list = options.map((o, i) => `${text.optionName(o, i)} ${text.num(scores[o.id] ?? 0)}`).join(text.locale === 'zh-cn' ? '；' : '; ');
      setCostMessage(text.t('cost.toScoresDone', { list }));
    },
    onExport: (what: SelectionExport) => import('./exports').then((m) => m.saveSelection(what, text, state, result, tco)),
    onEqual: () => {
      equalWeights();
      setAnnounce(text.t('weights.equalDone'));
    },
    onReset: () => {
      undoable($selectionState, resetSelection, 'toast.reset');
      setCostMessage(null);
      setAnnounce(text.t('export.resetDone'));
    },
  };
}
