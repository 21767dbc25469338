// The estimator's inputs, grouped as the sources group the factors: company, readiness, project
// choices, timing. Every control has a label, a help text and, when invalid, its message beside it.
import type { ComponentChildren } from 'preact';
import { COMPANY_SIZES, DEPLOYMENTS, LEVELS, LIMITS, PLATFORMS, type DurationField, type ValidationCode } from '@/models/duration';
import type { DurationForm as FormState } from '@/stores/duration';
import type { Text } from './text';

/** Stands in the form for a date the browser could not read; the model refuses it as not a date. */
const UNREADABLE_DATE = 'unreadable';

interface Props {
  form: FormState;
  errors: Partial<Record<DurationField, ValidationCode>>;
  text: Text;
  onChange: <K extends DurationField>(field: K, value: FormState[K]) => void;
}

// The model's own option lists, so the form offers exactly what the validator accepts.
const LEVEL_OPTIONS = LEVELS.map(String);
const SELECT_OPTIONS: Partial<Record<DurationField, readonly string[]>> = {
  companySize: COMPANY_SIZES,
  complexity: LEVEL_OPTIONS,
  digitalMaturity: LEVEL_OPTIONS,
  internalCommitment: LEVEL_OPTIONS,
  platform: PLATFORMS,
  deployment: DEPLOYMENTS,
  vendorSupport: LEVEL_OPTIONS,
};

const GROUPS: { legend: string; fields: DurationField[] }[] = [
  { legend: 'group.company', fields: ['companySize', 'complexity', 'expanding'] },
  { legend: 'group.readiness', fields: ['digitalMaturity', 'internalCommitment', 'keyStaffTurnover'] },
  { legend: 'group.project', fields: ['platform', 'deployment', 'vendorSupport', 'integrations', 'switchingVendor', 'agile'] },
  { legend: 'group.timing', fields: ['startDate'] },
];

export function errorMessage(text: Text, field: DurationField, code: ValidationCode): string {
  const specific = `error.${field}.${code}`;
  return text.t(text.has(specific) ? specific : `error.${code}`);
}

export function DurationForm({ form, errors, text, onChange }: Props) {
  const { t } = text;

  const field = (name: DurationField, control: (describedBy: string, invalid: boolean) => ComponentChildren, checkbox = false) => {
    const id = `dur-${name}`;
    const code = errors[name];
    const describedBy = [`${id}-help`, code ? `${id}-error` : ''].filter(Boolean).join(' ');
    return (
      <div class={checkbox ? 'field dur-check' : 'field'} key={name}>
        {checkbox ? (
          <label>
            {control(describedBy, !!code)}
            <span>{t(`field.${name}.label`)}</span>
          </label>
        ) : (
          <>
            <label for={id}>{t(`field.${name}.label`)}</label>
            {control(describedBy, !!code)}
          </>
        )}
        <p class="help" id={`${id}-help`}>
          {t(`field.${name}.help`)}
        </p>
        {code && (
          <p class="error" id={`${id}-error`}>
            {errorMessage(text, name, code)}
          </p>
        )}
      </div>
    );
  };

  const renderField = (name: DurationField) => {
    const id = `dur-${name}`;
    const options = SELECT_OPTIONS[name];
    if (options) {
      return field(name, (describedBy, invalid) => (
        <select
          id={id}
          name={name}
          value={form[name] as string}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => onChange(name, (e.currentTarget as HTMLSelectElement).value)}
        >
          {options.map((o) => (
            <option value={o} key={o}>
              {t(`option.${name}.${o}`)}
            </option>
          ))}
        </select>
      ));
    }
    if (typeof form[name] === 'boolean') {
      return field(
        name,
        (describedBy, invalid) => (
          <input
            type="checkbox"
            id={id}
            name={name}
            checked={form[name] as boolean}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => onChange(name, (e.currentTarget as HTMLInputElement).checked)}
          />
        ),
        true,
      );
    }
    if (name === 'startDate') {
      // A half-typed or impossible date reads as "" from a date input, the same as no date. Passed on
      // as it is, it would silently drop the start date and every date in the results; passed on as
      // what it is, the model says what is wrong and the results keep the last valid answers. The
      // field is not written back while it holds such a date, so what was typed stays there to fix.
      const readDate = (el: HTMLInputElement) => onChange('startDate', el.validity.badInput ? UNREADABLE_DATE : el.value);
      return field(name, (describedBy, invalid) => (
        <input
          type="date"
          id={id}
          name={name}
          value={form.startDate === UNREADABLE_DATE ? undefined : form.startDate}
          min={LIMITS.startDate.min}
          max={LIMITS.startDate.max}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onInput={(e) => readDate(e.currentTarget as HTMLInputElement)}
          onBlur={(e) => (e.currentTarget as HTMLInputElement).validity.badInput && readDate(e.currentTarget as HTMLInputElement)}
        />
      ));
    }
    // Integrations: a text box with a numeric keypad, so whatever is typed reaches the validator and
    // gets a precise message (a number input silently turns bad text into "").
    return field(name, (describedBy, invalid) => (
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        id={id}
        name={name}
        value={form[name] as string}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        onInput={(e) => onChange(name, (e.currentTarget as HTMLInputElement).value)}
      />
    ));
  };

  return (
    <form class="tool-form dur-form" onSubmit={(e) => e.preventDefault()} aria-label={t('form.heading')}>
      {GROUPS.map((g) => (
        <fieldset key={g.legend}>
          <legend>{t(g.legend)}</legend>
          {g.fields.map(renderField)}
        </fieldset>
      ))}
    </form>
  );
}
