// Step 2: the whole KPI catalog by area, each KPI with its definition, formula, unit, the sources'
// example target and an "Add" button. Native <details> keep it short and keyboard-friendly, and the
// build-time HTML is readable without JavaScript.
import { KPI_CATALOG, KPI_CATEGORIES } from '@/models/kpi';
import type { Text } from './text';
import { exampleTargetText } from './part-text';
import { memo } from '@/components/shared/memo';
import { Cited } from '@/components/shared/Cited';
import { refText } from '@/lib/sources';

interface Props {
  text: Text;
  /** The KPIs already in the sheet, their ids separated by spaces: a value that only changes when one is added or removed. */
  inSheet: string;
  full: boolean;
  onAdd: (kpiId: string) => void;
}

// Two dozen cards: re-rendered only when a KPI is added or removed, not on every keystroke in the sheet.
export const Catalog = memo(function Catalog({ text, inSheet, full, onAdd }: Props) {
  const added = new Set(inSheet.split(' '));
  return (
    <div class="kpi-catalog">
      {KPI_CATEGORIES.map((cat, i) => {
        const items = KPI_CATALOG.filter((d) => d.category === cat);
        return (
          <details key={cat} open={i === 0}>
            <summary>
              {text.t(`category.${cat}`)} <span class="muted">({items.length})</span>
            </summary>
            <ul class="kpi-cards">
              {items.map((d) => {
                const name = text.dyn(`kpi.${d.id}.name`, d.id);
                const inSheet = added.has(d.id);
                const example = exampleTargetText(text, d);
                return (
                  <li key={d.id} class="kpi-card" data-kpi={d.id}>
                    <h3>{name}</h3>
                    <p>{text.dyn(`kpi.${d.id}.definition`, '')}</p>
                    <dl>
                      <dt>{text.t('catalog.formula')}</dt>
                      <dd>{text.dyn(`kpi.${d.id}.formula`, '')}</dd>
                      <dt>{text.t('catalog.unit')}</dt>
                      <dd>
                        {text.t('row.unit', { unit: text.t(`unit.${d.unit}`), direction: text.t(`direction.${d.direction}`) })}
                        {d.typicalHorizon && <> · {text.t('catalog.typicalHorizon', { horizon: text.t(`horizon.${d.typicalHorizon}`) })}</>}
                      </dd>
                      <dt>{text.t('catalog.example')}</dt>
                      <dd>{example ?? text.t('catalog.noExample')}</dd>
                      {d.source && (
                        <>
                          <dt>{text.t('catalog.source')}</dt>
                          <dd>
                            <Cited text={refText(d.source)} locale={text.locale} />
                          </dd>
                        </>
                      )}
                    </dl>
                    <div class="kpi-card-actions">
                      {inSheet && <span class="badge ok">✓ {text.t('catalog.inSheet')}</span>}
                      <button
                        type="button"
                        class={inSheet ? 'btn secondary' : 'btn'}
                        disabled={full}
                        onClick={() => onAdd(d.id)}
                      >
                        {text.t(inSheet ? 'catalog.addAgain' : 'catalog.add')}
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
});
