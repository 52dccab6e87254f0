import { type ReactNode, useState } from 'react';
import { Alert, App, Button, Descriptions, Divider, Flex, Form, Input, Tag, Typography } from 'antd';
import { CopyOutlined, DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import type { ApiResponse } from '../api/types';
import { useApiMutation } from '../../shared/hooks/useApiMutation';
import { useAuth } from '../auth/AuthContext';
import { useTwoFactorT } from '../auth/twoFactor.i18n';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { Loading } from '../../shared/components/QueryState';
import { formatTime } from '../../shared/format';
import { AuthShell } from './AuthShell';

type TotpStatus = ApiResponse<'/api/auth/totp'>;
type Setup = ApiResponse<'/api/auth/totp/setup', 'post'>;

/** The page's writes, one at a time: which one runs is the busy button. */
type Action = { kind: 'start' } | { kind: 'confirm'; code: string } | { kind: 'renew'; code: string } | { kind: 'disable'; password: string; code: string };

const STATUS_KEY = ['auth', 'totp'] as const;
const CODE_RULE = /^\s*\d{3}\s?\d{3}\s*$/;

/**
 * /two-factor — the user's own second factor: set it up (QR code and key, then a first code), see the recovery
 * codes once, make new ones, turn it off. A session whose roles require one and has none is held here.
 */
export function TwoFactorPage() {
  const tf = useTwoFactorT();
  const { session, refresh, logout } = useAuth();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const status = useQuery({ queryKey: STATUS_KEY, queryFn: ({ signal }) => api.get('/api/auth/totp', { signal }) });
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const forced = !!session?.user.mustEnrollSecondFactor;
  const act = useApiMutation(
    async (a: Action): Promise<void> => {
      switch (a.kind) {
        case 'start':
          setSetup(await api.post('/api/auth/totp/setup'));
          return;
        case 'confirm':
          setCodes((await api.post('/api/auth/totp/confirm', { body: { code: a.code.trim() } })).recoveryCodes);
          setSetup(null);
          return;
        case 'renew':
          setCodes((await api.post('/api/auth/totp/recovery-codes', { body: { code: a.code.trim() } })).recoveryCodes);
          return;
        case 'disable':
          await api.post('/api/auth/totp/disable', { body: { password: a.password, code: a.code.trim() } });
      }
    },
    { invalidate: (_, a) => (a.kind === 'disable' ? [STATUS_KEY] : []) },
  );
  const busy = act.isPending ? act.variables.kind : null;
  const error = act.error;

  const leave = async () => {
    setCodes(null);
    await qc.invalidateQueries({ queryKey: STATUS_KEY });
    await refresh();
    if (forced) navigate('/', { replace: true });
  };

  const footer = forced ? (
    <Button block type="text" onClick={() => void logout('user')} data-testid="tf-logout">
      {tf('header.logout')}
    </Button>
  ) : (
    <Button block type="text" onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/'))} data-testid="tf-back">
      {tf('tf.back')}
    </Button>
  );

  let body: ReactNode;
  if (codes) {
    body = <RecoveryCodes codes={codes} account={session?.user.username ?? ''} onDone={() => void leave()} />;
  } else if (status.isPending) {
    body = <Loading testId="tf-loading" />;
  } else if (status.error) {
    body = <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  } else if (status.data.enabled) {
    body = (
      <Enabled
        status={status.data}
        busy={busy}
        onRenew={(code) => act.mutate({ kind: 'renew', code })}
        onDisable={(password, code) => act.mutate({ kind: 'disable', password, code })}
      />
    );
  } else if (setup) {
    body = (
      <Form<{ code: string }>
        layout="vertical"
        requiredMark={false}
        size="large"
        data-testid="tf-confirm-form"
        onFinish={(v) => act.mutate({ kind: 'confirm', code: v.code })}
      >
        <Typography.Paragraph strong>{tf('tf.step1')}</Typography.Paragraph>
        <Flex justify="center" style={{ marginBottom: 12 }}>
          <img src={setup.qrCode} alt={setup.uri} width={200} height={200} style={{ imageRendering: 'pixelated' }} data-testid="tf-qr" />
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {tf('tf.step1Manual')}
        </Typography.Paragraph>
        <Typography.Paragraph copyable={{ text: setup.secret }} code style={{ wordBreak: 'break-all' }} data-testid="tf-secret">
          {setup.secret.replace(/(.{4})/g, '$1 ').trim()}
        </Typography.Paragraph>
        <Typography.Paragraph strong>{tf('tf.step2')}</Typography.Paragraph>
        <Form.Item name="code" label={tf('tf.code')} rules={[{ required: true, pattern: CODE_RULE, message: tf('tf.codeRequired') }]}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={7} placeholder="123456" data-testid="tf-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy === 'confirm'} data-testid="tf-confirm">
          {tf('tf.confirm')}
        </Button>
      </Form>
    );
  } else {
    body = (
      <>
        <Typography.Paragraph data-testid="tf-intro">{tf('tf.intro')}</Typography.Paragraph>
        <Button
          type="primary"
          block
          size="large"
          icon={<SafetyCertificateOutlined />}
          loading={busy === 'start'}
          data-testid="tf-start"
          onClick={() => act.mutate({ kind: 'start' })}
        >
          {tf('tf.start')}
        </Button>
      </>
    );
  }

  return (
    <AuthShell title={tf('tf.title')}>
      {forced && !codes && <Alert type="warning" showIcon title={tf('tf.required')} style={{ marginBottom: 16 }} data-testid="tf-required" />}
      {error ? <ErrorAlert error={error} testId="tf-error" /> : null}
      {body}
      {!codes && <div style={{ marginTop: 12 }}>{footer}</div>}
    </AuthShell>
  );
}

function Enabled({
  status,
  busy,
  onRenew,
  onDisable,
}: {
  status: TotpStatus;
  busy: string | null;
  onRenew: (code: string) => void;
  onDisable: (password: string, code: string) => void;
}) {
  const tf = useTwoFactorT();
  return (
    <>
      <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
        <Descriptions.Item label={tf('tf.title')}>
          <Tag color="green" data-testid="tf-status">
            {tf('tf.statusOn')}
          </Tag>
        </Descriptions.Item>
        {status.confirmedAt && <Descriptions.Item label={tf('tf.since')}>{formatTime(status.confirmedAt)}</Descriptions.Item>}
        <Descriptions.Item label={tf('tf.codesLeft')}>
          <span data-testid="tf-codes-left">{status.recoveryCodesLeft}</span>
        </Descriptions.Item>
      </Descriptions>
      {status.recoveryCodesLeft <= 3 && <Alert type="warning" showIcon title={tf('tf.codesLow')} style={{ marginBottom: 12 }} />}
      <Divider titlePlacement="start" plain>
        {tf('tf.renew')}
      </Divider>
      <Typography.Paragraph type="secondary">{tf('tf.renewHint')}</Typography.Paragraph>
      <Form<{ code: string }> layout="inline" onFinish={(v) => onRenew(v.code)} data-testid="tf-renew-form" style={{ rowGap: 8 }}>
        <Form.Item name="code" rules={[{ required: true, pattern: CODE_RULE, message: tf('tf.codeRequired') }]}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={7} placeholder={tf('tf.code')} data-testid="tf-renew-code" />
        </Form.Item>
        <Button htmlType="submit" loading={busy === 'renew'} data-testid="tf-renew">
          {tf('tf.renew')}
        </Button>
      </Form>
      <Divider titlePlacement="start" plain>
        {tf('tf.disable')}
      </Divider>
      {status.required ? (
        <Alert type="info" showIcon title={tf('tf.disableRequired')} data-testid="tf-disable-required" />
      ) : (
        <Form<{ password: string; code: string }>
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => onDisable(v.password, v.code)}
          data-testid="tf-disable-form"
        >
          <Typography.Paragraph type="secondary">{tf('tf.disableHint')}</Typography.Paragraph>
          <Form.Item name="password" label={tf('tf.password')} rules={[{ required: true, message: tf('tf.password') }]}>
            <Input.Password autoComplete="current-password" data-testid="tf-disable-password" />
          </Form.Item>
          <Form.Item name="code" label={tf('tf.codeOrRecovery')} rules={[{ required: true, whitespace: true, message: tf('tf.codeRequired') }]}>
            <Input autoComplete="one-time-code" data-testid="tf-disable-code" />
          </Form.Item>
          <Button danger htmlType="submit" block loading={busy === 'disable'} data-testid="tf-disable">
            {tf('tf.disable')}
          </Button>
        </Form>
      )}
    </>
  );
}

