/**
 * The reference data a rule may consult. Providers are loaded lazily by their own modules
 * (gazetteer.ts, agencies.ts); the engine only passes them through, so minimal runs
 * (unit tests of structural rules) need none.
 */
import type { Gazetteer } from './gazetteer';
import type { AgencyRegistry } from './agencies';

export interface ReferenceData {
  gazetteer?: Gazetteer;
  agencies?: AgencyRegistry;
}
