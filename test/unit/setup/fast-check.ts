// One seed for every property, so the suite gives the same verdict on every run and every clone.
// To explore further, run with FC_SEED=<any integer> (and FC_RUNS=<n> for more cases per property);
// a failure prints the seed and path that replay it.
import fc from 'fast-check';

const seed = Number.parseInt(process.env.FC_SEED ?? '', 10);
const numRuns = Number.parseInt(process.env.FC_RUNS ?? '', 10);
fc.configureGlobal({
  seed: Number.isFinite(seed) ? seed : 20_261_202,
  ...(Number.isFinite(numRuns) && numRuns > 0 ? { numRuns } : {}),
});
