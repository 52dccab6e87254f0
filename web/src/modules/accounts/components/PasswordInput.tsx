import { Button, Input, Space } from 'antd';
import { generatePassword } from '../api';
import { useAccountsT } from '../i18n';

/** An initial-password field with a "generate" button; shown in clear so the admin can pass it on. */
export function PasswordInput({ value, onChange, testId }: { value?: string; onChange?: (v: string) => void; testId: string }) {
  const t = useAccountsT();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input value={value} onChange={(e) => onChange?.(e.target.value)} autoComplete="new-password" data-testid={testId} />
      <Button onClick={() => onChange?.(generatePassword())} data-testid={`${testId}-generate`}>
        {t('users.generate')}
      </Button>
    </Space.Compact>
  );
}
