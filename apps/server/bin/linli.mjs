#!/usr/bin/env node
// The `linli` command. The server runs its TypeScript through tsx (docs/decisions/0001-typescript-without-a-server-build.md).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
