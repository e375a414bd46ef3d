// Entry of bin/linli.mjs: runs one command and exits with a code that means something:
// 0 success, 1 failure, 2 usage error (unknown command, bad option).
import { CommanderError } from 'commander';
import { ZodError } from 'zod';
import { CliError, EXIT } from './cli-error.js';
import { buildProgram } from './program.js';

function describe(error: unknown): { message: string; code: number } {
  if (error instanceof CommanderError) return { message: '', code: error.exitCode === 0 ? EXIT.ok : EXIT.usage };
  if (error instanceof CliError) return { message: error.message, code: error.exitCode };
  if (error instanceof ZodError) {
    const problems = error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ');
    return { message: `invalid configuration or input: ${problems}`, code: EXIT.failure };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (process.env.LINLI_LOG_LEVEL === 'debug' && error instanceof Error && error.stack) return { message: error.stack, code: EXIT.failure };
  return { message, code: EXIT.failure };
}

let code: number = EXIT.ok;
try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  const outcome = describe(error);
  if (outcome.message) process.stderr.write(`linli: ${outcome.message}\n`);
  code = outcome.code;
}
// Explicit: a lingering handle (a pool, a worker) must not keep a finished command alive.
process.exit(code);
