import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, Flex, InputNumber, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi } from '../../../app/api/client';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { exportKeys, type ExportPolicy } from '../exportRequests';
import { useExportT } from '../exportI18n';

/** The district's approval limit, for those who set it (district staff, administrators). */
export function ExportPolicyCard({ districtId }: { districtId: number }) {
  const t = useExportT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: exportKeys.policy(districtId),
    queryFn: ({ signal }) => legacyApi.get<ExportPolicy>(`/api/people/export-policy/${districtId}`, undefined, signal),
  });
  const [limit, setLimit] = useState<number | null>(null);
  const [never, setNever] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!q.data) return;
    setNever(q.data.approvalAbove === null);
    setLimit(q.data.approvalAbove ?? q.data.defaultApprovalAbove);
  }, [q.data]);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await legacyApi.post<ExportPolicy>(`/api/people/export-policy/${districtId}`, { approvalAbove: never ? null : limit ?? 0 });
      message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: exportKeys.policy(districtId) });
      void qc.invalidateQueries({ queryKey: exportKeys.requests });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('exports.policy.title')} style={{ marginBottom: 16 }} data-testid="export-policy">
      {q.error ? <ErrorAlert error={q.error} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      <Flex align="center" gap={12} wrap>
        <Typography.Text>{t('exports.policy.rows')}</Typography.Text>
        <InputNumber min={0} max={100000} precision={0} value={limit} disabled={never} onChange={(v) => setLimit(v)} data-testid="export-policy-limit" />
        <Checkbox checked={never} onChange={(e) => setNever(e.target.checked)} data-testid="export-policy-never">
          {t('exports.policy.never')}
        </Checkbox>
        <Button type="primary" loading={busy} disabled={!q.data} onClick={() => void save()} data-testid="export-policy-save">
          {t('common.save')}
        </Button>
        {q.data && <Typography.Text type="secondary">{t('exports.policy.default', { n: q.data.defaultApprovalAbove })}</Typography.Text>}
      </Flex>
    </Card>
  );
}
