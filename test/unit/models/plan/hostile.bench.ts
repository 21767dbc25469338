// How fast the worst hostile input is refused (goal: under 20 ms each, so a crafted link or file can
// never hold a page up). Timed by `npm run bench` (models part), never asserted in the unit suite:
//   scripts/with-node.sh npx vitest bench --project unit --run test/unit/models/plan/hostile.bench.ts
import { bench, describe } from 'vitest';
import { encodeShareText, readShareFragment } from '@/lib/share-link';
import { readStored } from '@/stores/persisted';
import { PLAN_KIND, readPlanState, validateImport } from '@/models/plan';
import { PLAN_SHARE } from '@/models/plan/share-pack';
import { parseProfile } from '@/models/profile';

const DEPTH = 10_000;
const deepText = '{"a":['.repeat(DEPTH / 2) + '"x"' + ']}'.repeat(DEPTH / 2);
const planWith = (value: string) => `{"profile":{"version":1,"companyName":${value}},"readiness":null,"duration":null,"selection":null,"kpi":null}`;
const file = `{"kind":"${PLAN_KIND}","version":1,"exportedAt":null,"plan":${planWith(deepText)}}`;
const link = `#plan=${encodeShareText(`{"k":"${PLAN_KIND}","v":1,"p":${planWith(deepText)}}`)}`;
const megabyte = `{"version":1,"companyName":"${'中'.repeat(1_000_000)}"}`;
let parsedDeep: unknown = 'x';
for (let i = 0; i < DEPTH; i += 1) parsedDeep = { a: [parsedDeep] };

describe('hostile input refused (goal: under 20 ms each)', () => {
  bench('plan link, profile.companyName nested 10,000 deep', () => {
    readShareFragment(link, 'plan', PLAN_SHARE);
  });
  bench('plan file, profile.companyName nested 10,000 deep', () => {
    validateImport(file);
  });
  bench('plan value already parsed, 20,000 levels', () => {
    readPlanState({ profile: parsedDeep, readiness: null, duration: null, selection: null, kpi: null });
  });
  bench('stored profile with a 1 MB name', () => {
    readStored(megabyte, parseProfile, null);
  });
});
