// Timing of estimateDuration, simulation included (under 5 ms: it reruns on every change of an answer). Not part of `npm test`:
//   scripts/with-node.sh npx vitest bench --project unit --run test/unit/models/duration
import { bench, describe } from 'vitest';
import { estimateDuration } from '@/models/duration';
import { TYPICAL_MEDIUM, WORST } from './fixtures';

describe('estimateDuration', () => {
  bench('typical medium company, no start date', () => {
    estimateDuration(TYPICAL_MEDIUM);
  });
  bench('worst case with a start date (calendar checks)', () => {
    estimateDuration({ ...WORST, startDate: '2026-11-02' });
  });
});
