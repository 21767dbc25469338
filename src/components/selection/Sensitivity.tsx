// "What would change the answer": a sentence for each criterion whose weight could reverse the top two,
// closest call first, then one sentence for the criteria that could not (the leader stays ahead even
// without them) and one for those both options score the same on.
import { formatList } from '@/i18n/list';
import type { MatrixInput, MatrixResult, Sensitivity as Sens } from '@/models/matrix';
import { criterionName, num, tr, type Ctx } from './text';
import { nameOf } from './verdict';

interface Props {
  ctx: Ctx;
  matrix: MatrixInput;
  result: MatrixResult;
}

function list(ctx: Ctx, ids: string[], type: 'conjunction' | 'disjunction'): string {
  // Chinese quotes each name, since a criterion name could otherwise run into the sentence around it.
  const names = ids.map((id) => (ctx.locale === 'zh-cn' ? `“${criterionName(ctx, id)}”` : criterionName(ctx, id)));
  return formatList(ctx.locale, names, type);
}

export function SensitivityList({ ctx, matrix, result }: Props) {
  const [first, second] = result.ranking as [string, string];
  const names = { leader: nameOf(ctx, matrix, first), challenger: nameOf(ctx, matrix, second) };
  const share = (s: Sens) => result.shares[s.criterionId] ?? 0;
  const flips = result.sensitivity
    .filter((s) => s.favours !== null && s.weightToFlip !== null)
    .sort((a, b) => Math.abs((a.shareToFlip ?? 0) - share(a)) - Math.abs((b.shareToFlip ?? 0) - share(b)));
  const robust = result.sensitivity.filter((s) => s.favours !== null && s.weightToFlip === null).map((s) => s.criterionId);
  const same = result.sensitivity.filter((s) => s.favours === null).map((s) => s.criterionId);

  const sentences: { key: string; text: string; flip: boolean }[] = flips.map((s) => {
    const vars = {
      ...names,
      criterion: criterionName(ctx, s.criterionId),
      from: num(ctx, share(s)),
      to: num(ctx, s.shareToFlip ?? 0),
      favoured: nameOf(ctx, matrix, s.favours!),
    };
    const key = s.direction === null ? 'sensitivity.level' : s.direction === 'up' ? 'sensitivity.up' : 'sensitivity.down';
    return { key: s.criterionId, text: tr(ctx, key, vars), flip: s.direction !== null };
  });
  if (robust.length > 0)
    sentences.push({
      key: 'robust',
      text: tr(ctx, 'sensitivity.robust', { ...names, list: list(ctx, robust, 'disjunction') }),
      flip: false,
    });
  if (same.length === result.sensitivity.length) sentences.length = 0;
  if (same.length > 0) {
    const allSame = same.length === result.sensitivity.length;
    sentences.push({
      key: 'same',
      text: allSame
        ? tr(ctx, 'sensitivity.allSame', names)
        : tr(ctx, 'sensitivity.same', { ...names, list: list(ctx, same, 'conjunction') }),
      flip: false,
    });
  }

  return (
    <section class="card sel-sensitivity" aria-labelledby="sel-sens-h">
      <h2 id="sel-sens-h">{tr(ctx, 'sensitivity.heading')}</h2>
      <p class="muted">{tr(ctx, 'sensitivity.intro', { first: names.leader, second: names.challenger })}</p>
      <ul class="sel-sens-list">
        {sentences.map((s) => (
          <li key={s.key} class={s.flip ? 'sel-flip' : undefined}>
            {s.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
