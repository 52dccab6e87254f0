import { Alert } from 'antd';
import { useAppealsT } from '../i18n';

/** Shown instead of a page the active position may not use (the server would refuse every call). */
export function NoPermission() {
  const t = useAppealsT();
  return <Alert type="warning" showIcon title={t('appeals.noPermission')} data-testid="appeals-no-permission" />;
}
