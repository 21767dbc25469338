// The progress indicator: how far the visitor is, and a list of steps to jump between. Completion is
// written out (visually hidden) as well as shown by the tick, so it never depends on colour or icons.
import { DIMENSIONS } from '@/models/readiness';
import type { Text } from './text';

interface Props {
  step: number;
  complete: boolean[]; // per dimension step
  answered: number;
  total: number;
  text: Text;
  onGo: (step: number) => void;
}

export function StepNav({ step, complete, answered, total, text, onGo }: Props) {
  const { t } = text;
  const resultStep = DIMENSIONS.length;
  const current = Math.min(step + 1, resultStep);
  return (
    <div class="rd-progress">
      <p class="rd-progress-text" id="rd-progress-label">
        {step < resultStep ? t('progress.step', { current, total: resultStep }) : t('step.result.title')}
        {' · '}
        {t('progress.answered', { answered, total })}
      </p>
      <progress max={total} value={answered} aria-labelledby="rd-progress-label" />
      <nav aria-label={t('nav.steps')}>
        <ol class="rd-steps">
          {DIMENSIONS.map((d, i) => (
            <li key={d}>
              <button
                type="button"
                class={`rd-step${complete[i] ? ' is-done' : ''}`}
                aria-current={i === step ? 'step' : undefined}
                onClick={() => onGo(i)}
              >
                <span class="rd-step-mark" aria-hidden="true">
                  {complete[i] ? '✓' : i + 1}
                </span>
                <span>{t(`step.${d}.title`)}</span>
                <span class="visually-hidden"> ({t(complete[i] ? 'nav.stepDone' : 'nav.stepOpen')})</span>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              class="rd-step"
              aria-current={step === resultStep ? 'step' : undefined}
              onClick={() => onGo(resultStep)}
            >
              <span class="rd-step-mark" aria-hidden="true">
                ★
              </span>
              <span>{t('step.result.title')}</span>
            </button>
          </li>
        </ol>
      </nav>
    </div>
  );
}
