import { Button, Switch, Tooltip } from 'antd';
import { FontSizeOutlined, TranslationOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n';
import { usePrefs } from '../prefs';

/** 中文 ⇄ English. Persists in localStorage 'linli.locale'. */
export function LocaleSwitch({ block = false, testId = 'locale-switch' }: { block?: boolean; testId?: string }) {
  const { t, locale, setLocale } = useI18n();
  return (
    <Button
      type="text"
      icon={<TranslationOutlined />}
      data-testid={testId}
      // The button reads its target language in that language (English / 中文); what it does is its title, since a
      // name that differs from the visible words misleads speech input.
      title={t('locale.switchAria')}
      lang={locale === 'en' ? 'zh-CN' : 'en'}
      block={block}
      onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
    >
      {t('locale.switchTo')}
    </Button>
  );
}

/** 大字模式: larger font and controls for elderly users. */
export function LargeTextToggle({ showLabel = true, testId = 'large-text-toggle' }: { showLabel?: boolean; testId?: string }) {
  const { t } = useI18n();
  const { largeText, setLargeText } = usePrefs();
  const sw = (
    <Switch
      checked={largeText}
      onChange={setLargeText}
      data-testid={testId}
      aria-label={t('header.largeText')}
      checkedChildren={<FontSizeOutlined />}
      unCheckedChildren={<FontSizeOutlined />}
    />
  );
  if (!showLabel) return <Tooltip title={t('header.largeText')}>{sw}</Tooltip>;
  return (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8, cursor: 'pointer' }}>
      {sw}
      <span>{t('header.largeText')}</span>
    </label>
  );
}
