import { Alert } from 'antd';
import { useEstateT } from '../i18n';

/** Shown instead of a page the active position may not use (the server would refuse every call). */
export function NoPermission() {
  const t = useEstateT();
  return <Alert type="warning" showIcon title={t('estate.noPermission')} data-testid="estate-no-permission" />;
}
