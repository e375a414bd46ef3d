// Argument parsers shared by the commands; a bad value is a usage error (exit code 2).
import { InvalidArgumentError } from 'commander';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from '../config.js';

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw new InvalidArgumentError('a port is a number from 1 to 65535.');
  return port;
}

const regionLengths = [2, 4, 6, 9, 12];

/** A statistical region code or prefix: 2 (province), 4, 6, 9 or 12 digits. */
export function parseRegionCode(value: string, previous: string[] = []): string[] {
  if (!/^\d+$/.test(value) || !regionLengths.includes(value.length)) {
    throw new InvalidArgumentError(`"${value}" is not a region code (2, 4, 6, 9 or 12 digits, e.g. 31, 3101, 310101).`);
  }
  return [...previous, value];
}

export function describeDatabase(config: AppConfig): string {
  if (!config.databaseUrl) return `PGlite in ${join(config.dataDir, 'pglite')}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`; // never the password
}

/** The configuration from the environment, with command-line overrides. */
export function configFrom(overrides: Partial<Pick<AppConfig, 'port' | 'host'>> = {}): AppConfig {
  const config = loadConfig();
  return { ...config, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
}
