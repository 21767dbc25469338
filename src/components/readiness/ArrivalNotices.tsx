// What the page says on arrival above the steps: the planned start taken from another tool, saving
// being unavailable, and what the other tools already told us about the company (with a way to change it).
import type { Text } from './text';

interface Props {
  text: Text;
  plannedStart: string | undefined;
  replacedStart: string | null;
  storageOff: boolean;
  storageUnavailable: string;
  taken: string;
  changeLabel: string;
  onChange: () => void;
}

export function ArrivalNotices({ text, plannedStart, replacedStart, storageOff, storageUnavailable, taken, changeLabel, onChange }: Props) {
  const { t } = text;
  return (
    <>
      {replacedStart && plannedStart && (
        <p class="notice" data-start-synced>
          {t('notice.startFromProfile', { date: text.date(plannedStart), old: text.date(replacedStart) })}
        </p>
      )}
      {storageOff && <p class="notice warn">{storageUnavailable}</p>}
      {taken && (
        <p class="notice" data-profile-taken>
          {taken}{' '}
          <button type="button" class="link-button" onClick={onChange}>
            {changeLabel}
          </button>
        </p>
      )}
    </>
  );
}
