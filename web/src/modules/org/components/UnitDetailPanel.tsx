import { useState, type ReactNode } from 'react';
import { Button, Card, Descriptions, Flex, Switch, Tabs, Tag, Typography } from 'antd';
import { ApartmentOutlined, EditOutlined, PlusOutlined, StopOutlined, SwapOutlined, TeamOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/permissions';
import { useI18n } from '../../../app/i18n';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedTable } from '../../../shared/components/PagedTable';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { SimpleList } from '../../../shared/components/SimpleList';
import { usePaged, DEFAULT_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { formatTime } from '../../../shared/format';
import { orgKeys, useHousingTypes } from '../api';
import { useOrgT } from '../i18n';
import type { Unit, UnitDetail, UnitHistoryEntry } from '../types';
import { CreateUnitModal, MoveUnitModal, RenameUnitModal, RetireUnitModal } from './UnitForms';
import { PLACEABLE_TYPES, UnitMapTab } from './UnitMapTab';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

type Dialog = 'create' | 'move' | 'rename' | 'retire' | null;

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The server leaves a change's before and after open: an object of fields, or nothing. */
function fields(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : null;
}

/** A history entry's before/after as "field: old → new" lines. */
function ChangeText(props: { before: unknown; after: unknown }) {
  const before = fields(props.before);
  const after = fields(props.after);
  const keys = Array.from(new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]));
  if (!keys.length) return <>—</>;
  return (
    <Flex vertical gap={2}>
      {keys.map((k) => {
        const b = before?.[k];
        const a = after?.[k];
        return (
          <span key={k} style={{ wordBreak: 'break-all' }}>
            <Typography.Text type="secondary">{k}: </Typography.Text>
            {before && k in before ? (
              <>
                <Typography.Text delete>{show(b)}</Typography.Text> → {show(a)}
              </>
            ) : (
              show(a)
            )}
          </span>
        );
      })}
    </Flex>
  );
}

function ChildrenTab({ unit }: { unit: UnitDetail }) {
  const t = useOrgT();
  const { label } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const [includeRetired, setIncludeRetired] = useState(false);
  const q = usePaged([...orgKeys.all, 'units', 'list', unit.id], '/api/org/units', {
    parentId: unit.id,
    includeRetired,
    page,
    pageSize,
  });
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 8 }}>
        <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          <Switch
            size="small"
            checked={includeRetired}
            onChange={(v) => {
              setIncludeRetired(v);
              setPage(1);
            }}
            data-testid="unit-children-include-retired"
          />
          {t('org.showRetired')}
        </label>
      </Flex>
      {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
      <PagedTable<Unit>
        testId="unit-children"
        rowKey="id"
        loading={q.isFetching}
        data={q.data}
        page={page}
        pageSize={pageSize}
        onPageChange={(p, s) => {
          setPage(s !== pageSize ? 1 : p);
          setPageSize(s);
        }}
        columns={[
          {
            title: t('unit.name'),
            dataIndex: 'name',
            render: (name: string, u) => (
              <Link to={`/org/units/${u.id}`} data-testid={`child-link-${u.id}`}>
                {name}
              </Link>
            ),
          },
          { title: t('unit.type'), key: 'type', render: (_, u) => label(u.typeLabel) },
          { title: t('unit.code'), dataIndex: 'code', render: (c: string | null) => c ?? '—' },
          { title: t('unit.childCount'), dataIndex: 'childCount', align: 'right' },
          {
            title: t('unit.status'),
            key: 'status',
            render: (_, u) => (u.retiredAt ? <Tag>{t('unit.retired')}</Tag> : <Tag color="green">{t('unit.active')}</Tag>),
          },
        ]}
      />
    </>
  );
}

function HistoryTab({ unit }: { unit: UnitDetail }) {
  const t = useOrgT();
  const changeTerms = useVocabulary('org.unitChange');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const q = usePaged([...orgKeys.all, 'history', unit.id], '/api/org/units/{id}/history', { page, pageSize }, { path: { id: unit.id } });
  return (
    <>
      {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
      <PagedTable<UnitHistoryEntry>
        testId="unit-history"
        rowKey="id"
        loading={q.isFetching}
        data={q.data}
        page={page}
        pageSize={pageSize}
        onPageChange={(p, s) => {
          setPage(s !== pageSize ? 1 : p);
          setPageSize(s);
        }}
        columns={[
          { title: t('history.at'), dataIndex: 'at', render: (at: string) => formatTime(at), width: 150 },
          {
            title: t('history.kind'),
            dataIndex: 'kind',
            render: (k: UnitHistoryEntry['kind']) => <Tag>{changeTerms.label(k)}</Tag>,
          },
          { title: t('history.change'), key: 'change', render: (_, h) => <ChangeText before={h.before} after={h.after} /> },
          { title: t('history.reason'), dataIndex: 'reason', render: (r: string | null) => r || '—' },
          { title: t('history.actor'), dataIndex: 'actorName', render: (a: string | null) => a || '—' },
        ]}
      />
    </>
  );
}

function GridsTab({ unit }: { unit: UnitDetail }) {
  const t = useOrgT();
  return (
    <SimpleList
      testId="unit-grids"
      items={unit.grids}
      rowKey={(g) => String(g.id)}
      empty={t('unit.noGrids')}
      render={(g) => (
        <>
          <Link to={`/org/grids/${g.id}`} data-testid={`unit-grid-${g.id}`}>
            {g.name}
          </Link>
          {g.code && <Typography.Text type="secondary">{g.code}</Typography.Text>}
        </>
      )}
    />
  );
}

function AttributesView({ unit }: { unit: UnitDetail }) {
  const t = useOrgT();
  const unitKindTerms = useVocabulary('org.unitKind');
  const { label } = useI18n();
  const attrs = unit.attributes ?? {};
  const housingCode = typeof attrs.housingType === 'string' ? attrs.housingType : null;
  const housing = useHousingTypes(!!housingCode);
  const housingName = housingCode ? label(housing.data?.items.find((h) => h.code === housingCode)?.name) || housingCode : null;
  const address = typeof attrs.address === 'string' ? attrs.address : null;
  const other = Object.entries(attrs).filter(([k]) => k !== 'housingType' && k !== 'address');
  const items: { key: string; label: ReactNode; children: ReactNode }[] = [
    { key: 'type', label: t('unit.type'), children: <span data-testid="unit-type">{label(unit.typeLabel)}</span> },
    {
      key: 'code',
      label: t('unit.code'),
      children: <span data-testid="unit-code">{unit.code ?? <Typography.Text type="secondary">{t('unit.noCode')}</Typography.Text>}</span>,
    },
    {
      key: 'status',
      label: t('unit.status'),
      children: unit.retiredAt ? (
        <Tag data-testid="unit-status">
          {t('unit.retired')} · {formatTime(unit.retiredAt)}
        </Tag>
      ) : (
        <Tag color="green" data-testid="unit-status">
          {t('unit.active')}
        </Tag>
      ),
    },
    { key: 'children', label: t('unit.childCount'), children: unit.childCount },
  ];
  // Only a kind that differs from its level's usual one is worth a row (a 镇 among streets, a 村 among committees).
  if (unit.kind === 'town' || unit.kind === 'village') {
    items.splice(1, 0, { key: 'kind', label: t('unit.kind'), children: unitKindTerms.label(unit.kind) });
  }
  if (housingName) items.push({ key: 'housingType', label: t('unit.housingType'), children: <span data-testid="unit-housing-type">{housingName}</span> });
  if (address) items.push({ key: 'address', label: t('unit.address'), children: <span data-testid="unit-address">{address}</span> });
  for (const [k, v] of other) items.push({ key: `attr:${k}`, label: k, children: show(v) });
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} data-testid="unit-attributes" />;
}

