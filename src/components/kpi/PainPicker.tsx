// Step 1: the business problems as checkboxes by department, each naming the KPIs that measure it,
// and one button that puts the missing suggestions into the sheet.
import { PAINS, PAIN_DEPARTMENTS, kpisForPains } from '@/models/kpi';
import type { KpiSheet } from '@/models/kpi';
import { kpiName, tr, trDyn, type Ctx } from './text';
import { Cited } from '@/components/shared/Cited';

interface Props {
  ctx: Ctx;
  sheet: KpiSheet;
  missing: readonly string[];
  onToggle: (painId: string, on: boolean) => void;
  onAddAll: () => void;
}

export function PainPicker({ ctx, sheet, missing, onToggle, onAddAll }: Props) {
  const suggested = kpisForPains(sheet.pains);
  const listSep = ctx.locale === 'zh-cn' ? '、' : ', ';
  return (
    <section class="kpi-step" aria-labelledby="kpi-pains-title">
      <h2 id="kpi-pains-title">{tr(ctx, 'pains.heading')}</h2>
      <p>{tr(ctx, 'pains.intro')}</p>
      <div class="kpi-pains">
        {PAIN_DEPARTMENTS.map((dep) => (
          <fieldset key={dep}>
            <legend>{tr(ctx, `pains.department.${dep}`)}</legend>
            {PAINS.filter((p) => p.department === dep).map((p) => {
              const boxId = `kpi-pain-${p.id}`;
              return (
                <div class="kpi-pain" key={p.id}>
                  <input
                    type="checkbox"
                    id={boxId}
                    checked={sheet.pains.includes(p.id)}
                    aria-describedby={`${boxId}-d`}
                    onChange={(e) => onToggle(p.id, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  <div>
                    <label for={boxId}>{trDyn(ctx, `pain.${p.id}.label`, p.id)}</label>
                    <p class="muted" id={`${boxId}-d`}>
                      {trDyn(ctx, `pain.${p.id}.detail`, '')}{' '}
                      {tr(ctx, 'pains.measuredBy', { kpis: p.kpis.map((k) => kpiName(ctx, sheet, k)).join(listSep) })}
                    </p>
                  </div>
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
      <div class="notice kpi-suggestions" data-testid="suggestions">
        {suggested.length === 0 ? (
          <p>{tr(ctx, 'pains.noneTicked')}</p>
        ) : (
          <>
            <p>{tr(ctx, 'pains.suggested', { kpis: suggested.map((k) => kpiName(ctx, sheet, k)).join(listSep) })}</p>
            {missing.length > 0 ? (
              <button type="button" class="btn" id="kpi-add-suggested" onClick={onAddAll}>
                {tr(ctx, 'pains.addAll', { count: missing.length })}
              </button>
            ) : (
              <p class="muted">{tr(ctx, 'pains.allAdded')}</p>
            )}
          </>
        )}
      </div>
      <p class="muted kpi-source"><Cited text={tr(ctx, 'pains.source')} locale={ctx.locale} /></p>
    </section>
  );
}
