/**
 * The one place the adapters (language server, CLI) get the reference data from, so both
 * pass the same `data` to lint. The providers stay lazy: each is built on first access
 * (getters), so a run whose rules never consult the gazetteer does not pay for loading it.
 */
import { getAgencyRegistry } from './agencies';
import { getGazetteer } from './gazetteer';
import type { ReferenceData } from './reference';

export function loadReferenceData(): ReferenceData {
  return {
    get gazetteer() {
      return getGazetteer();
    },
    get agencies() {
      return getAgencyRegistry();
    },
  };
}
