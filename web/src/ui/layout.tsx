import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { LanguageSwitch } from './language-switch.js';

/** The frame of every page: a skip link, the header with the language switch, the main region. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <a className="site-header__name" href="/">
            {t('common.appName')}
          </a>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
