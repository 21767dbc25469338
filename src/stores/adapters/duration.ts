import { $durationInput, SHARE_NAME, replaceDurationInput } from '../duration';
import { validateDurationInput } from '@/models/duration/validate';
import { estimateDuration } from '@/models/duration/estimate';
import { compareDurations } from '@/models/scenarios/duration';
import type { DurationInput } from '@/models/duration/types';
import { readToolLink } from './link';
import type { ToolAdapter } from './types';

export const parseDuration = (raw: unknown): DurationInput | null => {
  const r = validateDurationInput(raw);
  return r.ok ? r.value : null;
};

export const durationAdapter: ToolAdapter<DurationInput> = {
  tool: 'duration',
  readLink: (hash) => readToolLink(hash, SHARE_NAME, () => import('@/models/duration/share-pack').then((m) => m.DURATION_SHARE), parseDuration),
  get: () => $durationInput.get(),
  set: replaceDurationInput,
  parse: parseDuration,
  compare: (a, b) => [{ tool: 'duration', c: compareDurations(estimateDuration(a), estimateDuration(b)) }],
};
