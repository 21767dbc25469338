// The shared company profile: the name for the cover, and the size every tool uses. Edits go
// straight to the shared store; a head count that is not a whole number gets its message beside the
// field and changes nothing.
import { useEffect, useState } from 'preact/hooks';
import { COMPANY_SIZES, parseEmployees, type CompanySize, type Profile } from '@/models/profile';
import type { Text } from './text';
import { CurrentToolsField } from '@/components/shared/ProfileFields';

/** The shared profile strings the island carries under `site.` (see strings.ts). */
function siteProfileStrings(text: Text): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['profile.toolsLabel', 'profile.toolsHelp', 'profile.toolOption.spreadsheets', 'profile.toolOption.chat', 'profile.toolOption.erp', 'profile.toolOption.crm']) out[key] = text.t(`site.${key}`);
  return out;
}

interface Props {
  profile: Profile;
  text: Text;
  onChange: (patch: Partial<Omit<Profile, 'version'>>) => void;
}

const MAX_TEXT = 120;

export function ProfileForm({ profile, text, onChange }: Props) {
  const { t } = text;
  const [employees, setEmployees] = useState(profile.employees === null ? '' : String(profile.employees));
  const [employeesError, setEmployeesError] = useState(false);

  // A change from elsewhere (another tab, an import, "clear my data") shows up in the field.
  useEffect(() => {
    const parsed = parseEmployees(employees);
    if (parsed !== 'invalid' && parsed !== profile.employees) {
      setEmployees(profile.employees === null ? '' : String(profile.employees));
      setEmployeesError(false);
    }
  }, [profile.employees]);

  return (
    <section class="card plan-profile tool-form" aria-labelledby="plan-profile-title">
      <h2 id="plan-profile-title">{t('profile.heading')}</h2>
      <p class="muted">{t('profile.intro')}</p>
      <div class="plan-profile-grid">
        <div class="field">
          <label for="plan-company">{t('profile.companyName.label')}</label>
          <input
            id="plan-company"
            type="text"
            maxLength={MAX_TEXT}
            autocomplete="organization"
            value={profile.companyName}
            aria-describedby="plan-company-help"
            onInput={(e) => onChange({ companyName: (e.currentTarget as HTMLInputElement).value.slice(0, MAX_TEXT) })}
          />
          <p class="help" id="plan-company-help">
            {t('profile.companyName.help')}
          </p>
        </div>
        <div class="field">
          <label for="plan-industry">{t('profile.industry.label')}</label>
          <input
            id="plan-industry"
            type="text"
            maxLength={MAX_TEXT}
            value={profile.industry}
            onInput={(e) => onChange({ industry: (e.currentTarget as HTMLInputElement).value.slice(0, MAX_TEXT) })}
          />
        </div>
        <div class="field">
          <label for="plan-employees">{t('profile.employees.label')}</label>
          <input
            id="plan-employees"
            type="text"
            inputMode="numeric"
            value={employees}
            aria-invalid={employeesError ? 'true' : undefined}
            aria-describedby={employeesError ? 'plan-employees-error plan-employees-help' : 'plan-employees-help'}
            onInput={(e) => {
              const raw = (e.currentTarget as HTMLInputElement).value;
              setEmployees(raw);
              const parsed = parseEmployees(raw);
              setEmployeesError(parsed === 'invalid');
              if (parsed !== 'invalid') onChange({ employees: parsed });
            }}
          />
          <p class="help" id="plan-employees-help">
            {t('profile.employees.help')}
          </p>
          {employeesError && (
            <p class="error" id="plan-employees-error" role="alert">
              {t('profile.employees.error')}
            </p>
          )}
        </div>
        <div class="field">
          <label for="plan-size">{t('profile.companySize.label')}</label>
          <select
            id="plan-size"
            value={profile.companySize ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              onChange({ companySize: (COMPANY_SIZES as readonly string[]).includes(v) ? (v as CompanySize) : null });
            }}
          >
            <option value="">{t('profile.companySize.none')}</option>
            {COMPANY_SIZES.map((size) => (
              <option value={size} key={size}>
                {t(`size.${size}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <CurrentToolsField tools={profile.currentTools} strings={siteProfileStrings(text)} name="plan-tools" onChange={(currentTools) => onChange({ currentTools })} />
    </section>
  );
}
