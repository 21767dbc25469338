// "What would change the answer": a sentence for each criterion whose weight could reverse the top two,
// closest call first, then one sentence for the criteria that could not (the leader stays ahead even
// without them) and one for those both options score the same on.
import { formatList } from '@/i18n/list';
import type { MatrixInput, MatrixResult, Sensitivity as Sens } from '@/models/matrix';
import type { Text } from './text';
import { nameOf } from './verdict';

interface Props {
  text: Text;
  matrix: MatrixInput;
  result: MatrixResult;
}

function list(text: Text, ids: string[], type: 'conjunction' | 'disjunction'): string {
  // Chinese quotes each name, since a criterion name could otherwise run into the sentence around it.
  const names = ids.map((id) => (text.locale === 'zh-cn' ? `“${text.criterionName(id)}”` : text.criterionName(id)));
  return formatList(text.locale, names, type);
}

export function SensitivityList({ text, matrix, result }: Props) {
  const [first, second] = result.ranking as [string, string];
  const names = { leader: nameOf(text, matrix, first), challenger: nameOf(text, matrix, second) };
  const share = (s: Sens) => result.shares[s.criterionId] ?? 0;
  const flips = result.sensitivity
    .filter((s) => s.favours !== null && s.weightToFlip !== null)
    .sort((a, b) => Math.abs((a.shareToFlip ?? 0) - share(a)) - Math.abs((b.shareToFlip ?? 0) - share(b)));
  const robust = result.sensitivity.filter((s) => s.favours !== null && s.weightToFlip === null).map((s) => s.criterionId);
  const same = result.sensitivity.filter((s) => s.favours === null).map((s) => s.criterionId);

  const sentences: { key: string; text: string; flip: boolean }[] = flips.map((s) => {
    const vars = {
      ...names,
      criterion: text.criterionName(s.criterionId),
      from: text.num(share(s)),
      to: text.num(s.shareToFlip ?? 0),
      favoured: nameOf(text, matrix, s.favours!),
    };
    const key = s.direction === null ? 'sensitivity.level' : s.direction === 'up' ? 'sensitivity.up' : 'sensitivity.down';
    return { key: s.criterionId, text: text.t(key, vars), flip: s.direction !== null };
  });
  if (robust.length > 0)
    sentences.push({
      key: 'robust',
      text: text.t('sensitivity.robust', { ...names, list: list(text, robust, 'disjunction') }),
      flip: false,
    });
  if (same.length === result.sensitivity.length) sentences.length = 0;
  if (same.length > 0) {
    const allSame = same.length === result.sensitivity.length;
    sentences.push({
      key: 'same',
      text: allSame
        ? text.t('sensitivity.allSame', names)
        : text.t('sensitivity.same', { ...names, list: list(text, same, 'conjunction') }),
      flip: false,
    });
  }

  return (
    <section class="card sel-sensitivity" aria-labelledby="sel-sens-h">
      <h2 id="sel-sens-h">{text.t('sensitivity.heading')}</h2>
      <p class="muted">{text.t('sensitivity.intro', { first: names.leader, second: names.challenger })}</p>
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
