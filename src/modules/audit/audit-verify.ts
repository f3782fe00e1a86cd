import type { AuditService } from './audit.service.js';

/** What `npm run audit:verify` prints, and whether the chain is intact (the exit code). */
export async function auditVerifyReport(audit: AuditService): Promise<{ intact: boolean; line: string }> {
  const result = await audit.verify();
  if (!result.broken) return { intact: true, line: `intact, ${result.count} entries, head ${result.headHash}` };
  const why =
    result.broken.reason === 'HASH_MISMATCH'
      ? 'its content does not match its hash'
      : 'it does not link to the entry before it';
  return {
    intact: false,
    line: `BROKEN at entry ${result.broken.seq}: ${why} (${result.count} entries verified before it)`,
  };
}
