// Step 1: the business problems as checkboxes by department, each naming the KPIs that measure it,
// and one button that puts the missing suggestions into the sheet.
import { PAINS, PAIN_DEPARTMENTS, kpisForPains } from '@/models/kpi';
import type { KpiSheet } from '@/models/kpi';
import type { Text } from './text';
import { KeptCited } from '@/components/shared/KeptCited';

interface Props {
  text: Text;
  sheet: KpiSheet;
  missing: readonly string[];
  onToggle: (painId: string, on: boolean) => void;
  onAddAll: () => void;
}

export function PainPicker({ text, sheet, missing, onToggle, onAddAll }: Props) {
  const suggested = kpisForPains(sheet.pains);
  const listSep = text.locale === 'zh-cn' ? '、' : ', ';
  return (
    <section class="kpi-step" aria-labelledby="kpi-pains-title">
      <h2 id="kpi-pains-title">{text.t('pains.heading')}</h2>
      <p>{text.t('pains.intro')}</p>
      <div class="kpi-pains">
        {PAIN_DEPARTMENTS.map((dep) => (
          <fieldset key={dep}>
            <legend>{text.t(`pains.department.${dep}`)}</legend>
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
                    <label for={boxId}>{text.dyn(`pain.${p.id}.label`, p.id)}</label>
                    <p class="muted" id={`${boxId}-d`}>
                      {text.dyn(`pain.${p.id}.detail`, '')}{' '}
                      {text.t('pains.measuredBy', { kpis: p.kpis.map((k) => text.kpiName(sheet, k)).join(listSep) })}
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
          <p>{text.t('pains.noneTicked')}</p>
        ) : (
          <>
            <p>{text.t('pains.suggested', { kpis: suggested.map((k) => text.kpiName(sheet, k)).join(listSep) })}</p>
            {missing.length > 0 ? (
              <button type="button" class="btn" id="kpi-add-suggested" onClick={onAddAll}>
                {text.t('pains.addAll', { count: missing.length })}
              </button>
            ) : (
              <p class="muted">{text.t('pains.allAdded')}</p>
            )}
          </>
        )}
      </div>
      <KeptCited class="muted kpi-source" text={text.t('pains.source')} locale={text.locale} />
    </section>
  );
}
