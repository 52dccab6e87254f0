import { Alert } from 'antd';
import { usePeopleT } from '../i18n';

/** Shown instead of a page the active position may not use (the server would refuse every call). */
export function NoPermission() {
  const t = usePeopleT();
  return <Alert type="warning" showIcon title={t('people.noPermission')} data-testid="people-no-permission" />;
}
