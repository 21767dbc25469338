// "Plan around these": the heading and, when there are warnings, their list. Most first visits have
// none, so the list and its advice load only when the answers raise one.
import { useState } from 'preact/hooks';
import { lazyComponent } from '@/components/shared/lazy';
import type { DurationEstimate } from '@/models/duration';
import type { Text } from './text';

const WarningList = lazyComponent(() => import('./Warnings').then((m) => m.default));

export function WarningsSection({ estimate, text, onApplyStart }: { estimate: DurationEstimate; text: Text; onApplyStart: (date: string) => void }) {
  const { t } = text;
  const [applied, setApplied] = useState<string | null>(null);
  const apply = (date: string) => {
    onApplyStart(date);
    setApplied(date);
  };
  return (
    <section class="dur-warnings" aria-labelledby="dur-warnings-title">
      <h3 id="dur-warnings-title">{t('warning.heading')}</h3>
      <p class="visually-hidden" role="status">{applied ? t('warning.appliedStart', { date: text.date(applied) }) : ''}</p>
      {estimate.warnings.length === 0 ? (
        <p class="muted">{t('warning.none')}</p>
      ) : (
        <WarningList estimate={estimate} text={text} onApply={apply} fallback={<p class="muted" aria-busy="true">…</p>} />
      )}
    </section>
  );
}
