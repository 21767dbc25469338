// The bar over a page opened from a shared link: the page shows the colleague's version, read-only,
// and nothing the visitor saved changes until they pick one of the four choices. A link that could
// not be read gets a notice saying what was wrong and that the visitor's data is untouched. When the
// visitor's scenario list is full, the bar says so and lets them make room (MakeRoom).
import { useRef, useState } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import { SCENARIO_LIMITS } from '@/models/scenarios';
import { $sharedView, closeSharedView, keepShared, replaceWithShared } from '@/stores/shared-view';
import { scenarioList } from '@/stores/scenarios';
import type { Comparison, ToolAdapter } from '@/stores/adapters/types';
import { CompareView } from './CompareView';
import { MakeRoom } from './MakeRoom';
import { toolDictionaries, type ScnText } from './text';
import { toast } from './toast-host';

interface Props {
  adapter: ToolAdapter<unknown>;
  text: ScnText;
  today: string;
}

export function SharedViewBar({ adapter, text, today }: Props) {
  const view = useStore($sharedView);
  const [compare, setCompare] = useState<{ list: Comparison[]; dict: Record<string, string> } | null>(null);
  const [message, setMessage] = useState('');
  const [room, setRoom] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  const list = useStore(scenarioList(adapter));
  const full = list.length >= SCENARIO_LIMITS.count;
  const { t } = text;
  if (!view) return message ? <p class="notice" role="status" data-testid="shared-done">{message}</p> : null;

  if (view.kind === 'invalid') {
    const key = view.reason ? (`invalid.${view.reason}` as const) : 'invalid.generic';
    return (
      <div class="notice warn shared-bar no-print" data-testid="shared-invalid" data-reason={view.reason ?? 'generic'}>
        <p role="alert">{t(key in text.s ? key : 'invalid.generic')}</p>
        <button type="button" class="btn secondary" onClick={() => $sharedView.set(null)}>
          {t('invalid.dismiss')}
        </button>
      </div>
    );
  }

  const stamp = text.date(new Date().toISOString());
  const onCompare = async () => {
    if (compare) return setCompare(null);
    const dict = await toolDictionaries(adapter.tool, text.locale);
    setCompare({ list: adapter.compare(view.own, view.shared, today, { locale: text.locale, strings: dict }), dict });
  };
  // A choice that needs a free place while there is none opens the list to make one.
  const refused = (code: string) => {
    setMessage(t(`scn.error.${code as 'full'}`));
    if (code === 'full') setRoom(true);
  };
  const onKeep = () => {
    const saved = keepShared(t('bar.sharedName', { date: stamp }));
    if (saved?.ok) setMessage(t('bar.kept', { name: saved.name }));
    else if (saved) refused(saved.code);
  };
  const onReplace = () => {
    const r = replaceWithShared(t('bar.ownName', { date: stamp }));
    if (!r.ok) return refused(r.code);
    toast(text, t('toast.replaced', { name: r.name }), r.undo);
  };
  const onRoomMade = () => {
    setRoom(false);
    setMessage(t('bar.roomMade'));
    // The button just pressed goes with the list; the next step is one of the two choices.
    keepButton.current?.focus();
  };

  return (
    <section class="notice shared-bar no-print" aria-labelledby="shared-bar-title" data-testid="shared-bar">
      <h2 id="shared-bar-title" class="shared-bar-title">{t('bar.title')}</h2>
      <p>{t('bar.text')}</p>
      <div class="btn-row">
        <button type="button" class="btn secondary" aria-expanded={compare ? 'true' : 'false'} onClick={() => void onCompare()} data-action="compare">
          {t('bar.compare')}
        </button>
        <button type="button" class="btn secondary" onClick={onKeep} data-action="keep" ref={keepButton}>
          {t('bar.keep')}
        </button>
        <button type="button" class="btn" onClick={onReplace} data-action="replace">
          {t('bar.replace')}
        </button>
        <button type="button" class="btn secondary" onClick={closeSharedView} data-action="close">
          {t('bar.close')}
        </button>
      </div>
      {/* While the list is full, the block below already says so on screen: the refusal is only announced. */}
      {message && !(full && message === t('bar.roomMade')) && (
        <p role="status" class={full && message === t('scn.error.full') ? 'visually-hidden' : undefined}>
          {message}
        </p>
      )}
      {full && <MakeRoom adapter={adapter} text={text} list={list} open={room} onToggle={() => setRoom(!room)} onDeleted={onRoomMade} />}
      {compare && <CompareView comparisons={compare.list} dict={compare.dict} text={text} labels={{ a: t('cmp.mine'), b: t('cmp.shared') }} onClose={() => setCompare(null)} />}
    </section>
  );
}
