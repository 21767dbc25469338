// What the selection island does when the visitor acts beyond typing a value: starting points, adding
// and removing options, turning costs into scores, exports and reset. Each says what happened in the
// live region and puts focus where the visitor continues.
import { useState } from 'preact/hooks';
import type { MatrixResult, PresetId, SelectionState, TcoResult } from '@/models/matrix';
import { useFocusAfterRender } from '@/components/shared/island-hooks';
import { undoable } from '@/components/shared/tool-extras';
import type { SelectionExport } from './exports';
import { $selectionState, addOption, choosePreset, costToScores, equalWeights, removeOption, resetSelection } from '@/stores/selection';
import { num, optionName, tr, trDyn, type Ctx } from './text';
import { nameOf } from './verdict';

export function useSelectionActions(ctx: Ctx, state: SelectionState, result: MatrixResult, tco: TcoResult) {
  const [announce, setAnnounce] = useState('');
  const [costMessage, setCostMessage] = useState<string | null>(null);
  const focusNext = useFocusAfterRender();

  return {
    announce,
    setAnnounce,
    costMessage,
    applyPreset: (id: PresetId) => {
      choosePreset(id);
      setAnnounce(tr(ctx, 'preset.applied', { name: trDyn(ctx, `preset.${id}.name`, id) }));
    },
    onAdd: () => {
      const id = addOption();
      if (!id) return;
      const options = $selectionState.get().matrix.options;
      const index = options.findIndex((o) => o.id === id);
      focusNext.current = `sel-name-${id}`;
      setAnnounce(tr(ctx, 'options.added', { name: optionName(ctx, options[index]!, index) }));
    },
    onRemove: (id: string) => {
      const name = nameOf(ctx, state.matrix, id);
      if (!removeOption(id)) return;
      focusNext.current = 'sel-add';
      setAnnounce(tr(ctx, 'options.removedNotice', { name }));
    },
    onToScores: () => {
      const scores = costToScores();
      const options = $selectionState.get().matrix.options;
      const list = options.map((o, i) => `${optionName(ctx, o, i)} ${num(ctx, scores[o.id] ?? 0)}`).join(ctx.locale === 'zh-cn' ? '；' : '; ');
      setCostMessage(tr(ctx, 'cost.toScoresDone', { list }));
    },
    onExport: (what: SelectionExport) => import('./exports').then((m) => m.saveSelection(what, ctx, state, result, tco)),
    onEqual: () => {
      equalWeights();
      setAnnounce(tr(ctx, 'weights.equalDone'));
    },
    onReset: () => {
      undoable($selectionState, resetSelection, 'toast.reset');
      setCostMessage(null);
      setAnnounce(tr(ctx, 'export.resetDone'));
    },
  };
}
