// The company's head count and current tools, edited where a tool asks about the company. They
// live in the shared profile, so every tool reads the same answers.
import { useState } from 'preact/hooks';
import { CURRENT_TOOLS, parseEmployees, type CurrentTool, type Profile } from '@/models/profile';
import { profileSummary, summarySentence, type ProfileStrings } from './profile-text';
import type { Locale } from '@/i18n/locales';

interface Props {
  profile: Profile;
  strings: ProfileStrings;
  locale: Locale;
  /** Prefix for the element ids, unique on the page. */
  idPrefix: string;
  onEmployees: (n: number | null) => void;
  onTools: (tools: CurrentTool[]) => void;
}

export function ProfileFields({ profile, strings, locale, idPrefix, onEmployees, onTools }: Props) {
  const s = (key: string) => strings[key] ?? key;
  const [draft, setDraft] = useState<string | null>(null);
  const [bad, setBad] = useState(false);
  const id = `${idPrefix}-employees`;
  const summary = profileSummary(profile, strings, locale, { start: false });

  const commitEmployees = (raw: string) => {
    const n = parseEmployees(raw);
    if (n === 'invalid') return setBad(true);
    setBad(false);
    setDraft(null);
    onEmployees(n);
  };

  return (
    <fieldset class="profile-fields" id={`${idPrefix}-company`}>
      <legend>{s('profile.heading')}</legend>
      <p class="help">{s('profile.intro')}</p>
      <div class="field">
        <label for={id}>{s('profile.employeesLabel')}</label>
        <p class="help" id={`${id}-help`}>
          {s('profile.employeesHelp')}
        </p>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={8}
          value={draft ?? (profile.employees === null ? '' : String(profile.employees))}
          aria-invalid={bad ? 'true' : undefined}
          aria-describedby={bad ? `${id}-help ${id}-error` : `${id}-help`}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => commitEmployees(e.currentTarget.value)}
        />
        {bad && (
          <p class="error" id={`${id}-error`}>
            {s('profile.employeesError')}
          </p>
        )}
      </div>
      <CurrentToolsField tools={profile.currentTools} strings={strings} name={`${idPrefix}-tools`} onChange={onTools} />
      {/* What the other tools will take from here, confirmed as it changes. */}
      <p class="help" role="status" data-profile-summary>
        {summarySentence(strings['profile.sharedSummary'] ?? '', summary, locale)}
      </p>
    </fieldset>
  );
}

/** The current tools as checkboxes: used by the readiness self-assessment and the plan's profile form. */
export function CurrentToolsField({ tools, strings, name, onChange }: { tools: readonly CurrentTool[]; strings: ProfileStrings; name: string; onChange: (tools: CurrentTool[]) => void }) {
  const s = (key: string) => strings[key] ?? key;
  const toggle = (tool: CurrentTool, on: boolean) => {
    const next = new Set(tools);
    if (on) next.add(tool);
    else next.delete(tool);
    onChange(CURRENT_TOOLS.filter((t) => next.has(t)));
  };
  return (
    <fieldset class="field profile-tools">
      <legend>{s('profile.toolsLabel')}</legend>
      <p class="help">{s('profile.toolsHelp')}</p>
      {CURRENT_TOOLS.map((tool) => (
        <label key={tool} class="check">
          <input type="checkbox" id={`${name}-${tool}`} name={`${name}-${tool}`} value={tool} checked={tools.includes(tool)} onChange={(e) => toggle(tool, e.currentTarget.checked)} />{' '}
          {s(`profile.toolOption.${tool}`)}
        </label>
      ))}
    </fieldset>
  );
}
