import { type ModuleSpec, pascal, q, type RenderedFile } from './module.template.js';

/**
 * The web side of a new module: `web/src/modules/<id>/` with its list page and its form, made of the shared kit
 * (PagedTable, FormModal, UnitPicker, RequirePermission, typed `api` calls, per-module messages) so that nothing
 * is copied from another module.
 */
export function renderWebModule(spec: ModuleSpec): RenderedFile[] {
  const { id, record } = spec;
  const Rec = pascal(record);
  const Mod = pascal(id);
  const dir = `web/src/modules/${id}`;
  const zh = spec.recordName.zh;
  const en = spec.recordName.en;
  const enLower = en.toLowerCase();
  const files: Record<string, string> = {};

  files['index.ts'] = `import { lazyPage, type WebModule } from '../../app/module';

/** ${spec.name.en} (server module \`${id}\`). */
export const ${id}Module: WebModule = {
  key: '${id}',
  routes: [{ path: '/${id}/${record}s', component: lazyPage(() => import('./pages/${Rec}ListPage')), permission: '${id}.read' }],
};
`;

  files['i18n.ts'] = `import { defineMessages, useModuleT } from '../../app/i18n';

export const ${id}Messages = defineMessages(
  {
    '${id}.${record}.title': ${q(zh)},
    '${id}.${record}.add': ${q(`登记${zh}`)},
    '${id}.${record}.added': ${q(`${zh}已登记`)},
    '${id}.${record}.search': ${q('按标题搜索')},
    '${id}.${record}.unit': ${q('所属单位')},
    '${id}.${record}.titleField': ${q('标题')},
    '${id}.${record}.body': ${q('内容')},
    '${id}.${record}.createdAt': ${q('登记时间')},
  },
  {
    '${id}.${record}.title': ${q(`${en}s`)},
    '${id}.${record}.add': ${q(`Record a ${enLower}`)},
    '${id}.${record}.added': ${q(`${en} recorded`)},
    '${id}.${record}.search': ${q('Search by title')},
    '${id}.${record}.unit': ${q('Unit')},
    '${id}.${record}.titleField': ${q('Title')},
    '${id}.${record}.body': ${q('Text')},
    '${id}.${record}.createdAt': ${q('Recorded')},
  },
);

export const use${Mod}T = () => useModuleT(${id}Messages);
`;

  files[`pages/${Rec}ListPage.tsx`] = `import { useState } from 'react';
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
import { use${Mod}T } from '../i18n';

const KEY = ['${id}', '${record}s'] as const;

/** A row of the list, as the route sends it. */
type ${Rec}Item = ApiItem<'/api/${id}/${record}s'>;

/** /${id}/${record}s — the ${enLower}s of the caller's territory, newest first. */
export default function ${Rec}ListPage() {
  const t = use${Mod}T();
  const canManage = usePermission('${id}.manage');
  const [url, setUrl] = useUrlState(['q', 'page', 'pageSize'] as const);
  const [adding, setAdding] = useState(false);
  const page = toPage(url.page);
  const pageSize = Math.min(toPage(url.pageSize, DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  const list = usePaged(KEY, '/api/${id}/${record}s', { q: url.q || undefined, page, pageSize });
  return (
    <div data-testid="${id}-${record}s-page">
      <PageHeader
        title={t('${id}.${record}.title')}
        extra={canManage ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="${id}-${record}-add">{t('${id}.${record}.add')}</Button> : null}
      />
      <Card style={{ marginBottom: 16 }}>
        <SearchBox testId="${id}-${record}-search" value={url.q} placeholder={t('${id}.${record}.search')} onSearch={(v) => setUrl({ q: v || null, page: null })} style={{ maxWidth: 480 }} />
      </Card>
      <Card>
        {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <PagedTable<${Rec}Item>
          testId="${id}-${record}s-table"
          rowKey="id"
          loading={list.isFetching}
          data={list.data}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, s) => setUrl({ page: p, pageSize: s })}
          columns={[
            { title: t('${id}.${record}.titleField'), dataIndex: 'title', ellipsis: true },
            { title: t('${id}.${record}.createdAt'), dataIndex: 'createdAt', width: 200, render: (v: string) => new Date(v).toLocaleString() },
          ]}
        />
      </Card>
      <FormModal<{ unitId?: string; title: string; body?: string }>
        open={adding}
        onClose={() => setAdding(false)}
        title={t('${id}.${record}.add')}
        testId="${id}-${record}-form"
        submit={(v) => api.post('/api/${id}/${record}s', { body: { unitId: Number(v.unitId), title: v.title, body: v.body ?? null } })}
        invalidate={[KEY]}
        success={t('${id}.${record}.added')}
      >
        <Form.Item name="unitId" label={t('${id}.${record}.unit')} rules={[{ required: true }]}>
          <UnitPicker testId="${id}-${record}-unit" />
        </Form.Item>
        <Form.Item name="title" label={t('${id}.${record}.titleField')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input data-testid="${id}-${record}-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="body" label={t('${id}.${record}.body')}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
`;

  return Object.entries(files).map(([name, content]) => ({ path: `${dir}/${name}`, content }));
}
