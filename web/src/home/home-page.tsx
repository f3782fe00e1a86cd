import { useI18n } from '../i18n/i18n.js';

export function HomePage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('common.home.title')}</h1>
      <p className="lead">{t('common.home.intro')}</p>
      <div className="cards">
        <section className="card" aria-labelledby="home-nominees">
          <h2 id="home-nominees">{t('common.home.nomineeHeading')}</h2>
          <p>{t('common.home.nomineeText')}</p>
          <a href="/invitation">{t('common.home.nomineeLink')}</a>
        </section>
        <section className="card" aria-labelledby="home-observers">
          <h2 id="home-observers">{t('common.home.explorerHeading')}</h2>
          <p>{t('common.home.explorerText')}</p>
          <p>
            <a href="/elections">{t('common.home.electionsLink')}</a>
          </p>
          <a href="/explorer">{t('common.home.explorerLink')}</a>
        </section>
      </div>
    </>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('common.notFound.title')}</h1>
      <p>{t('common.notFound.text')}</p>
      <a href="/">{t('common.notFound.back')}</a>
    </>
  );
}
