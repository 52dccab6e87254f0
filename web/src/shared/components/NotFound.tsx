import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n';

/**
 * "未找到 / Not found". `kind="record"` explains that the record may be outside the user's scope:
 * the server answers 404 both for unknown records and for records outside the caller's scope.
 */
export function NotFound({ kind = 'record' }: { kind?: 'record' | 'page' }) {
  const { t } = useI18n();
  return (
    <div data-testid="not-found" role="alert">
      <Result
        status="404"
        title={<span data-testid="not-found-title">{t('notFound.title')}</span>}
        subTitle={t(kind === 'record' ? 'notFound.record' : 'notFound.page')}
        extra={
          <Link to="/">
            <Button type="primary" data-testid="not-found-home">
              {t('notFound.backHome')}
            </Button>
          </Link>
        }
      />
    </div>
  );
}
