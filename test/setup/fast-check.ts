/**
 * Property tests run with a fixed seed so that `npm test` gives the same verdict on every machine; a failure prints the
 * seed and path to replay it. `npm run test:fuzz` explores further: FC_SEED=random draws a new seed for every property and
 * FC_RUNS sets how many inputs a property tries when it does not choose its own count.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
const runs = process.env.FC_RUNS;

fc.configureGlobal({
  ...(seed === 'random' ? {} : { seed: seed === undefined ? 20261123 : Number(seed) }),
  ...(runs === undefined ? {} : { numRuns: Number(runs) }),
});
