import type { CSSProperties } from 'react';
import { Alert, Button } from 'antd';
import { isApiError } from '../../app/api/client';
import { useI18n } from '../../app/i18n';

/** Message to show for any error: the server's message is already in the user's language. */
export function errorMessage(e: unknown): string {
  if (isApiError(e)) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Shows a server error inline: `error.message` (localised by the server), the code in small print. */
export function ErrorAlert({
  error,
  onRetry,
  testId = 'error-alert',
  style,
}: {
  error: unknown;
  onRetry?: () => void;
  testId?: string;
  style?: CSSProperties;
}) {
  const { t } = useI18n();
  if (!error) return null;
  const code = isApiError(error) ? error.code : null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      role="alert"
      style={{ marginBottom: 16, ...style }}
      title={errorMessage(error)}
      description={
        code ? (
          <span style={{ opacity: 0.6, fontSize: '0.85em' }} data-testid={`${testId}-code`}>
            {code}
          </span>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
