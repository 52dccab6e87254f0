import { useState } from 'react';
import { Flex, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PagedTable } from '../../../shared/components/PagedTable';
import { usePaged } from '../../../shared/hooks/usePaged';
import { formatTime } from '../../../shared/format';
import { peopleKeys } from '../api';
import { usePeopleT } from '../i18n';
import type { Visit } from '../types';
import { NeedStatusTag, VisitKindTag, useCodeLabel } from './VisitLabels';

/** Visits of a house or a unit (GET /api/people/visits), newest first as the server sends them. */
export function VisitList({ houseId, unitId, testId = 'visit-list' }: { houseId?: string; unitId?: string; testId?: string }) {
  const t = usePeopleT();
  const codeLabel = useCodeLabel();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const q = usePaged(peopleKeys.visits, '/api/people/visits', { houseId, unitId, page, pageSize });
  return (
    <>
      {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
      <PagedTable<Visit>
        testId={testId}
        rowKey="id"
        size="small"
        loading={q.isFetching}
        data={q.data}
        page={page}
        pageSize={pageSize}
        onPageChange={(p, s) => {
          setPage(s !== pageSize ? 1 : p);
          setPageSize(s);
        }}
        columns={[
          { title: t('visit.visitedAt'), dataIndex: 'visitedAt', width: 150, render: (v: string) => formatTime(v) },
          { title: t('visit.kind'), dataIndex: 'kind', render: (k: string) => <VisitKindTag kind={k} /> },
          { title: t('visit.visitor'), dataIndex: 'visitorName' },
          {
            title: t('visit.findings'),
            key: 'findings',
            render: (_, v) => (
              <div style={{ minWidth: 200, maxWidth: 300 }}>
                {v.findings ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{v.findings}</Typography.Paragraph> : '—'}
                {v.needs.length > 0 && (
                  <Flex vertical gap={4} style={{ marginTop: 6 }}>
                    {v.needs.map((n) => (
                      <span key={n.id} data-testid={`visit-list-need-${n.id}`}>
                        <Tag>{codeLabel('needCategory', n.category)}</Tag>
                        {n.text} <NeedStatusTag status={n.status} />
                      </span>
                    ))}
                  </Flex>
                )}
              </div>
            ),
          },
        ]}
      />
    </>
  );
}
