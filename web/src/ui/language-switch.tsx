import { useI18n } from '../i18n/i18n.js';

/** Switches between English and French; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const other = language === 'en' ? 'fr' : 'en';
  return (
    <button type="button" className="language-switch" lang={other} onClick={() => setLanguage(other)}>
      {t('common.switchTo')}
    </button>
  );
}
