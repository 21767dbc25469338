// Platform choice: the matrix's verdict, the ranking, where each option earns its points, and the
// cost of ownership by year. Tables only: they print legibly in black and white and read aloud well.
import { CRITERIA, pricesArePlaceholders } from '@/models/matrix';
import type { PlanReport } from '@/models/plan';
import { Section } from './Section';
import { TableWrap } from './TableWrap';
import { optionName, optionNameById } from './names';
import type { Text } from './text';
import { Cited } from '../shared/Cited';

interface Props {
  report: PlanReport;
  text: Text;
  editable: boolean;
  appendix?: string;
}

export function PlatformSection({ report, text, editable, appendix }: Props) {
  const { t } = text;
  const part = report.selection;
  return (
    <Section id="plan-platform" title={t('section.platform')} text={text} tool="selection" used={part !== null} editable={editable} appendix={appendix}>
      {part && <PlatformBody part={part} text={text} />}
    </Section>
  );
}

function PlatformBody({ part, text }: { part: NonNullable<PlanReport['selection']>; text: Text }) {
  const { t } = text;
  const { matrix, tco, state } = part;
  const options = state.matrix.options;
  const name = (id: string) => optionNameById(text, options, id);
  const criteria = CRITERIA.map((c) => c.id)
    .filter((id) => (matrix.shares[id] ?? 0) > 0)
    .sort((a, b) => (matrix.shares[b] ?? 0) - (matrix.shares[a] ?? 0));
  const years = state.tco.years;
  const sorted = [...tco.options].sort((a, b) => a.total - b.total);
  const cheapest = sorted.length > 1 && sorted[0]!.total < sorted[1]!.total ? sorted[0] : undefined;
  const allEqual = sorted.length > 1 && sorted[0]!.total === sorted[sorted.length - 1]!.total;
  const placeholders = pricesArePlaceholders(state.tco.options);
  return (
    <>
      <p class="muted">
        <Cited text={t(part.lead.basis === 'own' ? 'platform.preset.changed' : 'platform.preset', { preset: t(`s.preset.${state.preset}.name`) })} locale={text.locale} />
      </p>
      {state.preset === 'vendor-002' && <p class="notice warn"><Cited text={t('platform.vendorView')} locale={text.locale} /></p>}

      <TableWrap label={t('platform.criteria.caption')}>
        <table class="plan-table plan-criteria">
          <caption>{t('platform.criteria.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('platform.col.criterion')}</th>
              <th scope="col" class="num">{t('platform.col.weight')}</th>
              {options.map((o, i) => (
                <th scope="col" class="num" key={o.id}>
                  {optionName(text, o, i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c}>
                <th scope="row">{t(`s.criterion.${c}.name`)}</th>
                <td class="num">{text.num(matrix.shares[c] ?? 0, 0)}%</td>
                {options.map((o) => (
                  <td class="num" key={o.id}>
                    {text.num(matrix.contributions[o.id]?.[c] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      <h3>{t('platform.cost.heading')}</h3>
      <TableWrap label={t('platform.cost.caption', { years, users: text.num(state.tco.users, 0) })}>
        <table class="plan-table">
          <caption>{t('platform.cost.caption', { years, users: text.num(state.tco.users, 0) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('platform.col.option')}</th>
              {Array.from({ length: years }, (_, y) => (
                <th scope="col" class="num" key={y}>
                  {t('platform.cost.year', { n: y + 1 })}
                </th>
              ))}
              <th scope="col" class="num">{t('platform.cost.total')}</th>
            </tr>
          </thead>
          <tbody>
            {tco.options.map((o) => (
              <tr key={o.id} data-option={o.id}>
                <th scope="row">{name(o.id)}</th>
                {o.byYear.map((v, y) => (
                  <td class="num" key={y}>
                    {text.money(v)}
                  </td>
                ))}
                <td class="num">
                  <strong>{text.money(o.total)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {cheapest && <p class="plan-screen-only">{t('platform.cost.cheapest', { option: name(cheapest.id) })}</p>}
      {allEqual && <p>{t('platform.cost.equal')}</p>}
      {placeholders && <p class="muted">{t('platform.cost.placeholder')}</p>}
    </>
  );
}
