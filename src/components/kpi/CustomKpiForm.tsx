// "Add a KPI of your own": name, unit, direction and area. The name is checked here (empty, too long,
// duplicate); values are checked like any catalog KPI once the row exists.
import { useState } from 'preact/hooks';
import { KPI_CATEGORIES, KPI_UNITS, LIMITS } from '@/models/kpi';
import type { KpiCategory, KpiDirection, KpiUnit } from '@/models/kpi';
import type { CustomError } from '@/stores/kpi-edits';
import { Field } from './Field';
import type { Text } from './text';

interface Props {
  text: Text;
  onAdd: (input: { name: string; unit: KpiUnit; direction: KpiDirection; category: KpiCategory }) => CustomError | null;
}

export function CustomKpiForm({ text, onAdd }: Props) {
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<KpiUnit>('percent');
  const [direction, setDirection] = useState<KpiDirection>('increase');
  const [category, setCategory] = useState<KpiCategory>('sales');
  const [error, setError] = useState<CustomError | null>(null);
  const message =
    error === 'full'
      ? text.t('sheet.full', { max: LIMITS.rows })
      : error && text.t(`custom.error.${error}`, { max: error === 'too-many' ? LIMITS.customKpis : LIMITS.name });

  const submit = (e: Event) => {
    e.preventDefault();
    const code = onAdd({ name, unit, direction, category });
    setError(code);
    if (!code) setName('');
  };
  const select = <T extends string>(id: string, value: T, options: readonly T[], label: (o: T) => string, set: (v: T) => void) => (
    <select id={id} value={value} onChange={(e) => set((e.currentTarget as HTMLSelectElement).value as T)}>
      {options.map((o) => (
        <option key={o} value={o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
  return (
    <details class="kpi-custom">
      <summary>{text.t('custom.heading')}</summary>
      <form onSubmit={submit} noValidate>
        <p class="muted">{text.t('custom.intro')}</p>
        <div class="kpi-fields">
          <Field id="kpi-custom-name" label={text.t('custom.name.label')} help={text.t('custom.name.help')} error={message} className="kpi-wide">
            {(d, inv) => (
              <input
                id="kpi-custom-name"
                type="text"
                value={name}
                maxLength={LIMITS.name + 1}
                autoComplete="off"
                aria-invalid={inv ? 'true' : undefined}
                aria-describedby={d}
                onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
              />
            )}
          </Field>
          <Field id="kpi-custom-unit" label={text.t('custom.unit.label')}>
            {() => select('kpi-custom-unit', unit, KPI_UNITS, (u) => text.t(`unit.${u}`), setUnit)}
          </Field>
          <Field id="kpi-custom-direction" label={text.t('custom.direction.label')}>
            {() => select('kpi-custom-direction', direction, ['increase', 'decrease'] as const, (d) => text.t(`custom.direction.${d}`), setDirection)}
          </Field>
          <Field id="kpi-custom-category" label={text.t('custom.category.label')}>
            {() => select('kpi-custom-category', category, KPI_CATEGORIES, (c) => text.t(`category.${c}`), setCategory)}
          </Field>
        </div>
        <button type="submit" class="btn" id="kpi-custom-add">
          {text.t('custom.add')}
        </button>
      </form>
    </details>
  );
}
