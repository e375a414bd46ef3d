import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, languages, type Language } from './i18n.js';

/** 中文 / English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('header.language')}
      value={currentLanguage()}
      options={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={(language) => void i18n.changeLanguage(language)}
    />
  );
}
