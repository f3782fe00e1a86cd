// Usage: npm run admin:create -- --email a@b.org --name "Ada Admin" [--role ADMIN] [--password ...]
// Prompts for whatever is missing; the password is not echoed. Prefer the prompt for the password:
// flags end up in shell history. Exit 0: created; 1: refused (e.g. the e-mail is taken) or the
// database is out of reach; 2: bad or missing input.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { StaffRole } from '../src/common/domain.enums.js';
import { MIN_PASSWORD_LENGTH } from '../src/modules/auth/password.js';
import { StaffUsersService } from '../src/modules/auth/staff-users.service.js';
import { systemAuthor } from '../src/common/author.js';
import { CommandError, withAppContext } from './with-app-context.js';

function noTerminal(question: string): CommandError {
  return new CommandError(`${question.replace(/[ :(].*$/s, '')} is required (no terminal to prompt on)`, 2);
}

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw noTerminal(question);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

/** Reads a line from the terminal in raw mode, so the typed characters are never echoed. */
async function askHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) throw noTerminal(question);
  process.stdout.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error: CommandError | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(null);
        if (ch === '\u0003' || ch === '\u0004') return finish(new CommandError('cancelled', 130));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function input(): Promise<{ email: string; displayName: string; password: string; role: StaffRole }> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string', default: StaffRole.ADMIN },
        password: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new CommandError(error instanceof Error ? error.message : String(error), 2);
  }
  const role = values.role as StaffRole;
  if (!Object.values(StaffRole).includes(role)) {
    throw new CommandError(`--role must be one of ${Object.values(StaffRole).join(', ')}`, 2);
  }
  const email = values.email ?? (await ask('E-mail: '));
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new CommandError('The e-mail address is not valid', 2);
  const displayName = values.name ?? (await ask('Name: '));
  const password = values.password ?? (await askHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `));
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new CommandError(`The password must be at least ${MIN_PASSWORD_LENGTH} characters`, 2);
  }
  return { email, displayName: displayName || email, password, role };
}

let account: Awaited<ReturnType<typeof input>>;
try {
  account = await input();
} catch (error) {
  console.error(`admin:create: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof CommandError ? error.exitCode : 2);
}

await withAppContext('admin:create', async (app) => {
  const user = await app.get(StaffUsersService).create(account, systemAuthor('admin:create'));
  console.log(`Created ${user.role} account ${user.email}.`);
});
