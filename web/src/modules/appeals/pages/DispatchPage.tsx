import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Switch, Tabs, Tag, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useUrlState } from '../../../shared/hooks/useUrlState';
import { FormModal } from '../../../shared/components/FormModal';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { PERM, bulkStep, takeStep, useAppealsPermissions, useInvalidateAppeals, useOrders } from '../api';
import { HandlerPicker } from '../components/HandlerPicker';
import { NoPermission } from '../components/NoPermission';
import { OrderDrawer } from '../components/OrderDrawer';
import { OrderFilters, useOrderFilters } from '../components/OrderFilters';
import { DuplicatesList } from '../components/OrderPanel';
import { OrdersMap } from '../components/OrdersMap';
import { OrdersTable } from '../components/OrdersTable';
import { useAppealsT } from '../i18n';
import { OPEN_STATUSES, type BulkResult, type HandlerRef, type OrderListQuery, type OrderSummary } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';
import { useTodoCount } from '../../../app/nav';

const TABS = ['triage', 'unplaced', 'open', 'extension', 'supervised'] as const;
type Tab = (typeof TABS)[number];

const viewOf = (tab: Tab): OrderListQuery => (tab === 'open' ? { view: 'all', status: OPEN_STATUSES.join(',') } : { view: tab });

/** /appeals/dispatch — the street operations centre: the queue to dispatch, the map, extensions and supervised orders. */
export default function DispatchPage() {
  const perms = useAppealsPermissions();
  return perms.has(PERM.dispatch) ? <Console /> : <NoPermission />;
}

