import { createUserBody, regionScopedRoles, roles, type Role } from '@linli/shared';
import { Option, type Command } from 'commander';
import { CliError } from '../cli-error.js';
import { configFrom } from '../options.js';
import { promptHidden, readStdin } from '../password-input.js';

interface CreateOptions {
  username: string;
  role: Role;
  region?: string;
  displayName?: string;
  passwordStdin?: boolean;
}

async function readPassword(options: CreateOptions): Promise<string> {
  if (options.passwordStdin) return readStdin();
  if (!process.stdin.isTTY) throw new CliError('no terminal to ask for the password: pipe it in with --password-stdin', 2);
  const password = await promptHidden(`password for ${options.username}: `);
  if ((await promptHidden('repeat the password: ')) !== password) throw new CliError('the passwords differ');
  return password;
}

export function registerUserCommands(program: Command) {
  const usersCommand = program
    .command('users')
    .description('Manage accounts from the server (e.g. the first administrator of a new install).');
  usersCommand
    .command('create')
    .description('Create an account. The password is asked on the terminal, or read from stdin with --password-stdin.')
    .requiredOption('--username <name>', 'login name: letters, digits, . _ -')
    .addOption(new Option('--role <role>', 'role of the account').choices(roles).makeOptionMandatory())
    .option('--region <code>', `region the account is scoped to (required for ${regionScopedRoles.join(', ')})`)
    .option('--display-name <name>', 'name shown in the app and the audit trail (default: the username)')
    .option('--password-stdin', 'read the password from standard input')
    .addHelpText(
      'after',
      '\nExample:\n  printf %s "$ADMIN_PASSWORD" | linli users create --username admin --role sys_admin --password-stdin',
    )
    .action(async (options: CreateOptions, command: Command) => {
      const needsRegion = regionScopedRoles.includes(options.role);
      if (needsRegion && !options.region) command.error(`error: --region is required for the role ${options.role}`);
      if (!needsRegion && options.region) command.error(`error: the role ${options.role} sees the whole platform and takes no --region`);
      const password = await readPassword(options);
      const parsed = createUserBody.safeParse({
        username: options.username,
        displayName: options.displayName ?? options.username,
        role: options.role,
        regionCode: options.region ?? null,
        password,
      });
      if (!parsed.success) {
        const problems = parsed.error.issues.map(
          (i) => `${i.path.join('.')}: ${i.path[0] === 'password' ? 'at least 10 characters with letters and digits' : i.message}`,
        );
        throw new CliError(`invalid account: ${problems.join('; ')}`);
      }
      const [{ withRuntime }, { createAccount }] = await Promise.all([import('../runtime.js'), import('../users-create.js')]);
      const user = await withRuntime(configFrom(), ({ services }) => createAccount(services, parsed.data));
      process.stdout.write(`created ${user.role} ${user.username}${user.regionCode ? ` in ${user.regionCode}` : ''} (${user.id})\n`);
    });
}
