// The plan built from one saved scenario of each tool: each chosen scenario goes into its tool (so the
// tool pages show it too), all at once and undoable together.
import { useEffect, useState } from 'preact/hooks';
import type { Scenario } from '@/models/scenarios';
import type { ToolAdapter } from '@/stores/adapters/types';
import { loadAdapter } from '@/stores/adapters';
import { scenarioList } from '@/stores/scenarios';
import type { ScnText } from './text';
import { toast } from './toast-host';
import { TOOL_KEYS, type ToolKey } from '@/models/plan/types';

const TOOLS = TOOL_KEYS;
type Tool = ToolKey;

export function BuildPlan({ text }: { text: ScnText }) {
  const { t } = text;
  const [tools, setTools] = useState<Record<Tool, { adapter: ToolAdapter<unknown>; list: Scenario<unknown>[] }> | null>(null);
  const [choice, setChoice] = useState<Partial<Record<Tool, string>>>({});
  const [status, setStatus] = useState('');
  useEffect(() => {
    void Promise.all(TOOLS.map((tool) => loadAdapter(tool))).then((adapters) => {
      const out = {} as Record<Tool, { adapter: ToolAdapter<unknown>; list: Scenario<unknown>[] }>;
      adapters.forEach((adapter, i) => (out[TOOLS[i]!] = { adapter, list: scenarioList(adapter).get() }));
      setTools(out);
    });
  }, []);
  if (!tools) return null;
  const onBuild = (e: Event) => {
    e.preventDefault();
    const picked = TOOLS.filter((tool) => choice[tool]);
    if (picked.length === 0) return setStatus(t('build.nothing'));
    const undo: (() => void)[] = [];
    for (const tool of picked) {
      const { adapter, list } = tools[tool];
      const scenario = list.find((s) => s.id === choice[tool]);
      if (!scenario) continue;
      const before = adapter.get();
      adapter.set(scenario.state);
      undo.push(() => adapter.set(before));
    }
    setStatus('');
    toast(text, t('toast.built'), () => undo.reverse().forEach((u) => u()));
  };
  return (
    <form class="scn-build" onSubmit={onBuild} data-testid="build-plan">
      <h3>{t('build.heading')}</h3>
      <p class="muted">{t('build.intro')}</p>
      {TOOLS.map((tool) => (
        <div class="field" key={tool}>
          <label for={`scn-build-${tool}`}>{t(`tool.${tool}`)}</label>
          <select id={`scn-build-${tool}`} value={choice[tool] ?? ''} disabled={tools[tool].list.length === 0} onChange={(e) => setChoice({ ...choice, [tool]: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{tools[tool].list.length ? t('build.keep') : t('build.none')}</option>
            {tools[tool].list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" class="btn secondary" data-action="build">
        {t('build.go')}
      </button>
      <p role="status">{status}</p>
    </form>
  );
}
