import { useState } from 'react';
import { Button, Card, Col, Descriptions, Empty, Flex, Row, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../app/api/client';
import { usePermissions } from '../../../app/auth/permissions';
import { useI18n } from '../../../app/i18n';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { estateKeys, fenToYuan, useCompoundCard } from '../api';
import { ContractModal } from '../components/ContractModal';
import { MemberModal } from '../components/MemberModal';
import { RevealPhone } from '../components/RevealPhone';
import { CommitteeStateTag, ContractStatusTag, FlagTags, ServiceStateTag, TermStatusTag } from '../components/StateTags';
import { TermModal } from '../components/TermModal';
import { useEstateT } from '../i18n';
import type { CompoundCard, Contract, Member, Term } from '../types';

type Dialog =
  | { kind: 'contract'; contract: Contract | null }
  | { kind: 'term'; term: Term | null }
  | { kind: 'member'; term: Term; member: Member | null }
  | null;

/** Deletes after a confirmation, then refreshes the card. */
function DeleteButton({ remove, confirm, done, testId }: { remove: () => Promise<unknown>; confirm: string; done: string; testId: string }) {
  const del = useApiMutation(remove, { invalidate: [estateKeys.all], success: done, errorAs: 'message' });
  return (
    <ConfirmButton
      title={confirm}
      onConfirm={() => del.mutateAsync()}
      size="small"
      type="text"
      danger
      icon={<DeleteOutlined />}
      loading={del.isPending}
      aria-label={confirm}
      testId={testId}
    />
  );
}

function ContractsCard({ card, onEdit }: { card: CompoundCard; onEdit: (c: Contract | null) => void }) {
  const t = useEstateT();
  return (
    <Card
      title={t('card.contracts')}
      style={{ marginBottom: 16 }}
      data-testid="estate-contracts"
      extra={
        card.can.manage ? (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => onEdit(null)} data-testid="estate-add-contract">
            {t('card.addContract')}
          </Button>
        ) : null
      }
    >
      {card.contracts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('card.noContracts')} />
      ) : (
        <Table<Contract>
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={card.contracts}
          columns={[
            {
              title: t('contract.company'),
              key: 'company',
              render: (_, c) => (
                <div>
                  <Link to={`/estate/companies/${c.company.id}`} data-testid={`estate-contract-company-${c.id}`}>
                    {c.company.name}
                  </Link>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em', fontFamily: 'monospace' }}>
                    {c.company.creditCode}
                  </Typography.Text>
                </div>
              ),
            },
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
              title: t('contract.contact'),
              key: 'contact',
              render: (_, c) => (
                <Space size={4}>
                  <span>{c.company.contactName ?? ''}</span>
                  <RevealPhone
                    masked={c.company.phoneMasked}
                    path={`/api/estate/companies/${c.company.id}/reveal`}
                    name={c.company.name}
                    canReveal={card.can.reveal}
                    testId={`estate-contract-phone-${c.id}`}
                  />
                </Space>
              ),
            },
            {
              title: t('contract.scope'),
              dataIndex: 'serviceScope',
              render: (v: string | null) => (
                <Typography.Text style={{ maxWidth: 320 }} ellipsis={{ tooltip: v }}>
                  {v ?? '—'}
                </Typography.Text>
              ),
            },
            ...(card.can.manage
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, c: Contract) => (
                      <Space size={0}>
                        <Button
                          size="small"
                          type="text"
                          icon={<EditOutlined />}
                          aria-label={t('contract.editTitle')}
                          onClick={() => onEdit(c)}
                          data-testid={`estate-edit-contract-${c.id}`}
                        />
                        <DeleteButton
                          remove={() => api.post('/api/estate/contracts/{id}/delete', { path: { id: c.id } })}
                          confirm={t('contract.deleteConfirm')}
                          done={t('contract.deleted')}
                          testId={`estate-delete-contract-${c.id}`}
                        />
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}

function TermBlock({
  term,
  card,
  onEditTerm,
  onMember,
}: {
  term: Term;
  card: CompoundCard;
  onEditTerm: (t: Term) => void;
  onMember: (t: Term, m: Member | null) => void;
}) {
  const t = useEstateT();
  const { label } = useI18n();
  return (
    <div data-testid={`estate-term-${term.termNumber}`} style={{ marginBottom: 20 }}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Flex align="center" gap={8} wrap>
          <Typography.Text strong>{t('compounds.termN', { n: term.termNumber })}</Typography.Text>
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>
            {term.startDate} ~ {term.endDate}
          </span>
          <TermStatusTag status={term.status} />
          {term.endedOn && <Typography.Text type="secondary">{t('term.endedOn', { date: term.endedOn })}</Typography.Text>}
          {term.electionDate && (
            <Typography.Text type="secondary">
              {t('term.electionDate')} {term.electionDate}
            </Typography.Text>
          )}
          {term.electionRef && <Tag>{term.electionRef}</Tag>}
        </Flex>
        {card.can.manage && (
          <Space>
            <Button size="small" icon={<EditOutlined />} onClick={() => onEditTerm(term)} data-testid={`estate-edit-term-${term.termNumber}`}>
              {t('term.edit')}
            </Button>
            <Button size="small" icon={<UserAddOutlined />} onClick={() => onMember(term, null)} data-testid={`estate-add-member-${term.termNumber}`}>
              {t('term.addMember')}
            </Button>
          </Space>
        )}
      </Flex>
      <Table<Member>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={term.members}
        locale={{ emptyText: t('term.noMembers') }}
        data-testid={`estate-members-${term.termNumber}`}
        columns={[
          {
            title: t('member.name'),
            key: 'name',
            render: (_, m) => (
              <Space size={4}>
                {m.personId ? (
                  <Link to={`/people/persons/${m.personId}`} title={t('member.linked')}>
                    {m.name}
                  </Link>
                ) : (
                  <span>{m.name}</span>
                )}
              </Space>
            ),
          },
          {
            title: t('member.role'),
            key: 'role',
            render: (_, m) => <Tag color={m.role === 'director' ? 'gold' : m.role === 'deputy' ? 'blue' : undefined}>{label(m.roleLabel)}</Tag>,
          },
          {
            title: t('member.phone'),
            key: 'phone',
            render: (_, m) => (
              <RevealPhone
                masked={m.phoneMasked}
                path={`/api/estate/members/${m.id}/reveal`}
                name={m.name}
                canReveal={card.can.reveal}
                testId={`estate-member-phone-${m.id}`}
              />
            ),
          },
          {
            title: t('member.since'),
            key: 'office',
            render: (_, m) => (
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>
                {m.since} ~ {m.until ?? ''}
              </span>
            ),
          },
          { title: '', key: 'inOffice', render: (_, m) => (m.inOffice ? <Tag color="green">{t('member.inOffice')}</Tag> : <Tag>{t('member.left')}</Tag>) },
          ...(card.can.manage
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, m: Member) => (
                    <Space size={0}>
                      <Button
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        aria-label={t('member.editTitle', { name: m.name })}
                        onClick={() => onMember(term, m)}
                        data-testid={`estate-edit-member-${m.id}`}
                      />
                      <DeleteButton
                        remove={() => api.post('/api/estate/members/{id}/delete', { path: { id: m.id } })}
                        confirm={t('member.deleteConfirm')}
                        done={t('member.deleted')}
                        testId={`estate-delete-member-${m.id}`}
                      />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}

function CardView({ card }: { card: CompoundCard }) {
  const t = useEstateT();
  const { label } = useI18n();
  const { has } = usePermissions();
  const [dialog, setDialog] = useState<Dialog>(null);
  const compound = { id: card.compound.id, name: card.compound.name };
  const close = () => setDialog(null);
  return (
    <div data-testid="estate-card" data-compound-id={card.compound.id}>
      <PageHeader
        crumbs={[
          { title: t('compounds.title'), to: '/estate' },
          ...(card.compound.committee ? [{ title: card.compound.committee.name, to: `/estate?unit=${card.compound.committee.id}` }] : []),
          { title: card.compound.name },
        ]}
        title={card.compound.name}
        titleTestId="estate-card-title"
        subtitle={card.ownersCommittee?.name}
        extra={
          has('people.read') ? (
            <Link to={`/people?unit=${card.compound.id}`}>
              <Button icon={<TeamOutlined />}>{t('card.people')}</Button>
            </Link>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          data-testid="estate-card-summary"
          items={[
            { key: 'committee', label: t('card.committee'), children: card.compound.committee?.name ?? '—' },
            { key: 'housing', label: t('card.housingType'), children: card.compound.housingType ? label(card.compound.housingType.name) : '—' },
            { key: 'service', label: t('card.service'), children: <ServiceStateTag state={card.serviceState} /> },
            { key: 'owners', label: t('card.ownersCommittee'), children: <CommitteeStateTag state={card.ownersCommitteeState} /> },
            { key: 'flags', label: t('compounds.flags'), span: 'filled', children: <FlagTags flags={card.flags} testId="estate-card-flags" /> },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24}>
          <ContractsCard card={card} onEdit={(c) => setDialog({ kind: 'contract', contract: c })} />
        </Col>
        <Col xs={24}>
          <Card
            title={t('card.terms')}
            data-testid="estate-terms"
            extra={
              card.can.manage ? (
                <Button
                  size="small"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setDialog({ kind: 'term', term: null })}
                  data-testid="estate-start-term"
                >
                  {card.terms.length ? t('card.reElection') : t('card.firstTerm')}
                </Button>
              ) : null
            }
          >
            {card.terms.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('card.noCommittee')} />
            ) : (
              card.terms.map((term) => (
                <TermBlock
                  key={term.id}
                  term={term}
                  card={card}
                  onEditTerm={(x) => setDialog({ kind: 'term', term: x })}
                  onMember={(x, m) => setDialog({ kind: 'member', term: x, member: m })}
                />
              ))
            )}
          </Card>
        </Col>
      </Row>
      {card.can.manage && (
        <>
          <ContractModal
            compound={compound}
            contract={dialog?.kind === 'contract' ? dialog.contract : null}
            open={dialog?.kind === 'contract'}
            onClose={close}
          />
          <TermModal
            compound={compound}
            term={dialog?.kind === 'term' ? dialog.term : null}
            reElection={card.terms.length > 0}
            open={dialog?.kind === 'term'}
            onClose={close}
          />
          {dialog?.kind === 'member' && <MemberModal compoundId={card.compound.id} term={dialog.term} member={dialog.member} open onClose={close} />}
        </>
      )}
    </div>
  );
}

/** /estate/compounds/:id — a compound's property contracts and owners' committee with every term and member. */
export default function CompoundCardPage() {
  const { id = '' } = useParams();
  const q = useCompoundCard(id);
  return <QueryState query={q}>{(card) => <CardView card={card} />}</QueryState>;
}
