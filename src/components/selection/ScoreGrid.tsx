// Step 4: the matrix itself, criteria down and options across. Each criterion opens to say what a 1 and
// a 5 mean and what it is based on, so scores given by different people mean the same thing.
import { CRITERIA, type MatrixOption } from '@/models/matrix';
import { fieldKey, type Draft } from '@/stores/selection';
import { Field } from './Field';
import { Cited } from '@/components/shared/Cited';
import { letter, type Text } from './text';

interface Props {
  text: Text;
  options: MatrixOption[];
  shares: Record<string, number>;
  drafts: Record<string, Draft>;
  onScore: (option: string, criterion: string, raw: string) => void;
  onSettle: (key: string) => void;
}

export function ScoreGrid({ text, options, shares, drafts, onScore, onSettle }: Props) {
  return (
    <section class="card sel-step" aria-labelledby="sel-scores-h">
      <h2 id="sel-scores-h">{text.t('scores.heading')}</h2>
      <p class="muted">{text.t('scores.intro')}</p>
      <div class="table-wrap">
        <table class="sel-scores">
          <caption class="visually-hidden">{text.t('scores.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{text.t('scores.criterion')}</th>
              <th scope="col" class="num">
                {text.t('scores.weight')}
              </th>
              {options.map((o, i) => (
                <th scope="col" key={o.id} class="sel-score-h">
                  <span class={`sel-letter sel-o${i}`} aria-hidden="true">
                    {letter(i)}
                  </span>{' '}
                  {text.optionName(o, i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CRITERIA.map((c) => {
              const name = text.criterionName(c.id);
              return (
                <tr key={c.id}>
                  <th scope="row" class="sel-crit">
                    <details>
                      <summary>{name}</summary>
                      <dl class="sel-meaning">
                        <dt>{text.t('scores.one')}</dt>
                        <dd>{text.dyn(`criterion.${c.id}.low`, '')}</dd>
                        <dt>{text.t('scores.five')}</dt>
                        <dd>{text.dyn(`criterion.${c.id}.high`, '')}</dd>
                        <dt>{text.t('scores.basis')}</dt>
                        <dd class="muted"><Cited text={text.dyn(`criterion.${c.id}.basis`, '')} locale={text.locale} /></dd>
                      </dl>
                    </details>
                  </th>
                  <td class="num">{text.num(shares[c.id] ?? 0)}%</td>
                  {options.map((o, i) => {
                    const key = fieldKey.score(o.id, c.id);
                    const draft = drafts[key];
                    return (
                      <td key={o.id}>
                        <Field
                          id={`sel-s-${o.id}-${c.id}`}
                          className="sel-score"
                          size={3}
                          ariaLabel={text.t('scores.cellLabel', { option: text.optionName(o, i), criterion: name })}
                          value={String(o.scores[c.id] ?? '')}
                          draft={draft}
                          error={draft?.code ? text.errorText(draft.code, 'score') : null}
                          onInput={(raw) => onScore(o.id, c.id, raw)}
                          onBlur={() => onSettle(key)}
                        />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
