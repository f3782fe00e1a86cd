import { ApiError } from '../../graphql/client.js';
import { useI18n, type Key, type Translate } from '../../i18n/i18n.js';
import { consoleErrorMessage } from '../errors.js';
import { Link, useLocation } from '../router.js';
import { useSession } from '../session-context.js';
import './admin.css';

const ADMIN_RULES = ['CANNOT_DISABLE_SELF', 'CANNOT_CHANGE_OWN_ROLE', 'LAST_ACTIVE_ADMIN'] as const;
type AdminRule = (typeof ADMIN_RULES)[number];
const isAdminRule = (rule: string | undefined): rule is AdminRule => ADMIN_RULES.some((known) => known === rule);

/** An API error as a sentence; the staff-account rules are this area's own. */
export function adminErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.code === 'RULE_VIOLATION' && isAdminRule(error.rule)) {
    return t(`console.admin.rules.${error.rule}` as Key);
  }
  return consoleErrorMessage(error, t);
}

const TABS = [
  { href: '/console/admin', label: 'console.admin.staffTab', operation: 'Query.staffUsers' },
  { href: '/console/admin/audit', label: 'console.admin.auditTab', operation: 'Query.auditLog' },
  { href: '/console/admin/digest', label: 'console.admin.digestTab', operation: 'Query.auditDigest' },
] as const;

/** The Admin area's own navigation: only the screens this role may use. */
export function AdminTabs() {
  const { t } = useI18n();
  const { can } = useSession();
  const { path } = useLocation();
  return (
    <nav className="admin-tabs" aria-label={t('console.admin.tabs')}>
      <ul>
        {TABS.filter((tab) => can(tab.operation)).map((tab) => (
          <li key={tab.href}>
            <Link href={tab.href} aria-current={path === tab.href ? 'page' : undefined}>
              {t(tab.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
