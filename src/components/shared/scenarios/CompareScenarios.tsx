// Compares any two of: the current answers and the saved scenarios. The tool's dictionary loads when
// a comparison is asked for, so the comparison reads in the page's language.
import { useState } from 'preact/hooks';
import type { Scenario } from '@/models/scenarios';
import type { Comparison, ToolAdapter } from '@/stores/adapters/types';
import { CompareView } from './CompareView';
import { toolDictionaries, type ScnText } from './text';

/** The id that stands for the current, unsaved answers. */
export const CURRENT = '';

interface Props {
  adapter: ToolAdapter<unknown>;
  text: ScnText;
  today: string;
  list: Scenario<unknown>[];
  pick: [string, string];
  onPick: (pick: [string, string]) => void;
  onStatus: (message: string) => void;
}

export function CompareScenarios({ adapter, text, today, list, pick, onPick, onStatus }: Props) {
  const { t } = text;
  const [compare, setCompare] = useState<{ list: Comparison[]; dict: Record<string, string>; labels: { a: string; b: string } } | null>(null);
  const labelOf = (id: string) => (id === CURRENT ? t('scn.current') : list.find((s) => s.id === id)?.name ?? '');
  const stateOf = (id: string) => (id === CURRENT ? adapter.get() : list.find((s) => s.id === id)?.state);
  const onCompare = async (e: Event) => {
    e.preventDefault();
    const [a, b] = pick;
    if (a === b) return onStatus(t('scn.compareSame'));
    const dict = await toolDictionaries(adapter.tool, text.locale);
    setCompare({ list: adapter.compare(stateOf(a), stateOf(b), today, { locale: text.locale, strings: dict }), dict, labels: { a: labelOf(a), b: labelOf(b) } });
  };
  const choices = [{ id: CURRENT, name: t('scn.current') }, ...list];

  return (
    <>
      <form class="scn-compare-form" onSubmit={(e) => void onCompare(e)}>
        {([0, 1] as const).map((i) => (
          <div class="field" key={i}>
            <label for={`scn-pick-${i}`}>{t(i === 0 ? 'scn.compareA' : 'scn.compareB')}</label>
            <select
              id={`scn-pick-${i}`}
              value={pick[i]}
              onChange={(e) => {
                const next: [string, string] = [...pick];
                next[i] = (e.currentTarget as HTMLSelectElement).value;
                onPick(next);
              }}
            >
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" class="btn secondary" data-action="compare">
          {t('scn.compareGo')}
        </button>
      </form>
      {compare && <CompareView comparisons={compare.list} dict={compare.dict} text={text} labels={compare.labels} onClose={() => setCompare(null)} />}
    </>
  );
}
