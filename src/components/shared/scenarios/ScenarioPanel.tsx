// A tool's scenarios: save the current answers under a name, switch, rename, duplicate, delete (with
// Undo), compare any two (or one with the current answers), and move them as one file. On the plan
// page it also builds the plan from one chosen scenario of each tool. The parts report into one
// status line.
import { useState } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import { $storageAvailable } from '@/stores/storage-engine';
import { scenarioList } from '@/stores/scenarios';
import type { ToolAdapter } from '@/stores/adapters/types';
import { BuildPlan } from './BuildPlan';
import { CURRENT, CompareScenarios } from './CompareScenarios';
import { SaveScenarioForm } from './SaveScenarioForm';
import { ScenarioFile } from './ScenarioFile';
import { ScenarioList } from './ScenarioList';
import type { ScnText } from './text';

interface Props {
  adapter: ToolAdapter<unknown>;
  text: ScnText;
  today: string;
  onClose: () => void;
}

export function ScenarioPanel({ adapter, text, today, onClose }: Props) {
  const { t } = text;
  const list = useStore(scenarioList(adapter));
  const storageOk = useStore($storageAvailable);
  const [status, setStatus] = useState('');
  // The current answers against the last saved scenario, until the visitor picks others.
  const [pick, setPick] = useState<[string, string]>(() => [CURRENT, list[list.length - 1]?.id ?? CURRENT]);

  const onSaved = (id: string, name: string) => {
    setPick([CURRENT, id]);
    setStatus(t('scn.saved', { name }));
  };

  return (
    <section class="scn-panel card no-print" aria-labelledby="scn-title" data-testid="scenarios">
      <h2 id="scn-title">{t('scn.heading')}</h2>
      <p class="muted">{t('scn.intro')}</p>
      {!storageOk && (
        <p class="notice warn" role="alert" data-testid="scn-storage">
          {t('scn.storageOff')}
        </p>
      )}
      <SaveScenarioForm adapter={adapter} text={text} suggested={t('scn.defaultName', { n: list.length + 1 })} onSaved={onSaved} />
      <p role="status" class="scn-status">
        {status}
      </p>

      <h3>{t('scn.list')}</h3>
      <ScenarioList adapter={adapter} text={text} list={list} onStatus={setStatus} />

      <h3>{t('scn.compareHeading')}</h3>
      <CompareScenarios adapter={adapter} text={text} today={today} list={list} pick={pick} onPick={setPick} onStatus={setStatus} />

      {adapter.tool === 'plan' && <BuildPlan text={text} />}

      <h3>{t('scn.fileHeading')}</h3>
      <ScenarioFile adapter={adapter} text={text} empty={list.length === 0} onStatus={setStatus} />
      <p>
        <button type="button" class="btn secondary" onClick={onClose} data-action="close-scenarios">
          {t('scn.close')}
        </button>
      </p>
    </section>
  );
}
