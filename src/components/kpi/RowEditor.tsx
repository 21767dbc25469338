// One KPI of the sheet: its fields, the messages beside them, and, once the row is usable, the change,
// the SMART check and the milestones. A missing value is only flagged after the visitor has left the
// field, so a freshly added row is not covered in red.
import { addDays } from '@/models/calendar';
import { LIMITS, MAX_TEXT_LENGTH, REVIEW_CADENCES, parseNumber, suggestTarget } from '@/models/kpi';
import type { KpiError, RowResult, SheetRow } from '@/models/kpi';
import type { RowField } from '@/stores/kpi';
import { Field } from './Field';
import { MilestoneChart } from './MilestoneChart';
import { SmartBadges } from './SmartBadges';
import type { Text } from './text';
import { errorText } from './part-text';

interface Props {
  text: Text;
  name: string;
  custom: boolean;
  row: SheetRow;
  result: RowResult;
  today: string;
  touched: ReadonlySet<string>;
  onTouch: (field: RowField) => void;
  onChange: (field: RowField, value: string) => void;
  onRemove: () => void;
}

const TEXT_FIELDS = ['owner', 'dataSource', 'goal'] as const;

export function RowEditor({ text, name, custom, row, result, today, touched, onTouch, onChange, onRemove }: Props) {
  const def = result.definition;
  const errors = new Map<string, KpiError>();
  if (!result.ok) for (const e of result.errors) if (!errors.has(e.field)) errors.set(e.field, e);
  const shown = (field: RowField) => {
    const e = errors.get(field);
    return e && (e.code !== 'missing' || touched.has(field)) ? errorText(text, e, def, row.baseline) : null;
  };
  const id = (field: string) => `kpi-${row.uid}-${field}`;
  const input = (field: RowField, describedBy: string | undefined, invalid: boolean, extra: Record<string, unknown> = {}) => (
    <input
      id={id(field)}
      type="text"
      value={row[field]}
      autoComplete="off"
      aria-invalid={invalid ? 'true' : undefined}
      aria-describedby={describedBy}
      onInput={(e) => onChange(field, (e.currentTarget as HTMLInputElement).value)}
      onBlur={() => onTouch(field)}
      {...extra}
    />
  );
  const numberAttrs = { inputMode: 'decimal', maxLength: LIMITS.number, size: 8 };

  const base = parseNumber(row.baseline);
  const suggestion = def && base.ok && row.target.trim() === '' ? suggestTarget(def, base.value) : undefined;
  const headingId = id('name');

  return (
    <article class="kpi-row card" aria-labelledby={headingId} data-kpi={row.kpiId} data-uid={row.uid}>
      <header class="kpi-row-head">
        <div>
          <h4 id={headingId}>
            {name} {custom && <span class="badge">{text.t('custom.badge')}</span>}
          </h4>
          {def && (
            <p class="muted kpi-row-unit">
              {text.t('row.unit', { unit: text.t(`unit.${def.unit}`), direction: text.t(`direction.${def.direction}`) })}
            </p>
          )}
        </div>
        <button type="button" class="btn danger kpi-remove" onClick={onRemove}>
          {text.t('row.remove')}
          <span class="visually-hidden"> {name}</span>
        </button>
      </header>

      <div class="kpi-fields">
        <Field id={id('baseline')} label={text.t('field.baseline.label')} help={text.t('field.baseline.help')} error={shown('baseline')}>
          {(d, inv) => input('baseline', d, inv, numberAttrs)}
        </Field>
        <Field id={id('target')} label={text.t('field.target.label')} help={text.t('field.target.help')} error={shown('target')}>
          {(d, inv) => (
            <>
              {input('target', d, inv, numberAttrs)}
              {suggestion !== undefined && def && (
                <button type="button" class="btn secondary kpi-suggest" onClick={() => onChange('target', String(suggestion))}>
                  {text.t('row.suggest', { value: text.valueText(def.unit, suggestion) })}
                </button>
              )}
            </>
          )}
        </Field>
        <Field id={id('deadline')} label={text.t('field.deadline.label')} help={text.t('field.deadline.help')} error={shown('deadline')}>
          {(d, inv) => input('deadline', d, inv, { type: 'date', min: addDays(today, 1) })}
        </Field>
        <Field id={id('cadence')} label={text.t('field.cadence.label')} help={text.t('field.cadence.help')}>
          {(d) => (
            <select id={id('cadence')} value={row.cadence} aria-describedby={d} onChange={(e) => onChange('cadence', (e.currentTarget as HTMLSelectElement).value)}>
              {REVIEW_CADENCES.map((c) => (
                <option key={c} value={c}>
                  {text.t(`cadence.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {TEXT_FIELDS.map((f) => (
          <Field key={f} id={id(f)} label={text.t(`field.${f}.label`)} help={text.t(`field.${f}.help`)} error={shown(f)} className={f === 'goal' ? 'kpi-wide' : ''}>
            {(d, inv) => input(f, d, inv, { maxLength: MAX_TEXT_LENGTH })}
          </Field>
        ))}
      </div>

      {result.ok ? (
        <div class="kpi-result">
          <p class="kpi-change">
            {result.evaluation.change.relative === null
              ? text.t('row.change', { absolute: text.signedValue(def!.unit, result.evaluation.change.absolute) })
              : text.t('row.changeRelative', {
                  absolute: text.signedValue(def!.unit, result.evaluation.change.absolute),
                  relative: text.percentText(result.evaluation.change.relative),
                })}
            {' · '}
            {text.t('row.months', { months: text.num(result.evaluation.months, 1) })}
            {' · '}
            <span class="badge">{text.t(`horizon.${result.evaluation.horizon}`)}</span>
          </p>
          <SmartBadges text={text} input={result.input} evaluation={result.evaluation} />
          <h5 class="kpi-ms-title">{text.t('row.milestones')}</h5>
          <MilestoneChart
            text={text}
            id={id('chart')}
            name={name}
            unit={def!.unit}
            today={today}
            baseline={result.input.baseline}
            milestones={result.evaluation.milestones}
          />
        </div>
      ) : (
        <p class="muted kpi-pending">{text.t([...errors.values()].some((e) => e.code !== 'missing') ? 'row.fix' : 'row.fillIn')}</p>
      )}
    </article>
  );
}