/** One handler and note for many orders; the server checks and answers each order on its own. */
function BulkDispatch({ orders, onDone, onClose }: { orders: OrderSummary[]; onDone: (results: BulkResult[]) => void; onClose: () => void }) {
  const t = useAppealsT();
  const orderStepTerms = useVocabulary('appeals.orderStep');
  return (
    <FormModal<{ handler: HandlerRef | null; note?: string }, { items: BulkResult[] }>
      title={t('dispatch.bulkTitle', { n: orders.length })}
      onClose={onClose}
      okText={orderStepTerms.label('dispatch')}
      submit={(v) =>
        bulkStep(
          orders.map((o) => o.id),
          'dispatch',
          { handler: v.handler!, note: v.note?.trim() || null },
        )
      }
      onSuccess={(r) => onDone(r.items)}
      intro={
        <Flex wrap gap={4} style={{ marginBottom: 12 }}>
          {orders.map((o) => (
            <Tag key={o.id}>
              #{o.id} {o.title}
            </Tag>
          ))}
        </Flex>
      }
      testId="bulk"
      submitTestId="bulk-submit"
    >
      <Form.Item name="handler" label={t('action.handler')} rules={[{ required: true, message: t('action.handlerRequired') }]}>
        <HandlerPicker
          streetName={orders[0]?.streetName}
          categoryCode={orders.every((o) => o.categoryCode === orders[0]?.categoryCode) ? orders[0]?.categoryCode : null}
          testId="bulk-handler"
        />
      </Form.Item>
      <Form.Item name="note" label={t('action.note')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="bulk-note" />
      </Form.Item>
    </FormModal>
  );
}

/** Possible duplicates of one queued order, each a target to merge it into. */
function DuplicatesModal({ order, onClose }: { order: OrderSummary; onClose: () => void }) {
  const t = useAppealsT();
  const orderStepTerms = useVocabulary('appeals.orderStep');
  const { modal } = App.useApp();
  const invalidate = useInvalidateAppeals();
  const mergeInto = useApiMutation((into: number) => takeStep(order.id, 'merge', { into }), {
    success: t('action.done', { step: orderStepTerms.label('merge') }),
    onSuccess: () => {
      void invalidate();
      onClose();
    },
    errorAs: 'message',
  });
  // A refusal keeps the confirmation open (and says why); success closes both.
  const merge = (into: number) =>
    modal.confirm({
      title: `${orderStepTerms.label('merge')}: #${order.id} → #${into}`,
      okText: orderStepTerms.label('merge'),
      onOk: () => mergeInto.mutateAsync(into),
    });
  return (
    <Modal open title={`${t('order.duplicates')} · #${order.id} ${order.title}`} onCancel={onClose} footer={null} destroyOnHidden>
      <DuplicatesList orderId={order.id} onMerge={merge} />
    </Modal>
  );
}

function Console() {
  const t = useAppealsT();
  const orderStatusTerms = useVocabulary('appeals.orderStatus');
  const { message } = App.useApp();
  const invalidate = useInvalidateAppeals();
  const [state, setState] = useUrlState(['tab', 'map'] as const);
  // Unless a tab was chosen, the console opens on the queue, or on the extension requests when only they wait.
  const toDispatch = useTodoCount('appeals.dispatch');
  const extensions = useTodoCount('appeals.extensions');
  // Reports no point could place wait at the district desk; a street's console has none and hides the tab.
  const unplaced = useTodoCount('appeals.unplaced');
  const tabs = TABS.filter((k) => k !== 'unplaced' || (unplaced ?? 0) > 0 || state.tab === 'unplaced');
  const opening: Tab = toDispatch === 0 && (unplaced ?? 0) > 0 ? 'unplaced' : toDispatch === 0 && (extensions ?? 0) > 0 ? 'extension' : 'triage';
  const tab: Tab = (TABS as readonly string[]).includes(state.tab) ? (state.tab as Tab) : opening;
  const showMap = state.map !== 'off';
  const filters = useOrderFilters();
  const view = viewOf(tab);
  const q = useOrders({ ...filters.query, ...view, sort: 'due_asc' });
  // The map shows up to 200 orders of the same view and filters, not just the page on screen.
  const map = useOrders({ ...filters.query, ...view, page: 1, pageSize: 200, sort: 'due_asc' }, showMap);
  const [selected, setSelected] = useState<number[]>([]);
  const [picked, setPicked] = useState<Map<number, OrderSummary>>(new Map());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [results, setResults] = useState<{ items: BulkResult[]; titles: Map<number, string> } | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [dups, setDups] = useState<OrderSummary | null>(null);
  const resultMap = useMemo(() => new Map((results?.items ?? []).map((r) => [r.id, r])), [results]);

  const select = (keys: number[]) => {
    setSelected(keys);
    setPicked((prev) => {
      const next = new Map<number, OrderSummary>();
      for (const k of keys) {
        const o = prev.get(k) ?? q.data?.items.find((x) => x.id === k);
        if (o) next.set(k, o);
      }
      return next;
    });
  };
  const bulkDone = (items: BulkResult[]) => {
    const titles = new Map([...picked.values()].map((o) => [o.id, o.title]));
    setResults({ items, titles });
    const ok = items.filter((r) => r.ok).length;
    message.info(t('dispatch.bulkDone', { ok, failed: items.length - ok }));
    select(items.filter((r) => !r.ok).map((r) => r.id));
    setBulkOpen(false);
    void invalidate();
  };

  return (
    <div data-testid="dispatch-page">
      <PageHeader
        title={t('dispatch.title')}
        subtitle={t('dispatch.subtitle')}
        extra={
          <Flex align="center" gap={6}>
            <Switch
              checked={showMap}
              onChange={(on) => setState({ map: on ? null : 'off' })}
              aria-labelledby="dispatch-map-label"
              data-testid="dispatch-map-toggle"
            />
            <span id="dispatch-map-label">{t('dispatch.map')}</span>
          </Flex>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setState({ tab: k });
          select([]);
        }}
        items={tabs.map((k) => ({
          key: k,
          label: (
            <span data-testid={`dispatch-tab-${k}`}>
              {t(`dispatch.tab.${k}`)}
              {k === 'unplaced' && unplaced ? ` (${unplaced})` : ''}
            </span>
          ),
        }))}
      />
      <OrderFilters filters={filters} hide={tab === 'triage' || tab === 'unplaced' || tab === 'extension' ? ['status'] : []} />
      {tab === 'unplaced' && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('dispatch.unplacedHint')} data-testid="dispatch-unplaced-hint" />
      )}
      {showMap && (
        <Card size="small" style={{ marginBottom: 12 }}>
          {map.error ? <ErrorAlert error={map.error} /> : <OrdersMap orders={map.data?.items ?? []} onOpen={setOpen} />}
        </Card>
      )}
      {results && (
        <Alert
          type={results.items.every((r) => r.ok) ? 'success' : 'warning'}
          showIcon
          closable
          onClose={() => setResults(null)}
          style={{ marginBottom: 12 }}
          data-testid="bulk-results"
          title={t('dispatch.bulkDone', { ok: results.items.filter((r) => r.ok).length, failed: results.items.filter((r) => !r.ok).length })}
          description={
            <Flex vertical gap={2}>
              {results.items.map((r) => (
                <span key={r.id} data-testid={`bulk-result-row-${r.id}`} data-ok={r.ok ? 'true' : 'false'}>
                  #{r.id} {results.titles.get(r.id) ?? ''} —{' '}
                  {r.ok ? orderStatusTerms.label(r.status ?? 'dispatched') : <Typography.Text type="danger">{r.message ?? r.code}</Typography.Text>}
                </span>
              ))}
            </Flex>
          }
        />
      )}
      <Card>
        {tab === 'triage' && (
          <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
            <Typography.Text data-testid="dispatch-selected">{t('dispatch.selected', { n: selected.length })}</Typography.Text>
            <Button type="primary" icon={<SendOutlined />} disabled={selected.length === 0} onClick={() => setBulkOpen(true)} data-testid="dispatch-bulk">
              {t('dispatch.bulk')}
            </Button>
            {selected.length > 0 && <Button onClick={() => select([])}>{t('dispatch.clearSelection')}</Button>}
          </Flex>
        )}
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <OrdersTable
          testId="dispatch-orders"
          data={q.data}
          loading={q.isFetching}
          page={filters.page}
          pageSize={filters.pageSize}
          onPageChange={filters.setPage}
          onOpen={setOpen}
          selection={tab === 'triage' ? { keys: selected, onChange: select } : undefined}
          results={resultMap}
          extra={(o) =>
            o.status === 'received' || o.status === 'dispatched' ? (
              <Button size="small" onClick={() => setDups(o)} data-testid={`dispatch-dups-${o.id}`}>
                {t('dispatch.duplicates')}
              </Button>
            ) : null
          }
        />
      </Card>
      {bulkOpen && <BulkDispatch orders={[...picked.values()]} onDone={bulkDone} onClose={() => setBulkOpen(false)} />}
      {dups && <DuplicatesModal order={dups} onClose={() => setDups(null)} />}
      <OrderDrawer id={open} onClose={() => setOpen(null)} />
    </div>
  );
}
