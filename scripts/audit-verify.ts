// Usage: npm run audit:verify — walks the audit hash chain; exits 1 and names the first broken entry.
import { auditVerifyReport } from '../src/modules/audit/audit-verify.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { withAppContext } from './with-app-context.js';

await withAppContext('audit:verify', async (app) => {
  const report = await auditVerifyReport(app.get(AuditService));
  console.log(report.line);
  if (!report.intact) process.exitCode = 1;
});
