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
import { errorText, num, percentText, signedValue, tr, valueText, type Ctx } from './text';

interface Props {
  ctx: Ctx;
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

export function RowEditor({ ctx, name, custom, row, result, today, touched, onTouch, onChange, onRemove }: Props) {
  const def = result.definition;
  const errors = new Map<string, KpiError>();
  if (!result.ok) for (const e of result.errors) if (!errors.has(e.field)) errors.set(e.field, e);
  const shown = (field: RowField) => {
    const e = errors.get(field);
    return e && (e.code !== 'missing' || touched.has(field)) ? errorText(ctx, e, def, row.baseline) : null;
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
            {name} {custom && <span class="badge">{tr(ctx, 'custom.badge')}</span>}
          </h4>
          {def && (
            <p class="muted kpi-row-unit">
              {tr(ctx, 'row.unit', { unit: tr(ctx, `unit.${def.unit}`), direction: tr(ctx, `direction.${def.direction}`) })}
            </p>
          )}
        </div>
        <button type="button" class="btn danger kpi-remove" onClick={onRemove}>
          {tr(ctx, 'row.remove')}
          <span class="visually-hidden"> {name}</span>
        </button>
      </header>

      <div class="kpi-fields">
        <Field id={id('baseline')} label={tr(ctx, 'field.baseline.label')} help={tr(ctx, 'field.baseline.help')} error={shown('baseline')}>
          {(d, inv) => input('baseline', d, inv, numberAttrs)}
        </Field>
        <Field id={id('target')} label={tr(ctx, 'field.target.label')} help={tr(ctx, 'field.target.help')} error={shown('target')}>
          {(d, inv) => (
            <>
              {input('target', d, inv, numberAttrs)}
              {suggestion !== undefined && def && (
                <button type="button" class="btn secondary kpi-suggest" onClick={() => onChange('target', String(suggestion))}>
                  {tr(ctx, 'row.suggest', { value: valueText(ctx, def.unit, suggestion) })}
                </button>
              )}
            </>
          )}
        </Field>
        <Field id={id('deadline')} label={tr(ctx, 'field.deadline.label')} help={tr(ctx, 'field.deadline.help')} error={shown('deadline')}>
          {(d, inv) => input('deadline', d, inv, { type: 'date', min: addDays(today, 1) })}
        </Field>
        <Field id={id('cadence')} label={tr(ctx, 'field.cadence.label')} help={tr(ctx, 'field.cadence.help')}>
          {(d) => (
            <select id={id('cadence')} value={row.cadence} aria-describedby={d} onChange={(e) => onChange('cadence', (e.currentTarget as HTMLSelectElement).value)}>
              {REVIEW_CADENCES.map((c) => (
                <option key={c} value={c}>
                  {tr(ctx, `cadence.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {TEXT_FIELDS.map((f) => (
          <Field key={f} id={id(f)} label={tr(ctx, `field.${f}.label`)} help={tr(ctx, `field.${f}.help`)} error={shown(f)} className={f === 'goal' ? 'kpi-wide' : ''}>
            {(d, inv) => input(f, d, inv, { maxLength: MAX_TEXT_LENGTH })}
          </Field>
        ))}
      </div>

      {result.ok ? (
        <div class="kpi-result">
          <p class="kpi-change">
            {result.evaluation.change.relative === null
              ? tr(ctx, 'row.change', { absolute: signedValue(ctx, def!.unit, result.evaluation.change.absolute) })
              : tr(ctx, 'row.changeRelative', {
                  absolute: signedValue(ctx, def!.unit, result.evaluation.change.absolute),
                  relative: percentText(ctx, result.evaluation.change.relative),
                })}
            {' · '}
            {tr(ctx, 'row.months', { months: num(ctx, result.evaluation.months, 1) })}
            {' · '}
            <span class="badge">{tr(ctx, `horizon.${result.evaluation.horizon}`)}</span>
          </p>
          <SmartBadges ctx={ctx} input={result.input} evaluation={result.evaluation} />
          <h5 class="kpi-ms-title">{tr(ctx, 'row.milestones')}</h5>
          <MilestoneChart
            ctx={ctx}
            id={id('chart')}
            name={name}
            unit={def!.unit}
            today={today}
            baseline={result.input.baseline}
            milestones={result.evaluation.milestones}
          />
        </div>
      ) : (
        <p class="muted kpi-pending">{tr(ctx, [...errors.values()].some((e) => e.code !== 'missing') ? 'row.fix' : 'row.fillIn')}</p>
      )}
    </article>
  );
}
