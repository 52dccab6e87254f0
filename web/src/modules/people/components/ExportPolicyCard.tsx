import { useEffect, useState } from 'react';
import { Button, Card, Checkbox, Flex, InputNumber, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api/client';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { exportKeys } from '../exportRequests';
import { useExportT } from '../exportI18n';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';

/** The district's approval limit, for those who set it (district staff, administrators). */
export function ExportPolicyCard({ districtId }: { districtId: number }) {
  const t = useExportT();
  const q = useQuery({
    queryKey: exportKeys.policy(districtId),
    queryFn: ({ signal }) => api.get('/api/people/export-policy/{id}', { path: { id: districtId }, signal }),
  });
  const [limit, setLimit] = useState<number | null>(null);
  const [never, setNever] = useState(false);
  useEffect(() => {
    if (!q.data) return;
    setNever(q.data.approvalAbove === null);
    setLimit(q.data.approvalAbove ?? q.data.defaultApprovalAbove);
  }, [q.data]);

  const save = useApiMutation(
    () => api.post('/api/people/export-policy/{id}', { path: { id: districtId }, body: { approvalAbove: never ? null : (limit ?? 0) } }),
    { success: t('common.saved'), invalidate: [exportKeys.policy(districtId), exportKeys.requests] },
  );

  return (
    <Card size="small" title={t('exports.policy.title')} style={{ marginBottom: 16 }} data-testid="export-policy">
      {q.error ? <ErrorAlert error={q.error} /> : null}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Flex align="center" gap={12} wrap>
        <Typography.Text>{t('exports.policy.rows')}</Typography.Text>
        <InputNumber
          min={0}
          max={100000}
          precision={0}
          value={limit}
          disabled={never}
          onChange={(v) => setLimit(v)}
          aria-label={t('exports.policy.rows')}
          data-testid="export-policy-limit"
        />
        <Checkbox checked={never} onChange={(e) => setNever(e.target.checked)} data-testid="export-policy-never">
          {t('exports.policy.never')}
        </Checkbox>
        <Button type="primary" loading={save.isPending} disabled={!q.data} onClick={() => save.mutate()} data-testid="export-policy-save">
          {t('common.save')}
        </Button>
        {q.data && <Typography.Text type="secondary">{t('exports.policy.default', { n: q.data.defaultApprovalAbove })}</Typography.Text>}
      </Flex>
    </Card>
  );
}
