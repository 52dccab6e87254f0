import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Select, Table, Tag, Typography } from 'antd';
import { EditOutlined, EyeOutlined, HomeOutlined, LockOutlined, LogoutOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { formatDate } from '../../../shared/format';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { PERM, peopleKeys, usePermissions, usePerson, useTagCatalog } from '../api';
import { DepartureForm } from '../components/DepartureForm';
import { MoveHouseForm } from '../components/MoveHouseForm';
import { PersonDetailsForm } from '../components/PersonDetailsForm';
import { RevealModal, type RevealField } from '../components/RevealModal';
import { TagMarkers, useTagOptions } from '../components/TagFilter';
import { usePeopleT } from '../i18n';
import type { PersonDetail, TagCatalogItem } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

function TagsCard({ person }: { person: PersonDetail }) {
  const t = usePeopleT();
  const { label } = useI18n();
  const sourceTerms = useVocabulary('people.tagSource');
  const catalog = useTagCatalog(person.can.tag);
  const [adding, setAdding] = useState<string | undefined>();
  const options = useTagOptions(
    catalog.data,
    true,
    person.tagDetails.map((x) => x.code),
  );
  const computed = new Set((catalog.data?.items ?? []).filter((i) => i.computed).map((i) => i.code));

  const setTag = useApiMutation((v: { code: string; on: boolean }) => api.post('/api/people/persons/{id}/tags', { path: { id: person.id }, body: v }), {
    invalidate: [peopleKeys.person(String(person.id)), peopleKeys.persons],
    success: (r, v) => (r.changed ? (v.on ? t('tag.added') : t('tag.removed')) : t('tag.unchanged')),
    onSuccess: () => setAdding(undefined),
    errorAs: 'message',
  });
  const busy = setTag.isPending ? setTag.variables?.code : undefined;

  return (
    <Card title={t('person.tagsTitle')} style={{ marginBottom: 16 }} data-testid="person-tags-card">
      {person.can.tag && (
        <Flex gap={8} style={{ marginBottom: 12 }} wrap>
          <div style={{ flex: '1 1 260px' }} data-testid="person-tag-add-select">
            <Select<string>
              style={{ width: '100%' }}
              value={adding}
              onChange={setAdding}
              allowClear
              loading={catalog.isPending}
              placeholder={t('tag.addPlaceholder')}
              options={options}
              showSearch={{
                filterOption: (input, opt) => {
                  const o = opt as { search?: string } | undefined;
                  return !!o?.search && o.search.includes(input.trim().toLowerCase());
                },
              }}
              optionRender={(opt) => {
                const it = (opt.data as { item?: TagCatalogItem }).item;
                return (
                  <span data-testid={`tag-add-option-${opt.value}`}>
                    {opt.label}
                    {it && <TagMarkers item={it} />}
                  </span>
                );
              }}
            />
          </div>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!adding}
            loading={!!adding && busy === adding}
            onClick={() => adding && setTag.mutate({ code: adding, on: true })}
            data-testid="person-tag-add"
          >
            {t('tag.add')}
          </Button>
          {catalog.data?.draft && <Tag color="warning">{t('tags.draft')}</Tag>}
        </Flex>
      )}
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={person.tagDetails}
        locale={{ emptyText: t('tag.none') }}
        data-testid="person-tags"
        columns={[
          {
            title: t('tag.name'),
            key: 'name',
            render: (_, tg) => (
              <Tag color={tg.sensitive ? 'orange' : 'blue'} icon={tg.sensitive ? <LockOutlined /> : undefined} data-testid={`person-tag-${tg.code}`}>
                {label(tg.name)}
              </Tag>
            ),
          },
          { title: t('tag.source'), dataIndex: 'source', render: (s: string) => sourceTerms.label(s) || '—' },
          { title: t('tag.startDate'), dataIndex: 'startDate', render: (d: string | null) => formatDate(d) },
          ...(person.can.tag
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, tg: PersonDetail['tagDetails'][number]) =>
                    tg.source === 'rule' || computed.has(tg.code) ? (
                      <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
                        {t('tags.computedHint')}
                      </Typography.Text>
                    ) : (
                      <ConfirmButton
                        title={t('tag.removeConfirm', { name: label(tg.name) })}
                        okText={t('tag.remove')}
                        onConfirm={() => setTag.mutateAsync({ code: tg.code, on: false })}
                        size="small"
                        danger
                        loading={busy === tg.code}
                        testId={`person-tag-remove-${tg.code}`}
                        confirmTestId={`person-tag-remove-confirm-${tg.code}`}
                      >
                        {t('tag.remove')}
                      </ConfirmButton>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

function PersonView({ person }: { person: PersonDetail }) {
  const t = usePeopleT();
  const genderTerms = useVocabulary('people.gender');
  const houseRelationTerms = useVocabulary('people.houseRelation');
  const { label } = useI18n();
  const [reveal, setReveal] = useState<RevealField | null>(null);
  const [revealField, setRevealField] = useState<RevealField>('docNumber');
  const departureTerms = useVocabulary('people.departure');
  const { has } = usePermissions();
  // The server says whether this record is the caller's to keep; the position's permission says the same.
  const canEdit = has(PERM.manage) && person.can.edit;
  const [editing, setEditing] = useState<'details' | 'move' | 'departure' | null>(null);
  const close = () => setEditing(null);
  const makeHead = useApiMutation((householdId: number) => api.post('/api/people/persons/{id}/head', { path: { id: person.id }, body: { householdId } }), {
    invalidate: [peopleKeys.all],
    success: (r) => (r.changed ? t('edit.headChanged') : t('edit.unchanged')),
    errorAs: 'message',
  });
  const openReveal = (f: RevealField) => {
    setRevealField(f);
    setReveal(f);
  };
  const revealButton = (f: RevealField) =>
    person.can.reveal ? (
      <Button
        size="small"
        type="link"
        icon={<EyeOutlined />}
        onClick={() => openReveal(f)}
        data-testid={`person-reveal-${f === 'docNumber' ? 'doc' : 'phone'}`}
      >
        {t('person.reveal')}
      </Button>
    ) : null;

  return (
    <div data-testid="person-detail" data-person-id={person.id}>
      <PageHeader
        crumbs={[{ title: t('persons.title'), to: '/people' }, { title: person.name }]}
        title={
          <>
            {person.name}{' '}
            {person.departed ? (
              <Tag color={person.departed === 'deceased' ? 'default' : 'orange'} style={{ verticalAlign: 'middle' }} data-testid="person-departed">
                {departureTerms.label(person.departed)}
              </Tag>
            ) : (
              <Tag style={{ verticalAlign: 'middle' }} data-testid="person-residence">
                {label(person.residenceLabel)}
              </Tag>
            )}
          </>
        }
        titleTestId="person-name"
        extra={
          canEdit ? (
            <Flex gap={8} wrap data-testid="person-edit-actions">
              <Button icon={<EditOutlined />} onClick={() => setEditing('details')} data-testid="person-edit-details">
                {t('edit.details')}
              </Button>
              {person.departed !== 'deceased' && (
                <Button icon={<SwapOutlined />} onClick={() => setEditing('move')} data-testid="person-edit-move">
                  {person.departed ? t('edit.moveBack') : t('edit.move')}
                </Button>
              )}
              {person.departed !== 'deceased' && (
                <Button danger icon={<LogoutOutlined />} onClick={() => setEditing('departure')} data-testid="person-edit-departure">
                  {person.departed ? t('edit.deceased') : t('edit.departure')}
                </Button>
              )}
            </Flex>
          ) : undefined
        }
        subtitle={
          person.address ? (
            <Link to={`/people/houses/${person.address.houseId}`} data-testid="person-address-link">
              <HomeOutlined /> {person.address.text}
            </Link>
          ) : undefined
        }
      />
      {person.departed && (
        <Alert
          type={person.departed === 'deceased' ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="person-departed-banner"
          title={
            person.departed === 'deceased'
              ? t('edit.deceasedBanner', { date: person.departedOn ?? '—' })
              : t('edit.movedOutBanner', {
                  date: person.departedOn ?? '—',
                  to: person.movedTo ? t('edit.movedToSuffix', { place: person.movedTo }) : '',
                })
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card title={t('person.identity')} style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={1}
              data-testid="person-identity"
              items={[
                { key: 'name', label: t('person.name'), children: person.name },
                { key: 'gender', label: t('person.gender'), children: person.gender ? genderTerms.label(person.gender) : '—' },
                {
                  key: 'birth',
                  label: t('person.birthDate'),
                  children: (
                    <>
                      {person.birthDate ?? '—'}
                      {person.age !== null && <Typography.Text type="secondary">（{t('person.ageYears', { age: person.age })}）</Typography.Text>}
                    </>
                  ),
                },
                { key: 'ethnicity', label: t('person.ethnicity'), children: person.ethnicity ?? '—' },
                { key: 'nationality', label: t('person.nationality'), children: person.nationality ?? '—' },
                { key: 'docType', label: t('person.docType'), children: label(person.docTypeLabel) },
                {
                  key: 'doc',
                  label: t('person.docNumber'),
                  children: (
                    <Flex align="center" gap={4} wrap>
                      <span style={{ fontFamily: 'monospace' }} data-testid="person-doc-masked">
                        {person.docMasked}
                      </span>
                      {revealButton('docNumber')}
                    </Flex>
                  ),
                },
                {
                  key: 'phone',
                  label: t('person.phone'),
                  children: (
                    <Flex align="center" gap={4} wrap>
                      <span style={{ fontFamily: 'monospace' }} data-testid="person-phone-masked">
                        {person.phoneMasked ?? '—'}
                      </span>
                      {person.phoneMasked ? revealButton('phone') : null}
                    </Flex>
                  ),
                },
                { key: 'residence', label: t('person.residence'), children: label(person.residenceLabel) },
                { key: 'updated', label: t('person.updatedAt'), children: formatDate(person.updatedAt) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <TagsCard person={person} />
        </Col>
      </Row>
      <Card title={t('person.housesTitle')} style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey={(h) => `${h.houseId}:${h.relation}`}
          pagination={false}
          dataSource={person.houses}
          locale={{ emptyText: t('common.empty') }}
          data-testid="person-houses"
          columns={[
            {
              title: t('person.address'),
              key: 'address',
              render: (_, h) => (
                <Link to={`/people/houses/${h.houseId}`} data-testid={`person-house-${h.houseId}`}>
                  {h.address?.text ?? `#${h.houseId}`}
                </Link>
              ),
            },
            {
              title: t('house.relation'),
              key: 'relation',
              render: (_, h) => (h.relationLabel ? label(h.relationLabel) : houseRelationTerms.label(h.relation)),
            },
            { title: t('house.since'), dataIndex: 'since', render: (d: string | null) => formatDate(d) },
          ]}
        />
      </Card>
      <Card title={t('person.householdsTitle')}>
        {person.households.length ? (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={person.households}
            data-testid="person-households"
            columns={[
              {
                title: t('person.address'),
                key: 'house',
                render: (_, h) => {
                  const addr = person.houses.find((x) => x.houseId === h.houseId)?.address;
                  return (
                    <Link to={`/people/houses/${h.houseId}`} data-testid={`person-household-house-${h.id}`}>
                      {addr?.text ?? (person.address?.houseId === h.houseId ? person.address.text : t('household.viewHouse'))}
                    </Link>
                  );
                },
              },
              {
                title: t('household.head'),
                key: 'head',
                render: (_, h) =>
                  h.headPersonId === null ? (
                    '—'
                  ) : h.headPersonId === person.id ? (
                    <Tag color="gold">{t('household.self')}</Tag>
                  ) : (
                    <Link to={`/people/persons/${h.headPersonId}`} data-testid={`person-household-head-${h.id}`}>
                      {t('household.viewHead')}
                    </Link>
                  ),
              },
              { title: t('household.relationToHead'), dataIndex: 'relationToHead', render: (r: string | null) => r ?? '—' },
              ...(canEdit
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      render: (_: unknown, h: PersonDetail['households'][number]) =>
                        h.headPersonId === person.id ? null : (
                          <ConfirmButton
                            title={t('edit.makeHeadConfirm', { name: person.name })}
                            okText={t('edit.makeHead')}
                            onConfirm={() => makeHead.mutateAsync(h.id)}
                            size="small"
                            loading={makeHead.isPending && makeHead.variables === h.id}
                            testId={`person-make-head-${h.id}`}
                            confirmTestId={`person-make-head-confirm-${h.id}`}
                          >
                            {t('edit.makeHead')}
                          </ConfirmButton>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('household.none')} />
        )}
      </Card>
      {editing === 'details' && <PersonDetailsForm person={person} onClose={close} />}
      {editing === 'move' && <MoveHouseForm person={person} onClose={close} />}
      {editing === 'departure' && <DepartureForm person={person} onClose={close} />}
      <RevealModal personId={person.id} personName={person.name} field={revealField} open={reveal !== null} onClose={() => setReveal(null)} />
    </div>
  );
}

/** /people/persons/:id — one resident: identity (masked), reveal, residence, tags, houses, households. */
export default function PersonDetailPage() {
  const { id = '' } = useParams();
  const q = usePerson(id);
  return <QueryState query={q}>{(p) => <PersonView person={p} />}</QueryState>;
}
