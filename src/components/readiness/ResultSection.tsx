// The last step: the result (loaded when the visitor reaches it, with the scoring model behind it),
// then "Edit answers" and "Start again".
import type { Ref } from 'preact';
import { lazyComponent } from '@/components/shared/lazy';
import { readinessShareUrl } from '@/stores/readiness';
import type { ResultStepProps } from './ResultStep';

const ResultStep = lazyComponent(() => import('./ResultStep').then((m) => m.default));

type Props = Omit<ResultStepProps, 'shareUrl'> & {
  headingRef: Ref<HTMLHeadingElement>;
  onEdit: () => void;
  onRestart: () => void;
};

export function ResultSection({ headingRef, onEdit, onRestart, ...result }: Props) {
  const { t } = result.text;
  return (
    <section class="rd-result" aria-labelledby="rd-result-title">
      <h2 id="rd-result-title" tabIndex={-1} ref={headingRef}>
        {t('result.heading')}
      </h2>
      <ResultStep {...result} shareUrl={() => readinessShareUrl(window.location)} fallback={<p class="muted" aria-busy="true">…</p>} />
      <div class="btn-row rd-nav">
        <button type="button" class="btn secondary" onClick={onEdit}>
          {t('nav.edit')}
        </button>
        <button type="button" class="btn danger" onClick={onRestart}>
          {t('nav.restart')}
        </button>
      </div>
    </section>
  );
}
