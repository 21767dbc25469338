// What the readiness island shows: the saved answers and the shared profile once the page is live, and
// until then the empty first step the build rendered, so hydration stays in step with the static HTML.
// On arrival (not from a link) it takes what the other tools know about the company: said once on a
// first visit, and the planned start when the profile holds a newer one.
import { useState } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import type { Locale } from '@/i18n/locales';
import { DEFAULT_PROFILE } from '@/models/profile';
import { $storageAvailable } from '@/stores/storage-engine';
import { $profile } from '@/stores/profile';
import { $readiness, EMPTY_READINESS, prefillReadinessFromProfile } from '@/stores/readiness';
import { useShareLink } from '@/components/shared/tool-extras';
import { takenFromElsewhere, type ProfileStrings } from '@/components/shared/profile-text';

export function useReadinessView(profileText: ProfileStrings, locale: Locale) {
  const stored = useStore($readiness);
  const storageAvailable = useStore($storageAvailable);
  const storedProfile = useStore($profile);
  const [taken, setTaken] = useState('');
  const [replacedStart, setReplacedStart] = useState<string | null>(null);

  const ready = useShareLink('readiness', '.rd', (linked) => {
    if (linked) return;
    const firstVisit = Object.keys($readiness.get().answers).length === 0;
    if (firstVisit) setTaken(takenFromElsewhere($profile.get(), profileText, locale));
    const replaced = prefillReadinessFromProfile();
    if (typeof replaced === 'string') setReplacedStart(replaced);
  });
  return {
    ready,
    state: ready ? stored : EMPTY_READINESS,
    profile: ready ? storedProfile : DEFAULT_PROFILE,
    storageAvailable,
    taken,
    replacedStart,
  };
}
