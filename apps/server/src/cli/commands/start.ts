import type { Command } from 'commander';
import { DEMO_PASSWORD, demoAccounts } from '../../modules/demo/accounts.js';
import { CliError } from '../cli-error.js';
import { demoProgressReporter } from '../demo-progress.js';
import { configFrom, describeDatabase, parsePort } from '../options.js';

const SHUTDOWN_GRACE_MS = 10_000;

export function registerStartCommand(program: Command) {
  program
    .command('start')
    .description('Serve the API and the web app. Migrates the database first; an empty database gets the demo data on its first run.')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)', parsePort)
    .option('-H, --host <host>', 'address to listen on (default: $HOST or 0.0.0.0)')
    .action(async (options: { port?: number; host?: string }) => {
      const config = configFrom({ port: options.port, host: options.host });
      const say = (message: string) => process.stderr.write(`linli: ${message}\n`);
      say(`database: ${describeDatabase(config)}`);
      const started = Date.now();
      const progress = demoProgressReporter();
      const { startServer } = await import('../../main.js');
      let server;
      try {
        server = await startServer(config, { say, onDemoProgress: progress.onProgress, interactive: progress.interactive });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
          throw new CliError(`port ${config.port} on ${config.host} is already in use`);
        throw error;
      } finally {
        progress.finish();
      }
      if (server.demo) {
        say(
          `demo data loaded: ${server.demo.regions.written} regions, ${server.demo.accounts} accounts, ${server.demo.organizations} organizations, ${Object.values(server.demo.filings).reduce((a, b) => a + b, 0)} filings`,
        );
        say(`demo accounts: ${demoAccounts.map((a) => a.username).join(', ')} — password ${DEMO_PASSWORD}`);
      }
      say(`listening on ${server.address} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

      // Stay in this action until a signal: the first closes gracefully, a second one exits at once.
      await new Promise<void>((resolve, reject) => {
        let stopping = false;
        const stop = (signal: NodeJS.Signals) => {
          if (stopping) {
            say(`${signal} again: exiting now`);
            process.exit(1);
          }
          stopping = true;
          say(`${signal}: shutting down`);
          const timer = setTimeout(() => reject(new CliError('shutdown took too long')), SHUTDOWN_GRACE_MS);
          timer.unref();
          server.close().then(() => {
            clearTimeout(timer);
            resolve();
          }, reject);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      say('stopped');
    });
}
