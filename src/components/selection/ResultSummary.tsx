// The verdict sentence and the ranking. "Too close to call" is a result in its own right: a gap of a
// point or less is within the uncertainty of any 1-5 rating.
import type { MatrixInput, MatrixResult } from '@/models/matrix';
import { letter, type Text } from './text';
import { nameOf } from './verdict';

interface Props {
  text: Text;
  matrix: MatrixInput;
  result: MatrixResult;
  verdict: string;
  stale: boolean;
}

export function ResultSummary({ text, matrix, result, verdict, stale }: Props) {
  const index = (id: string) => matrix.options.findIndex((o) => o.id === id);
  const close = result.winner === null;
  return (
    <>
      <p class={`sel-verdict ${close ? 'sel-close' : 'sel-ahead'}`} data-testid="verdict">
        {verdict}
      </p>
      {stale && <p class="notice warn sel-small">{text.t('result.stale')}</p>}
      <div class="table-wrap" tabIndex={0} role="region" aria-label={text.t('result.tableCaption')}>
        <table class="sel-ranking">
          <caption class="visually-hidden">{text.t('result.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{text.t('result.rank')}</th>
              <th scope="col">{text.t('result.option')}</th>
              <th scope="col" class="num">
                {text.t('result.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.ranking.map((id, r) => {
              const i = index(id);
              const badge =
                r === 0 && !close ? (
                  <span class="badge ok">{text.t('result.winnerBadge')}</span>
                ) : close && r < 2 ? (
                  <span class="badge warn">{text.t('result.closeBadge')}</span>
                ) : null;
              return (
                <tr key={id} data-option={id}>
                  <td>{r + 1}</td>
                  <th scope="row">
                    <span class={`sel-letter sel-o${i}`} aria-hidden="true">
                      {letter(i)}
                    </span>{' '}
                    {nameOf(text, matrix, id)} {badge}
                  </th>
                  <td class="num sel-total">{text.num(result.totals[id] ?? 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
