import { useState } from 'react';
import { Button, Card, Col, Descriptions, Drawer, Empty, Flex, Grid, Row, Table, Tag, Typography } from 'antd';
import { CarryOutOutlined, EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { PageHeader, type Crumb } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { formatTime } from '../../../shared/format';
import { useHouse, usePermissions } from '../api';
import { HouseInfoModal } from '../components/HouseInfoModal';
import { PersonForm } from '../components/PersonForm';
import { PersonTags } from '../components/PersonTags';
import { VisitForm } from '../components/VisitForm';
import { VisitList } from '../components/VisitList';
import { VisitQueuePanel } from '../components/VisitQueuePanel';
import { useCodeLabel } from '../components/VisitLabels';
import { usePeopleT } from '../i18n';
import { useVisitQueue } from '../visitQueue';
import type { House, HousePerson } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/** Committee › compound › house; the committee and compound link to the residents list of that unit when known. */
function useCrumbs(house: House): Crumb[] {
  const t = usePeopleT();
  // Optional: the territory gives the ancestors' ids (for links); the address alone is enough to show the trail.
  const unit = useQuery({
    queryKey: ['org', 'unit', String(house.houseId)],
    queryFn: ({ signal }) => api.get('/api/org/units/{id}', { path: { id: house.houseId }, signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });
  const find = (type: string) => unit.data?.ancestors?.find((a) => a.type === type);
  const committee = find('committee');
  const compound = find('compound');
  const crumbs: Crumb[] = [{ title: t('persons.title'), to: '/people' }];
  if (house.address.committee) crumbs.push({ title: house.address.committee, to: committee ? `/people?unit=${committee.id}` : undefined });
  if (house.address.compound) crumbs.push({ title: house.address.compound, to: compound ? `/people?unit=${compound.id}` : undefined });
  crumbs.push({ title: house.address.house });
  return crumbs;
}

function HouseholdsCard({ house }: { house: House }) {
  const t = usePeopleT();
  const byId = new Map(house.people.map((p) => [p.id, p]));
  return (
    <Card title={t('house.households')} style={{ marginBottom: 16 }} data-testid="house-households">
      {house.households.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('house.noHouseholds')} />
      ) : (
        <Flex vertical gap={12}>
          {house.households.map((h, i) => {
            // Head first, then the members in the server's order.
            const members = [...h.members].sort((a, b) => Number(b.personId === h.headPersonId) - Number(a.personId === h.headPersonId));
            if (h.headPersonId !== null && !members.some((m) => m.personId === h.headPersonId))
              members.unshift({ personId: h.headPersonId, relationToHead: null });
            return (
              <div key={h.id} data-testid={`household-${h.id}`}>
                <Typography.Text strong>{t('house.household', { n: i + 1 })}</Typography.Text>
                <Table
                  size="small"
                  rowKey="personId"
                  pagination={false}
                  style={{ marginTop: 4 }}
                  dataSource={members}
                  columns={[
                    {
                      title: t('person.name'),
                      key: 'name',
                      render: (_, m) => {
                        const p = byId.get(m.personId);
                        return (
                          <Link to={`/people/persons/${m.personId}`} data-testid={`household-member-${m.personId}`}>
                            {p?.name ?? `#${m.personId}`}
                          </Link>
                        );
                      },
                    },
                    {
                      title: t('household.relationToHead'),
                      key: 'rel',
                      render: (_, m) => (m.personId === h.headPersonId ? <Tag color="gold">{t('household.head')}</Tag> : (m.relationToHead ?? '—')),
                    },
                    {
                      title: t('person.age'),
                      key: 'age',
                      align: 'right',
                      render: (_, m) => byId.get(m.personId)?.age ?? '—',
                    },
                  ]}
                />
              </div>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}

function HouseView({ house }: { house: House }) {
  const t = usePeopleT();
  const genderTerms = useVocabulary('people.gender');
  const { label } = useI18n();
  const codeLabel = useCodeLabel();
  const perms = usePermissions();
  const screens = Grid.useBreakpoint();
  const crumbs = useCrumbs(house);
  const [dialog, setDialog] = useState<'edit' | 'person' | 'visit' | null>(null);
  const queue = useVisitQueue(perms.userId);
  const queued = queue.items.filter((i) => i.body.houseId === house.houseId);
  const area = house.areaM2 === null || house.areaM2 === '' ? null : Number(house.areaM2);
  const unitTags = useQuery({
    queryKey: ['people', 'unit-tags', house.houseId],
    queryFn: ({ signal }) => api.get('/api/people/units/{id}/tags', { path: { id: house.houseId }, signal }),
  });

  return (
    <div data-testid="house-page" data-house-id={house.houseId}>
      <PageHeader
        crumbs={crumbs}
        title={house.address.text}
        titleTestId="house-title"
        subtitle={t('house.subtitle')}
        extra={
          <>
            {house.can.visit && (
              <Button type="primary" icon={<CarryOutOutlined />} onClick={() => setDialog('visit')} data-testid="house-record-visit">
                {t('house.recordVisit')}
              </Button>
            )}
            {house.can.edit && (
              <Button icon={<UserAddOutlined />} onClick={() => setDialog('person')} data-testid="house-register-person">
                {t('house.register')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card
            title={t('house.info')}
            style={{ marginBottom: 16 }}
            extra={
              house.can.edit ? (
                <Button size="small" icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="house-edit">
                  {t('house.edit')}
                </Button>
              ) : null
            }
          >
            <Descriptions
              size="small"
              column={1}
              data-testid="house-info"
              items={[
                { key: 'use', label: t('house.use'), children: <span data-testid="house-use">{codeLabel('use', house.use)}</span> },
                {
                  key: 'area',
                  label: t('house.area'),
                  children: <span data-testid="house-area">{area !== null && Number.isFinite(area) ? `${area} ㎡` : '—'}</span>,
                },
                {
                  key: 'ownership',
                  label: t('house.ownership'),
                  children: <span data-testid="house-ownership">{codeLabel('ownership', house.ownership)}</span>,
                },
                {
                  key: 'visited',
                  label: t('house.lastVisited'),
                  children: <span data-testid="house-last-visited">{house.lastVisitedAt ? formatTime(house.lastVisitedAt) : t('house.never')}</span>,
                },
                { key: 'people', label: t('house.peopleCount'), children: house.people.length },
                {
                  key: 'tags',
                  label: t('house.tags'),
                  children: (
                    <span data-testid="house-tags">
                      {unitTags.data?.items.length
                        ? unitTags.data.items.map((tag) => (
                            <Tag key={tag.code} title={tag.startDate} data-testid={`house-tag-${tag.code}`}>
                              {label(tag.name)}
                            </Tag>
                          ))
                        : t('house.noTags')}
                    </span>
                  ),
                },
              ]}
            />
          </Card>
          <HouseholdsCard house={house} />
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('house.people')} style={{ marginBottom: 16 }}>
            <Table<HousePerson>
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={house.people}
              locale={{ emptyText: t('house.noPeople') }}
              data-testid="house-people"
              columns={[
                {
                  title: t('person.name'),
                  key: 'name',
                  render: (_, p) => (
                    <Link to={`/people/persons/${p.id}`} data-testid={`house-person-${p.id}`}>
                      {p.name}
                    </Link>
                  ),
                },
                {
                  title: t('house.relation'),
                  key: 'relation',
                  render: (_, p) => (p.relationLabel ? label(p.relationLabel) : codeLabel('relation', p.relation)),
                },
                {
                  title: t('person.genderAge'),
                  key: 'ga',
                  render: (_, p) =>
                    [p.gender ? genderTerms.label(p.gender) : null, p.age !== null ? t('person.ageYears', { age: p.age }) : null].filter(Boolean).join(' · ') ||
                    '—',
                },
                { title: t('person.residence'), key: 'residence', render: (_, p) => label(p.residenceLabel) },
                {
                  title: t('person.phone'),
                  dataIndex: 'phoneMasked',
                  render: (v: string | null) => <span style={{ fontFamily: 'monospace' }}>{v ?? '—'}</span>,
                },
                { title: t('person.tags'), key: 'tags', render: (_, p) => <PersonTags tags={p.tags} /> },
              ]}
            />
          </Card>
          <Card title={t('house.visits')} data-testid="house-visits-card">
            {queued.length > 0 && (
              <VisitQueuePanel
                queue={{ ...queue, items: queued, pending: queued.filter((i) => !i.rejected).length, rejected: queued.filter((i) => !!i.rejected) }}
              />
            )}
            <VisitList houseId={String(house.houseId)} testId="house-visits" />
          </Card>
        </Col>
      </Row>
      {house.can.edit && <HouseInfoModal house={house} open={dialog === 'edit'} onClose={() => setDialog(null)} />}
      {house.can.edit && <PersonForm house={house} open={dialog === 'person'} onClose={() => setDialog(null)} />}
      {house.can.visit && (
        <Drawer
          open={dialog === 'visit'}
          onClose={() => setDialog(null)}
          title={t('visit.titleAt', { address: house.address.text })}
          placement={screens.md ? 'right' : 'bottom'}
          size={screens.md ? 520 : '92vh'}
          destroyOnHidden
          data-testid="house-visit-drawer"
        >
          <VisitForm house={{ id: house.houseId, label: house.address.text }} fixedHouse onSaved={() => setDialog(null)} />
        </Drawer>
      )}
    </div>
  );
}

/** /people/houses/:id — the committee worker's household view of one house. */
export default function HousePage() {
  const { id = '' } = useParams();
  const q = useHouse(id);
  return <QueryState query={q}>{(h) => <HouseView house={h} />}</QueryState>;
}
