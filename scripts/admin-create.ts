// Usage: npm run admin:create -- --email a@b.org --name "Ada Admin" [--role ADMIN] [--password ...]
// Prompts for whatever is missing. Prefer the prompt for the password: flags end up in shell history.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { StaffRole } from '../src/common/domain.enums.js';
import { MIN_PASSWORD_LENGTH } from '../src/modules/auth/password.js';
import { StaffUsersService } from '../src/modules/auth/staff-users.service.js';
import { systemAuthor } from '../src/common/author.js';
import { withAppContext } from './with-app-context.js';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: StaffRole.ADMIN },
    password: { type: 'string' },
  },
});

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error(`${question.trim()} is required (no terminal to prompt on)`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

const email = values.email ?? (await ask('E-mail: '));
const displayName = values.name ?? (await ask('Name: '));
const password = values.password ?? (await ask(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `));
const role = values.role as StaffRole;

if (!Object.values(StaffRole).includes(role)) {
  console.error(`--role must be one of ${Object.values(StaffRole).join(', ')}`);
  process.exit(2);
}
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
  console.error('The e-mail address is not valid');
  process.exit(2);
}
if (password.length < MIN_PASSWORD_LENGTH) {
  console.error(`The password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  process.exit(2);
}

await withAppContext('admin:create', async (app) => {
  const user = await app
    .get(StaffUsersService)
    .create({ email, displayName: displayName || email, password, role }, systemAuthor('admin:create'));
  console.log(`Created ${user.role} account ${user.email}.`);
});
