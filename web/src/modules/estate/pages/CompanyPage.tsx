import { useState } from 'react';
import { Button, Card, Descriptions, Table, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../../app/api/client';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { estateKeys, fenToYuan, useCompany } from '../api';
import { CompanyModal } from '../components/CompanyModal';
import { RevealPhone } from '../components/RevealPhone';
import { ContractStatusTag } from '../components/StateTags';
import { useEstateT } from '../i18n';
import type { CompanyDetail } from '../types';

function CompanyView({ company }: { company: CompanyDetail }) {
  const t = useEstateT();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const remove = useApiMutation(() => api.post('/api/estate/companies/{id}/delete', { path: { id: company.id } }), {
    invalidate: [estateKeys.all],
    success: t('company.deleted'),
    onSuccess: () => navigate('/estate/companies'),
    errorAs: 'message',
  });
  return (
    <div data-testid="estate-company-page">
      <PageHeader
        crumbs={[{ title: t('compounds.title'), to: '/estate' }, { title: t('company.title'), to: '/estate/companies' }, { title: company.name }]}
        title={company.name}
        titleTestId="estate-company-title"
        extra={
          company.can.manage ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="estate-edit-company">
                {t('company.edit')}
              </Button>
              <ConfirmButton
                title={t('company.deleteConfirm')}
                onConfirm={() => remove.mutateAsync()}
                danger
                icon={<DeleteOutlined />}
                loading={remove.isPending}
                testId="estate-delete-company"
                confirmTestId="estate-delete-company-confirm"
              >
                {t('company.delete')}
              </ConfirmButton>
            </>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'code', label: t('company.creditCode'), children: <span style={{ fontFamily: 'monospace' }}>{company.creditCode}</span> },
            { key: 'contact', label: t('company.contactName'), children: company.contactName ?? '—' },
            {
              key: 'phone',
              label: t('company.phone'),
              children: (
                <RevealPhone
                  masked={company.phoneMasked}
                  path={`/api/estate/companies/${company.id}/reveal`}
                  name={company.name}
                  canReveal={company.can.reveal}
                  testId="estate-company-phone"
                />
              ),
            },
            { key: 'address', label: t('company.address'), children: company.address ?? '—' },
          ]}
        />
      </Card>
      <Card title={t('company.contracts')}>
        <Table
          size="small"
          rowKey="id"
          pagination={company.contracts.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          dataSource={company.contracts}
          locale={{ emptyText: t('company.noContracts') }}
          data-testid="estate-company-contracts"
          columns={[
            { title: t('compounds.compound'), key: 'compound', render: (_, c) => <Link to={`/estate/compounds/${c.compoundId}`}>{c.compoundName}</Link> },
            {
              title: t('contract.period'),
              key: 'period',
              render: (_, c) => (
                <span style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {c.startDate} ~ {c.endDate}
                </span>
              ),
            },
            { title: t('contract.status'), key: 'status', render: (_, c) => <ContractStatusTag status={c.status} /> },
            {
              title: `${t('contract.fee')}（${t('contract.feeUnit')}）`,
              key: 'fee',
              align: 'right',
              render: (_, c) => (c.feeFenPerM2 === null ? '—' : fenToYuan(c.feeFenPerM2)!.toFixed(2)),
            },
            {
              title: t('contract.scope'),
              dataIndex: 'serviceScope',
              render: (v: string | null) => (
                <Typography.Text style={{ maxWidth: 360 }} ellipsis={{ tooltip: v }}>
                  {v ?? '—'}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      {company.can.manage && <CompanyModal company={company} open={editing} onClose={() => setEditing(false)} />}
    </div>
  );
}

/** /estate/companies/:id — a property company and its contracts in the caller's territory. */
export default function CompanyPage() {
  const { id = '' } = useParams();
  const q = useCompany(id);
  return <QueryState query={q}>{(c) => <CompanyView company={c} />}</QueryState>;
}
