import { Alert } from 'antd';
import { useI18n } from '../../app/i18n';

/** Shown instead of a page the active position may not use (the server would refuse every call anyway). */
export function NoPermission() {
  const { t } = useI18n();
  return <Alert type="warning" showIcon title={t('noPermission.title')} data-testid="no-permission" />;
}
