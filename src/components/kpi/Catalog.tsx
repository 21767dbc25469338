// Step 2: the whole KPI catalog by area, each KPI with its definition, formula, unit, the sources'
// example target and an "Add" button. Native <details> keep it short and keyboard-friendly, and the
// build-time HTML is readable without JavaScript.
import { KPI_CATALOG, KPI_CATEGORIES } from '@/models/kpi';
import type { KpiSheet } from '@/models/kpi';
import { exampleTargetText, tr, trDyn, type Ctx } from './text';
import { Cited } from '@/components/shared/Cited';
import { refText } from '@/lib/sources';

interface Props {
  ctx: Ctx;
  sheet: KpiSheet;
  full: boolean;
  onAdd: (kpiId: string) => void;
}

export function Catalog({ ctx, sheet, full, onAdd }: Props) {
  return (
    <div class="kpi-catalog">
      {KPI_CATEGORIES.map((cat, i) => {
        const items = KPI_CATALOG.filter((d) => d.category === cat);
        return (
          <details key={cat} open={i === 0}>
            <summary>
              {tr(ctx, `category.${cat}`)} <span class="muted">({items.length})</span>
            </summary>
            <ul class="kpi-cards">
              {items.map((d) => {
                const name = trDyn(ctx, `kpi.${d.id}.name`, d.id);
                const inSheet = sheet.rows.some((r) => r.kpiId === d.id);
                const example = exampleTargetText(ctx, d);
                return (
                  <li key={d.id} class="kpi-card" data-kpi={d.id}>
                    <h3>{name}</h3>
                    <p>{trDyn(ctx, `kpi.${d.id}.definition`, '')}</p>
                    <dl>
                      <dt>{tr(ctx, 'catalog.formula')}</dt>
                      <dd>{trDyn(ctx, `kpi.${d.id}.formula`, '')}</dd>
                      <dt>{tr(ctx, 'catalog.unit')}</dt>
                      <dd>
                        {tr(ctx, 'row.unit', { unit: tr(ctx, `unit.${d.unit}`), direction: tr(ctx, `direction.${d.direction}`) })}
                        {d.typicalHorizon && <> · {tr(ctx, 'catalog.typicalHorizon', { horizon: tr(ctx, `horizon.${d.typicalHorizon}`) })}</>}
                      </dd>
                      <dt>{tr(ctx, 'catalog.example')}</dt>
                      <dd>{example ?? tr(ctx, 'catalog.noExample')}</dd>
                      {d.source && (
                        <>
                          <dt>{tr(ctx, 'catalog.source')}</dt>
                          <dd>
                            <Cited text={refText(d.source)} locale={ctx.locale} />
                          </dd>
                        </>
                      )}
                    </dl>
                    <div class="kpi-card-actions">
                      {inSheet && <span class="badge ok">✓ {tr(ctx, 'catalog.inSheet')}</span>}
                      <button
                        type="button"
                        class={inSheet ? 'btn secondary' : 'btn'}
                        disabled={full}
                        onClick={() => onAdd(d.id)}
                      >
                        {tr(ctx, inSheet ? 'catalog.addAgain' : 'catalog.add')}
                        <span class="visually-hidden"> {name}</span>
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
