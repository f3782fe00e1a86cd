/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { StaffRole } from '../../src/common/domain.enums.js';
import { AuditService } from '../../src/modules/audit/audit.service.js';
import { consoleJourney, signIn, staffAccount } from './support/console-pages.js';
import { checkScreen, fitsIn320, openTab } from './support/page-checks.js';

// The console's Admin area in a real Chromium against the real server: an administrator creates an
// account, changes its role, disables it (its open session ends when it next acts), finds the role
// change in the audit log and verifies the audit chain; an officer is offered none of it.
// Screenshots go to test-results/screenshots.
const journey = consoleJourney();

async function account(role: StaffRole, displayName: string): Promise<{ email: string }> {
  return { email: await staffAccount(journey.server, role, displayName) };
}

const newTab = () => openTab(journey.browser, journey.server.baseUrl);

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe('the console’s Admin area', () => {
  it('creates an account, changes its role, disables it, finds the change in the audit log and verifies the chain', async () => {
    const admin = await account(StaffRole.ADMIN, 'Ada Admin');
    const { context, page, blocked, problems } = await newTab();

    await page.goto(`${journey.server.baseUrl}/console/elections`);
    await signIn(page, admin.email);
    await heading(page, 'Elections').waitFor();
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Admin' }).click();
    await heading(page, 'Staff accounts').waitFor();
    await page.getByRole('row', { name: /Ada Admin \(you\)/ }).waitFor();
    // One's own account offers no action.
    expect(await page.getByRole('button', { name: 'Disable Ada Admin' }).count()).toBe(0);

    // Nothing typed: each problem named and linked to its field.
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByRole('link', { name: 'Enter the name' }).waitFor();
    await page.getByRole('link', { name: 'Enter the e-mail address' }).waitFor();
    await page.getByRole('link', { name: 'Choose the role' }).waitFor();

    // A typed password too short is refused before it is sent; a generated one is offered.
    const email = `renee-${randomBytes(4).toString('hex')}@example.org`;
    await page.getByLabel('Name', { exact: true }).fill('Renée Rapporteur');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('radio', { name: 'elections officer' }).check();
    await page.getByRole('radio', { name: 'Type a password' }).check();
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByRole('link', { name: 'The password needs at least 12 characters' }).waitFor();
    await checkScreen(page, 'console-admin-01-create-refused');
    await page.getByRole('radio', { name: 'Generate a password' }).check();
    const password = await page.getByLabel('Generated password').inputValue();
    expect(password).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByText(`The account of Renée Rapporteur (${email}) was created as elections officer.`).waitFor();
    await page.getByText(`Their initial password: ${password}.`).waitFor();
    await page
      .getByRole('row', { name: /Renée Rapporteur/ })
      .getByText('elections officer')
      .waitFor();
    await checkScreen(page, 'console-admin-02-created');
    await fitsIn320(page, 'console-admin-02-created');

    // Renée signs in with the generated password, in her own browser.
    const renee = await newTab();
    await renee.page.goto(`${journey.server.baseUrl}/console`);
    await signIn(renee.page, email, password);
    await renee.page.getByText('Signed in as Renée Rapporteur (elections officer)').waitFor();
    await renee.page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'New election' }).waitFor();
    // She acts: filters the list of elections, which is asked for again with her token.
    const act = async (year: string) => {
      await renee.page.getByLabel('Year nominations open').fill(year);
      await renee.page.getByRole('button', { name: 'Apply filters' }).click();
    };

    // Change its role: her session, signed for an elections officer, ends when she next acts.
    await page.getByRole('button', { name: 'Change role of Renée Rapporteur' }).click();
    await page.getByRole('heading', { name: 'Change the role of Renée Rapporteur' }).waitFor();
    await page.getByLabel('New role').selectOption({ label: 'panel member' });
    await checkScreen(page, 'console-admin-03-role');
    await page.getByRole('button', { name: 'Change the role', exact: true }).click();
    await page.getByText('Renée Rapporteur is now panel member.').waitFor();
    await page
      .getByRole('row', { name: /Renée Rapporteur/ })
      .getByText('panel member')
      .waitFor();
    await act('2030');
    await renee.page.getByText(/Your session has ended: .*its role was changed/).waitFor();
    await signIn(renee.page, email, password);
    await renee.page.getByText('Signed in as Renée Rapporteur (panel member)').waitFor();
    expect(await renee.page.getByRole('link', { name: /New election|Admin/ }).count()).toBe(0);

    // Disabled, with a confirmation.
    await page.getByRole('button', { name: 'Disable Renée Rapporteur' }).click();
    await page.getByRole('heading', { name: 'Disable the account of Renée Rapporteur?' }).waitFor();
    await checkScreen(page, 'console-admin-04-disable-confirm');
    await page.getByRole('button', { name: 'Disable the account' }).click();
    await page.getByText('The account of Renée Rapporteur is disabled.').waitFor();
    await page
      .getByRole('row', { name: /Renée Rapporteur/ })
      .getByText(/^Disabled since/)
      .waitFor();
    await page.getByRole('button', { name: 'Enable Renée Rapporteur' }).waitFor();

    // Her open session ends, with a clear message, as soon as she acts.
    await act('2031');
    await renee.page.getByText(/Your session has ended: .*your account was disabled/).waitFor();
    await heading(renee.page, 'Sign in to the staff console').waitFor();
    await signIn(renee.page, email, password);
    await renee.page.getByText('The e-mail address or the password is not right').first().waitFor();

    // The audit log, filtered to find the role change.
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
    await heading(page, 'Audit log').waitFor();
    await page.getByLabel('Operation').fill('setStaffUserRole');
    await page.getByLabel('Who').selectOption({ label: `Ada Admin (${admin.email})` });
    await page.getByLabel('Kind of record').fill('StaffUser');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.getByText('1 entry', { exact: true }).waitFor();
    const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /setStaffUserRole/ }) });
    await entry.getByText('Ada Admin', { exact: false }).first().waitFor();
    const role = entry.getByRole('row', { name: /^role/ });
    await role.getByRole('deletion').getByText('ELECTIONS_OFFICER').waitFor();
    await role.getByRole('insertion').getByText('PANEL_MEMBER').waitFor();
    expect(await entry.getByText(/argon2|passwordHash/).count()).toBe(0);
    await checkScreen(page, 'console-admin-05-audit-filtered');
    await fitsIn320(page, 'console-admin-05-audit-filtered');

    // The record's whole history: created, role changed, disabled; the address keeps the filter.
    await entry.getByRole('link', { name: 'History of this record' }).click();
    await page.getByText('3 entries', { exact: true }).waitFor();
    expect(await page.getByLabel('Operation').inputValue()).toBe('');
    await page.getByRole('heading', { name: /: disableStaffUser$/ }).waitFor();
    await page.getByRole('heading', { name: /: createStaffUser$/ }).waitFor();
    await page.reload();
    await page.getByText('3 entries', { exact: true }).waitFor();

    // The digest (one published, as `npm run audit:verify -- --publish` does), and a verification of the whole chain.
    const audit = journey.server.app.get(AuditService);
    const published = await audit.digest();
    await audit.publishDigest(published);
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit digest' }).click();
    await heading(page, 'Audit digest').waitFor();
    await page.getByRole('row', { name: new RegExp(`^${published.count} ${published.headHash}`) }).waitFor();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page
      .getByText(
        `The chain is intact: ${published.count} entries verified; it agrees with every published digest (1).`,
        {
          exact: false,
        },
      )
      .waitFor();
    await checkScreen(page, 'console-admin-06-digest-verified');
    await fitsIn320(page, 'console-admin-06-digest-verified');

    // French.
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await heading(page, 'Empreinte du journal d’audit').waitFor();
    await page.getByText(/^La chaîne est intacte : \d+ entrées vérifiées ; elle concorde/).waitFor();
    await checkScreen(page, 'console-admin-07-digest-french');
    await page.getByRole('button', { name: 'Read in English' }).click();

    // The database owner rewrites an entry behind the log's back: the verdict names it.
    const [{ seq }] = await journey.server.dataSource.query<{ seq: string }[]>(
      `SELECT seq FROM audit_entry WHERE operation = 'setStaffUserRole' ORDER BY seq DESC LIMIT 1`,
    );
    const owner = await journey.server.owner();
    await owner.transaction(async (m) => {
      await m.query(`ALTER TABLE audit_entry DISABLE TRIGGER tr_audit_entry_no_update_delete`);
      await m.query(`UPDATE audit_entry SET after = jsonb_set(after, '{role}', '"ADMIN"') WHERE seq = $1`, [seq]);
      await m.query(`ALTER TABLE audit_entry ENABLE TRIGGER tr_audit_entry_no_update_delete`);
    });
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page.getByText(new RegExp(`^The chain is broken at entry ${seq}\\.`)).waitFor();
    await page.getByText(/^Its content no longer matches its hash/).waitFor();
    await checkScreen(page, 'console-admin-08-digest-broken');

    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    expect(renee.blocked).toEqual([]);
    expect(renee.problems).toEqual([]);
    await renee.context.close();
    await context.close();
  });

  it('offers an officer no Admin link, and says /console/admin is not allowed', async () => {
    const officer = await account(StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const { context, page, problems } = await newTab();
    await page.goto(`${journey.server.baseUrl}/console/elections`);
    await signIn(page, officer.email);
    await heading(page, 'Elections').waitFor();
    await page.getByText('Signed in as Olivia Officer (elections officer)').waitFor();
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    for (const path of ['/console/admin', '/console/admin/audit', '/console/admin/digest']) {
      await page.goto(`${journey.server.baseUrl}${path}`);
      await heading(page, 'Your role may not do this.').waitFor();
      expect([path, await page.getByRole('button', { name: /Create|Verify|Disable|Show entries/ }).count()]).toEqual([
        path,
        0,
      ]);
    }
    await checkScreen(page, 'console-admin-09-officer-refused');
    await fitsIn320(page, 'console-admin-09-officer-refused');
    expect(problems).toEqual([]);
    await context.close();
  });
});