/** Everything about one unit: breadcrumb from its ancestors, attributes, children, grids, history, actions. */
export function UnitDetailPanel({ unit, onChanged }: { unit: UnitDetail; onChanged: () => void }) {
  const t = useOrgT();
  const { has } = usePermissions();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [tab, setTab] = useState('children');
  const can = unit.can;
  // A house's people side (module `people`), for those who may read it.
  const householdView = unit.type === 'house' && has('people.read');
  const retired = !!unit.retiredAt;
  const done = () => {
    setDialog(null);
    onChanged();
  };

  const actions = (
    <>
      {householdView && (
        <Button icon={<TeamOutlined />} onClick={() => navigate(`/people/houses/${unit.id}`)} data-testid="unit-household-view">
          {t('unit.householdView')}
        </Button>
      )}
      {can?.create && !retired && unit.type !== 'house' && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')} data-testid="unit-action-create">
          {t('unit.actionCreate')}
        </Button>
      )}
      {can?.rename && !retired && (
        <Button icon={<EditOutlined />} onClick={() => setDialog('rename')} data-testid="unit-action-rename">
          {t('unit.actionRename')}
        </Button>
      )}
      {can?.move && !retired && (
        <Button icon={<SwapOutlined />} onClick={() => setDialog('move')} data-testid="unit-action-move">
          {t('unit.actionMove')}
        </Button>
      )}
      {can?.retire && !retired && (
        <Button danger icon={<StopOutlined />} onClick={() => setDialog('retire')} data-testid="unit-action-retire">
          {t('unit.actionRetire')}
        </Button>
      )}
    </>
  );

  return (
    <Card data-testid="unit-detail" data-unit-id={unit.id}>
      <PageHeader
        crumbs={[
          { title: <ApartmentOutlined />, to: '/org' },
          ...unit.ancestors.map((a) => ({ title: a.name, to: `/org/units/${a.id}` })),
          { title: unit.name },
        ]}
        title={
          <>
            {unit.name} {retired && <Tag style={{ verticalAlign: 'middle' }}>{t('unit.retired')}</Tag>}
          </>
        }
        titleTestId="unit-name"
        extra={actions}
      />
      <AttributesView unit={unit} />
      <Tabs
        style={{ marginTop: 16 }}
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'children',
            label: <span data-testid="unit-tab-children">{t('unit.tabChildren')}</span>,
            children: <ChildrenTab unit={unit} />,
            disabled: unit.type === 'house',
          },
          {
            key: 'grids',
            label: <span data-testid="unit-tab-grids">{`${t('unit.tabGrids')} (${unit.grids.length})`}</span>,
            children: <GridsTab unit={unit} />,
          },
          {
            key: 'history',
            label: <span data-testid="unit-tab-history">{t('unit.tabHistory')}</span>,
            children: <HistoryTab unit={unit} />,
          },
          ...(PLACEABLE_TYPES.includes(unit.type)
            ? [{ key: 'map', label: <span data-testid="unit-tab-map">{t('unit.tabMap')}</span>, children: tab === 'map' ? <UnitMapTab unit={unit} /> : null }]
            : []),
        ]}
      />
      <CreateUnitModal
        parent={unit}
        open={dialog === 'create'}
        onClose={() => setDialog(null)}
        onDone={() => {
          done();
          setTab('children');
        }}
      />
      <MoveUnitModal unit={unit} open={dialog === 'move'} onClose={() => setDialog(null)} onDone={done} />
      <RenameUnitModal unit={unit} open={dialog === 'rename'} onClose={() => setDialog(null)} onDone={done} />
      <RetireUnitModal unit={unit} open={dialog === 'retire'} onClose={() => setDialog(null)} onDone={done} />
    </Card>
  );
}
