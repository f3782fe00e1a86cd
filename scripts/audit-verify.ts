// Usage: npm run audit:verify [-- --expect-count N [--expect-head HASH]] [-- --publish]
// Walks the audit hash chain and checks it against every published digest and the one given here
// (a digest kept elsewhere: a truncated or re-hashed chain disagrees with it). Exit 0: intact;
// 1: broken, rewritten or truncated, or the check could not run; 2: bad arguments.
// With --publish, an intact chain's digest is added to the published history (auditDigestHistory).
import { parseArgs } from 'node:util';
import { auditVerifyReport, type VerifyExpectations } from '../src/modules/audit/audit-verify.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { CommandError, withAppContext } from './with-app-context.js';

function expectations(): { expect: VerifyExpectations; publish: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'expect-count': { type: 'string' },
        'expect-head': { type: 'string' },
        publish: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new CommandError(error instanceof Error ? error.message : String(error), 2);
  }
  const count = values['expect-count'];
  const head = values['expect-head']?.toLowerCase();
  if (count !== undefined && !/^\d{1,9}$/.test(count)) {
    throw new CommandError('--expect-count must be a number of entries', 2);
  }
  if (head !== undefined && !/^[0-9a-f]{64}$/.test(head)) {
    throw new CommandError('--expect-head must be a SHA-256 hash (64 hexadecimal digits)', 2);
  }
  return {
    expect: { expectCount: count === undefined ? undefined : Number(count), expectHead: head },
    publish: values.publish,
  };
}

let parsed: ReturnType<typeof expectations>;
try {
  parsed = expectations();
} catch (error) {
  console.error(`audit:verify: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof CommandError ? error.exitCode : 2);
}
const { expect, publish } = parsed;

await withAppContext('audit:verify', async (app) => {
  const audit = app.get(AuditService);
  const report = await auditVerifyReport(audit, expect);
  console.log(report.line);
  if (!report.intact) return 1;
  if (publish && report.count > 0) {
    const published = await audit.publishDigest({ count: report.count, headHash: report.headHash });
    console.log(`published: ${published.count} entries, head ${published.headHash}`);
  }
  return 0;
});
