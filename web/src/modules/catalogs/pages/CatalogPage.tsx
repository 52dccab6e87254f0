import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Input, Modal, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { api, isApiError } from '../../../app/api/client';
import type { ApiResponse } from '../../../app/api/types';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { JsonView } from '../../../shared/components/JsonView';
import { PageHeader } from '../../../shared/components/PageHeader';
import { formatTime } from '../../../shared/format';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { useCatalogsT } from '../i18n';
import { catalogKeys } from './CatalogsPage';

type Catalog = ApiResponse<'/api/catalogs/{id}'>;
type Version = Catalog['versions'][number];
interface Problem {
  entry: number | null;
  field: string;
  message: string;
}
interface Draft {
  draft: boolean;
  entries: unknown[];
  extra: Record<string, unknown>;
}

const asText = (c: Pick<Catalog, 'draft' | 'entries' | 'extra'>) => JSON.stringify({ draft: c.draft, entries: c.entries, extra: c.extra }, null, 2);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The server's list of what breaks the schema, when that is why it refused. */
const problemsOf = (e: unknown): Problem[] => {
  const details = isApiError(e) && e.code === 'CATALOG_INVALID' ? e.details : null;
  return isRecord(details) && Array.isArray(details.problems) ? (details.problems as Problem[]) : [];
};

/** /catalogs/:id — one catalog: its entries, its JSON, an edit saved as a new version, and every version it had. */
export default function CatalogPage() {
  const t = useCatalogsT();
  const { label } = useI18n();
  const id = Number(useParams().id);
  const q = useQuery({ queryKey: catalogKeys.one(id), queryFn: ({ signal }) => api.get('/api/catalogs/{id}', { path: { id }, signal }) });
  const c = q.data;
  const title = c ? (c.label ? label(c.label) : c.name) : '…';

  return (
    <div data-testid="catalog-page">
      <PageHeader
        title={title}
        subtitle={c ? `${c.name} · ${c.districtName} · ${t('catalogs.version')} ${c.version}` : undefined}
        crumbs={[{ title: t('catalogs.title'), to: '/catalogs' }, { title }]}
      />
      {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
      {c ? (
        <>
          {c.profileChange ? <ProfileChange change={c.profileChange} /> : null}
          <Card>
            <Tabs
              items={[
                { key: 'entries', label: t('catalogs.tab.entries'), children: <EntriesTable catalog={c} /> },
                {
                  key: 'json',
                  label: t('catalogs.tab.json'),
                  children: <JsonView value={{ draft: c.draft, source: c.source, entries: c.entries, extra: c.extra }} testId="catalog-json" />,
                },
                { key: 'edit', label: t('catalogs.tab.edit'), children: <EditCatalog catalog={c} /> },
                { key: 'versions', label: t('catalogs.tab.versions'), children: <Versions catalog={c} /> },
              ]}
            />
          </Card>
        </>
      ) : null}
    </div>
  );
}

function ProfileChange({ change }: { change: NonNullable<Catalog['profileChange']> }) {
  const t = useCatalogsT();
  const lines = [
    change.added.length ? t('catalogs.added', { codes: change.added.join(', ') }) : null,
    change.removed.length ? t('catalogs.removed', { codes: change.removed.join(', ') }) : null,
    change.changed.length ? t('catalogs.changed', { codes: change.changed.join(', ') }) : null,
    change.fields.length ? t('catalogs.fields', { fields: change.fields.join(', ') }) : null,
  ].filter((l): l is string => !!l);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="catalog-profile-change"
      title={t('catalogs.profileChangeTitle')}
      description={
        <div>
          <Typography.Text>{t('catalogs.profileChangeIntro')}</Typography.Text>
          <ul style={{ margin: 0 }}>
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      }
    />
  );
}

function EntriesTable({ catalog }: { catalog: Catalog }) {
  const t = useCatalogsT();
  const { label } = useI18n();
  const rows = catalog.entries.map((e, i) => ({ i, e: isRecord(e) ? e : { value: e } }));
  return (
    <Flex vertical gap={16}>
      <Table
        data-testid="catalog-entries"
        rowKey="i"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: '#', dataIndex: 'i', width: 60 },
          { title: t('catalogs.code'), key: 'code', width: 120, render: (_, r) => String(r.e.code ?? '—') },
          {
            title: t('catalogs.label'),
            key: 'name',
            render: (_, r) => (isRecord(r.e.name) && typeof r.e.name.zh === 'string' ? label(r.e.name as { zh: string; en: string }) : String(r.e.name ?? '—')),
          },
          {
            title: t('catalogs.rest'),
            key: 'rest',
            render: (_, r) => {
              const { code: _code, name: _name, ...rest } = r.e;
              return Object.keys(rest).length ? (
                <Typography.Text code style={{ fontSize: '0.8em', whiteSpace: 'pre-wrap' }}>
                  {JSON.stringify(rest)}
                </Typography.Text>
              ) : null;
            },
          },
        ]}
      />
      {Object.keys(catalog.extra).length ? (
        <div>
          <Typography.Text strong>{t('catalogs.extra')}</Typography.Text>
          <JsonView value={catalog.extra} testId="catalog-extra" />
        </div>
      ) : null}
    </Flex>
  );
}

