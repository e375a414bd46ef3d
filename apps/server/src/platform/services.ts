import type { AppConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { loadPacks } from '../modules/policies/pack-loader.js';
import { BackgroundWork } from './background.js';
import type { Services } from './context.js';
import { FieldCipher } from './crypto.js';

/** Throws PackLoadError before anything starts when a policy pack is malformed. */
export function createServices(database: Database, config: AppConfig): Services {
  return {
    database,
    config,
    cipher: new FieldCipher(config.masterKey),
    packs: loadPacks(config.packsDir),
    background: new BackgroundWork(),
  };
}
