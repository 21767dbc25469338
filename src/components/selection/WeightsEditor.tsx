// Step 3: one slider per criterion. Only proportions matter, so each slider shows its share of the total.
import { CRITERIA } from '@/models/matrix';
import { fieldKey, type Draft } from '@/stores/selection';
import type { Text } from './text';

interface Props {
  text: Text;
  weights: Record<string, number>;
  shares: Record<string, number>;
  drafts: Record<string, Draft>;
  onWeight: (criterion: string, raw: string) => void;
  onEqual: () => void;
}

const SLIDER_MAX = 40;

export function WeightsEditor({ text, weights, shares, drafts, onWeight, onEqual }: Props) {
  return (
    <section class="card sel-step" aria-labelledby="sel-weights-h">
      <h2 id="sel-weights-h">{text.t('weights.heading')}</h2>
      <p class="muted">{text.t('weights.intro')}</p>
      <ul class="sel-weights">
        {CRITERIA.map((c) => {
          const key = fieldKey.weight(c.id);
          const draft = drafts[key];
          const weight = weights[c.id] ?? 0;
          const shown = draft ? Number(draft.raw) : weight;
          const share = text.num(shares[c.id] ?? 0);
          const id = `sel-w-${c.id}`;
          const name = text.criterionName(c.id);
          return (
            <li key={c.id} class="sel-weight">
              <label for={id}>{name}</label>
              <input
                id={id}
                type="range"
                min={0}
                max={Math.max(SLIDER_MAX, Math.ceil(weight))}
                step={1}
                value={shown}
                aria-valuetext={`${text.num(shown)} · ${text.t('weights.share', { share })}`}
                aria-describedby={`${id}-share${draft?.code ? ` ${id}-error` : ''}`}
                aria-invalid={draft?.code ? 'true' : undefined}
                onInput={(e) => onWeight(c.id, (e.currentTarget as HTMLInputElement).value)}
              />
              <output id={`${id}-share`} for={id} class="sel-share">
                {share}%<span class="visually-hidden"> ({text.t('weights.share', { share })})</span>
              </output>
              {draft?.code && (
                <p class="error sel-weight-error" id={`${id}-error`} role="alert">
                  {text.errorText(draft.code, 'weight')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <div class="btn-row">
        <button type="button" class="btn secondary" onClick={onEqual}>
          {text.t('weights.equal')}
        </button>
      </div>
    </section>
  );
}
