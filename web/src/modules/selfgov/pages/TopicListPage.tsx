import { useState } from 'react';
import { Button, Card, Form, Input } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../../app/api/client';
import type { ApiItem } from '../../../app/api/types';
import { usePermission } from '../../../app/auth/permissions';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedTable } from '../../../shared/components/PagedTable';
import { SearchBox } from '../../../shared/components/SearchBox';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { usePaged, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { useSelfgovT } from '../i18n';

const KEY = ['selfgov', 'topics'] as const;

/** A row of the list, as the route sends it. */
type TopicItem = ApiItem<'/api/selfgov/topics'>;

/** /selfgov/topics — the topics of the caller's territory, newest first. */
export default function TopicListPage() {
  const t = useSelfgovT();
  const canManage = usePermission('selfgov.manage');
  const [url, setUrl] = useUrlState(['q', 'page', 'pageSize'] as const);
  const [adding, setAdding] = useState(false);
  const page = toPage(url.page);
  const pageSize = Math.min(toPage(url.pageSize, DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  const list = usePaged(KEY, '/api/selfgov/topics', { q: url.q || undefined, page, pageSize });
  return (
    <div data-testid="selfgov-topics-page">
      <PageHeader
        title={t('selfgov.topic.title')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="selfgov-topic-add">
              {t('selfgov.topic.add')}
            </Button>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <SearchBox
          testId="selfgov-topic-search"
          value={url.q}
          placeholder={t('selfgov.topic.search')}
          onSearch={(v) => setUrl({ q: v || null, page: null })}
          style={{ maxWidth: 480 }}
        />
      </Card>
      <Card>
        {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <PagedTable<TopicItem>
          testId="selfgov-topics-table"
          rowKey="id"
          loading={list.isFetching}
          data={list.data}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, s) => setUrl({ page: p, pageSize: s })}
          columns={[
            { title: t('selfgov.topic.titleField'), dataIndex: 'title', ellipsis: true },
            { title: t('selfgov.topic.createdAt'), dataIndex: 'createdAt', width: 200, render: (v: string) => new Date(v).toLocaleString() },
          ]}
        />
      </Card>
      <FormModal<{ unitId?: string; title: string; body?: string }>
        open={adding}
        onClose={() => setAdding(false)}
        title={t('selfgov.topic.add')}
        testId="selfgov-topic-form"
        submit={(v) => api.post('/api/selfgov/topics', { body: { unitId: Number(v.unitId), title: v.title, body: v.body ?? null } })}
        invalidate={[KEY]}
        success={t('selfgov.topic.added')}
      >
        <Form.Item name="unitId" label={t('selfgov.topic.unit')} rules={[{ required: true }]}>
          <UnitPicker testId="selfgov-topic-unit" />
        </Form.Item>
        <Form.Item name="title" label={t('selfgov.topic.titleField')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input data-testid="selfgov-topic-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="body" label={t('selfgov.topic.body')}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
