/** The reference data the benchmark lints with: the same loader the server and the CLI use. */
import { loadReferenceData } from '../server/src/core/data/load';

export function loadReferenceDataForBench(): ReturnType<typeof loadReferenceData> {
  return loadReferenceData();
}
