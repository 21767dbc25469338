// The two figures every option shares: how many users, over how many years.
import { YEAR_CHOICES, type TcoInput } from '@/models/matrix';
import { fieldKey, type Draft } from '@/stores/selection';
import { Field } from '../Field';
import type { Text } from '../text';

interface Props {
  text: Text;
  input: TcoInput;
  usersDraft: Draft | undefined;
  onUsers: (raw: string) => void;
  onYears: (raw: string) => void;
  onSettle: (key: string) => void;
}

export function CostInputs({ text, input, usersDraft, onUsers, onYears, onSettle }: Props) {
  return (
    <div class="sel-cost-top tool-form">
      <Field
        id="sel-users"
        label={text.t('cost.users')}
        help={text.t('cost.usersHelp')}
        inputMode="numeric"
        size={8}
        value={String(input.users)}
        draft={usersDraft}
        error={usersDraft?.code ? text.errorText(usersDraft.code, 'users') : null}
        onInput={onUsers}
        onBlur={() => onSettle(fieldKey.users)}
      />
      <div class="field">
        <label for="sel-years">{text.t('cost.years')}</label>
        <select
          id="sel-years"
          value={String(input.years)}
          aria-describedby="sel-years-help"
          onChange={(e) => onYears((e.currentTarget as HTMLSelectElement).value)}
        >
          {YEAR_CHOICES.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
        <p class="help" id="sel-years-help">
          {text.t('cost.yearsHelp')}
        </p>
      </div>
    </div>
  );
}
