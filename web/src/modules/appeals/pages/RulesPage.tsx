import { useMemo, useState } from 'react';
import { AutoComplete, Button, Card, Form, Input, Select, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api/client';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { FormModal } from '../../../shared/components/FormModal';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { PERM, createRule, setRuleActive, useAppealsPermissions, useCategories, useHandlers, useInvalidateAppeals, useRoutingRules } from '../api';
import { CategoryPicker, useCategoryName } from '../components/CategoryPicker';
import { NoPermission } from '../components/NoPermission';
import { useI18n } from '../../../app/i18n';
import { useAppealsT } from '../i18n';
import type { RoutingRule, RuleHandlerKind } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/** /appeals/rules — routing rules (category × area → handler), the district's configuration. */
export default function RulesPage() {
  const perms = useAppealsPermissions();
  return perms.has(PERM.read) && perms.staff ? <Rules /> : <NoPermission />;
}

/** An area path '/1/2/3/' names its deepest unit; shown by name. */
function AreaName({ path }: { path: string | null }) {
  const t = useAppealsT();
  const id = path ? path.split('/').filter(Boolean).pop() : undefined;
  const q = useQuery({
    queryKey: ['org', 'unit', id],
    queryFn: ({ signal }) => api.get('/api/org/units/{id}', { path: { id: id! }, signal }),
    enabled: !!id,
    staleTime: 10 * 60_000,
  });
  if (!path) return <span>{t('rules.areaAll')}</span>;
  return <span>{q.data?.name ?? `#${id}`}</span>;
}

/**
 * Departments a rule can name, by name (the code is the value, and still matches when typed): the district's
 * departments, and the street teams, which reach the team of the order's own street.
 */
function useDepartmentCodes() {
  const { label } = useI18n();
  const district = useHandlers(null);
  const categories = useCategories();
  return useMemo(() => {
    const own = (district.data?.departments ?? []).filter((d) => d.street_id === null).map((d) => ({ value: d.code, label: d.name }));
    const known = new Set(own.map((o) => o.value));
    const teams = (categories.data?.teams ?? []).filter((x) => !known.has(x.code)).map((x) => ({ value: x.code, label: label(x.name) }));
    return [...own, ...teams];
  }, [district.data, categories.data, label]);
}

interface Values {
  categoryCode: string | null;
  areaUnitId?: string | null;
  handlerKind: RuleHandlerKind;
  departmentCode?: string;
  note?: string;
}

function AddRule({ onClose }: { onClose: () => void }) {
  const t = useAppealsT();
  const handlerKindTerms = useVocabulary('appeals.handlerKind');
  const invalidate = useInvalidateAppeals();
  const codes = useDepartmentCodes();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('handlerKind', form);
  const submit = (v: Values) =>
    createRule({
      categoryCode: v.categoryCode!,
      areaUnitId: v.areaUnitId ? Number(v.areaUnitId) : null,
      handlerKind: v.handlerKind,
      departmentCode: v.handlerKind === 'department' ? v.departmentCode?.trim() || null : null,
      note: v.note?.trim() || null,
    });
  return (
    <FormModal<Values>
      title={t('rules.addTitle')}
      onClose={onClose}
      submit={submit}
      success={t('rules.saved')}
      onSuccess={() => void invalidate()}
      form={form}
      initialValues={{ handlerKind: 'department' }}
      testId="rule"
      submitTestId="rule-submit"
    >
      <Form.Item name="categoryCode" label={t('rules.category')} rules={[{ required: true, message: t('report.categoryPick') }]}>
        <CategoryPicker allowGroup allowAll testId="rule-category" />
      </Form.Item>
      <Form.Item name="areaUnitId" label={t('rules.area')}>
        <UnitPicker testId="rule-area" type={['district', 'street', 'committee', 'compound']} placeholder={t('rules.areaPlaceholder')} />
      </Form.Item>
      <Form.Item name="handlerKind" label={t('rules.handlerKind')}>
        <Select options={handlerKindTerms.options()} data-testid="rule-kind" />
      </Form.Item>
      {kind === 'department' && (
        <Form.Item name="departmentCode" label={t('rules.department')} rules={[{ required: true, whitespace: true, message: t('rules.departmentRequired') }]}>
          <AutoComplete
            options={codes}
            placeholder={t('rules.departmentPlaceholder')}
            showSearch={{
              filterOption: (input, o) =>
                String(o?.label ?? '')
                  .toLowerCase()
                  .includes(input.toLowerCase()) ||
                String(o?.value ?? '')
                  .toLowerCase()
                  .includes(input.toLowerCase()),
            }}
            data-testid="rule-department"
          />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('rules.note')}>
        <Input maxLength={200} data-testid="rule-note" />
      </Form.Item>
    </FormModal>
  );
}

function Rules() {
  const t = useAppealsT();
  const handlerKindTerms = useVocabulary('appeals.handlerKind');
  const perms = useAppealsPermissions();
  const canEdit = perms.has(PERM.configure);
  const q = useRoutingRules();
  const invalidate = useInvalidateAppeals();
  const categoryName = useCategoryName();
  const codes = useDepartmentCodes();
  const codeName = (code: string) => codes.find((c) => c.value === code)?.label ?? code;
  const [adding, setAdding] = useState(false);
  const toggle = useApiMutation(({ r, active }: { r: RoutingRule; active: boolean }) => setRuleActive(r.id, active), {
    success: (_, { active }) => t(active ? 'rules.enabled' : 'rules.disabled'),
    onSuccess: () => void invalidate(),
    errorAs: 'message',
  });
  return (
    <div data-testid="rules-page">
      <PageHeader
        title={t('rules.title')}
        subtitle={t('rules.subtitle')}
        extra={
          canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="rules-add">
              {t('rules.add')}
            </Button>
          ) : null
        }
      />
      <Card>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <Table<RoutingRule>
          data-testid="rules-table"
          rowKey="id"
          size="middle"
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('rules.empty') }}
          columns={[
            {
              title: t('rules.category'),
              key: 'category',
              render: (_, r) =>
                r.categoryCode === '*' ? (
                  t('rules.categoryAll')
                ) : (
                  <span>
                    {categoryName(r.categoryCode)} <Typography.Text type="secondary">{r.categoryCode}</Typography.Text>
                  </span>
                ),
            },
            { title: t('rules.area'), key: 'area', render: (_, r) => <AreaName path={r.areaPath} /> },
            {
              title: t('rules.handlerKind'),
              key: 'handler',
              render: (_, r) => (
                <span>
                  <Tag>{handlerKindTerms.label(r.handlerKind)}</Tag>
                  {r.departmentCode ? codeName(r.departmentCode) : null}
                </span>
              ),
            },
            { title: t('rules.note'), key: 'note', render: (_, r) => r.note ?? '' },
            {
              title: t('rules.active'),
              key: 'active',
              render: (_, r) => (
                <Switch
                  checked={r.active}
                  disabled={!canEdit}
                  loading={toggle.isPending && toggle.variables?.r.id === r.id}
                  onChange={(on) => toggle.mutate({ r, active: on })}
                  aria-label={`${t('rules.active')} · ${r.categoryCode === '*' ? t('rules.categoryAll') : categoryName(r.categoryCode)}`}
                  data-testid={`rule-active-${r.id}`}
                />
              ),
            },
          ]}
        />
      </Card>
      {adding && <AddRule onClose={() => setAdding(false)} />}
    </div>
  );
}