/** The recovery codes, shown this once: to copy, to download, to confirm they were kept. */
function RecoveryCodes({ codes, account, onDone }: { codes: string[]; account: string; onDone: () => void }) {
  const tf = useTwoFactorT();
  const { message } = App.useApp();
  const text = `${tf('tf.codesFileTitle')} — ${account}\n\n${codes.join('\n')}\n`;
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `linli-recovery-codes-${account}.txt`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      <Alert type="success" showIcon title={tf('tf.enabled')} style={{ marginBottom: 12 }} data-testid="tf-enabled" />
      <Typography.Title level={5}>{tf('tf.codesTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{tf('tf.codesHint')}</Typography.Paragraph>
      <ol data-testid="tf-recovery-codes" style={{ fontFamily: 'monospace', fontSize: '1.1em', columns: 2, paddingInlineStart: 24 }}>
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} onClick={download} data-testid="tf-codes-download">
          {tf('tf.codesDownload')}
        </Button>
        <Button
          icon={<CopyOutlined />}
          onClick={() => void navigator.clipboard?.writeText(text).then(() => message.success(tf('tf.codesCopied')))}
          data-testid="tf-codes-copy"
        >
          {tf('tf.codesCopy')}
        </Button>
      </Flex>
      <Button type="primary" block size="large" onClick={onDone} data-testid="tf-codes-done">
        {tf('tf.codesSaved')}
      </Button>
    </>
  );
}
