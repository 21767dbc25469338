// The verdict sentence and the ranking. "Too close to call" is a result in its own right: a gap of a
// point or less is within the uncertainty of any 1-5 rating.
import type { MatrixInput, MatrixResult } from '@/models/matrix';
import { letter, num, tr, type Ctx } from './text';
import { nameOf } from './verdict';

interface Props {
  ctx: Ctx;
  matrix: MatrixInput;
  result: MatrixResult;
  verdict: string;
  stale: boolean;
}

export function ResultSummary({ ctx, matrix, result, verdict, stale }: Props) {
  const index = (id: string) => matrix.options.findIndex((o) => o.id === id);
  const close = result.winner === null;
  return (
    <>
      <p class={`sel-verdict ${close ? 'sel-close' : 'sel-ahead'}`} data-testid="verdict">
        {verdict}
      </p>
      {stale && <p class="notice warn sel-small">{tr(ctx, 'result.stale')}</p>}
      <div class="table-wrap" tabIndex={0} role="region" aria-label={tr(ctx, 'result.tableCaption')}>
        <table class="sel-ranking">
          <caption class="visually-hidden">{tr(ctx, 'result.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr(ctx, 'result.rank')}</th>
              <th scope="col">{tr(ctx, 'result.option')}</th>
              <th scope="col" class="num">
                {tr(ctx, 'result.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.ranking.map((id, r) => {
              const i = index(id);
              const badge =
                r === 0 && !close ? (
                  <span class="badge ok">{tr(ctx, 'result.winnerBadge')}</span>
                ) : close && r < 2 ? (
                  <span class="badge warn">{tr(ctx, 'result.closeBadge')}</span>
                ) : null;
              return (
                <tr key={id} data-option={id}>
                  <td>{r + 1}</td>
                  <th scope="row">
                    <span class={`sel-letter sel-o${i}`} aria-hidden="true">
                      {letter(i)}
                    </span>{' '}
                    {nameOf(ctx, matrix, id)} {badge}
                  </th>
                  <td class="num sel-total">{num(ctx, result.totals[id] ?? 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