/** The text as JSON, or why it is not (the parser's own words): a check of the user's text, not of a write. */
function parseJson(text: string): { value: unknown } | { invalid: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { invalid: e instanceof Error ? e.message : String(e) };
  }
}

function EditCatalog({ catalog }: { catalog: Catalog }) {
  const t = useCatalogsT();
  const [text, setText] = useState(() => asText(catalog));
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  // A new version from elsewhere (or this page's own save) becomes the text to edit.
  useEffect(() => setText(asText(catalog)), [catalog]);
  const save = useApiMutation(
    (d: Draft) =>
      api.post('/api/catalogs/{id}/versions', { path: { id: catalog.id }, body: { baseVersion: catalog.version, ...d, note: note.trim() || null } }),
    {
      invalidate: [catalogKeys.all],
      success: (r) => t('catalogs.saved', { version: r.version }),
      onSuccess: () => setNote(''),
    },
  );
  const problems = problemsOf(save.error);

  const submit = () => {
    const read = parseJson(text);
    if ('invalid' in read) {
      setLocalError(t('catalogs.jsonInvalid', { message: read.invalid }));
      return;
    }
    const parsed = read.value;
    if (!isRecord(parsed) || typeof parsed.draft !== 'boolean' || !Array.isArray(parsed.entries) || !isRecord(parsed.extra)) {
      setLocalError(t('catalogs.jsonShape'));
      return;
    }
    setLocalError(null);
    save.mutate({ draft: parsed.draft, entries: parsed.entries, extra: parsed.extra });
  };

  return (
    <Flex vertical gap={12} data-testid="catalog-edit">
      <Typography.Text type="secondary">{t('catalogs.editIntro', { next: catalog.version + 1 })}</Typography.Text>
      {localError ? <Alert type="error" showIcon title={localError} data-testid="catalog-json-error" /> : null}
      {save.error ? <ErrorAlert error={save.error} testId="catalog-save-error" /> : null}
      {problems.length ? (
        <div>
          <Typography.Text>{t('catalogs.problems')}</Typography.Text>
          <Table<Problem & { k: number }>
            data-testid="catalog-problems"
            rowKey="k"
            size="small"
            pagination={false}
            dataSource={problems.map((p, k) => ({ ...p, k }))}
            columns={[
              {
                title: t('catalogs.problem.entry'),
                dataIndex: 'entry',
                width: 90,
                render: (e: number | null) => (e === null ? t('catalogs.problem.other') : e),
              },
              { title: t('catalogs.problem.field'), dataIndex: 'field', render: (f: string) => <Typography.Text code>{f}</Typography.Text> },
              { title: t('catalogs.problem.message'), dataIndex: 'message' },
            ]}
          />
        </div>
      ) : null}
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 12, maxRows: 30 }}
        spellCheck={false}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        data-testid="catalog-edit-json"
      />
      <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} placeholder={t('catalogs.note')} data-testid="catalog-edit-note" />
      <Flex gap={8}>
        <Button type="primary" loading={save.isPending} onClick={submit} data-testid="catalog-save">
          {t('catalogs.save')}
        </Button>
        <Button onClick={() => setText(asText(catalog))}>{t('catalogs.reset')}</Button>
      </Flex>
    </Flex>
  );
}

function Versions({ catalog }: { catalog: Catalog }) {
  const t = useCatalogsT();
  const [open, setOpen] = useState<number | null>(null);
  const v = useQuery({
    queryKey: [...catalogKeys.one(catalog.id), 'version', open],
    queryFn: ({ signal }) => api.get('/api/catalogs/{id}/versions/{version}', { path: { id: catalog.id, version: open! }, signal }),
    enabled: open !== null,
  });
  return (
    <>
      <Table<Version>
        data-testid="catalog-versions"
        rowKey="version"
        size="small"
        pagination={false}
        dataSource={catalog.versions}
        columns={[
          { title: t('catalogs.version'), dataIndex: 'version', width: 80 },
          {
            title: t('catalogs.origin'),
            dataIndex: 'origin',
            render: (o: Version['origin']) => <Tag color={o === 'edit' ? 'blue' : 'default'}>{t(`catalogs.origin.${o}`)}</Tag>,
          },
          { title: t('catalogs.author'), dataIndex: 'authorName', render: (a: string | null) => a ?? '—' },
          { title: t('catalogs.note'), dataIndex: 'note', render: (n: string | null) => n ?? '' },
          { title: t('catalogs.entries'), dataIndex: 'entryCount', width: 90 },
          { title: t('catalogs.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatTime(at) },
          {
            key: 'view',
            render: (_, r) => (
              <Button size="small" onClick={() => setOpen(r.version)} data-testid={`catalog-version-view-${r.version}`}>
                {t('catalogs.view')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={open !== null}
        onCancel={() => setOpen(null)}
        footer={null}
        width={900}
        title={open !== null ? t('catalogs.versionTitle', { name: catalog.name, version: open }) : null}
      >
        {v.error ? <ErrorAlert error={v.error} /> : null}
        {v.data ? <JsonView value={{ draft: v.data.draft, entries: v.data.entries, extra: v.data.extra }} testId="catalog-version-json" /> : null}
      </Modal>
    </>
  );
}
