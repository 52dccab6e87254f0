import { Card, Col, Empty, Pagination, Row, Tag, Typography } from 'antd';
import { useNavigate, useParams, useLocation } from 'react-router-dom';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { SearchBox } from '../../../shared/components/SearchBox';
import { SimpleList } from '../../../shared/components/SimpleList';
import { usePaged } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { orgKeys, useInvalidateOrg, useUnit } from '../api';
import { UnitDetailPanel } from '../components/UnitDetailPanel';
import { UnitTree } from '../components/UnitTree';
import { useOrgT } from '../i18n';
import type { Unit } from '../types';

const SEARCH_PAGE_SIZE = 20;

function SearchResults({ q, page, onPage, selectedId }: { q: string; page: number; onPage: (p: number) => void; selectedId?: string }) {
  const t = useOrgT();
  const { label } = useI18n();
  const navigate = useNavigate();
  const { search } = useLocation();
  const res = usePaged([...orgKeys.all, 'units', 'search'], '/api/org/units', { q, page, pageSize: SEARCH_PAGE_SIZE });
  if (res.error) return <ErrorAlert error={res.error} onRetry={() => void res.refetch()} />;
  return (
    <div>
      <SimpleList<Unit>
        testId="org-search-results"
        items={res.data?.items ?? []}
        loading={res.isFetching}
        rowKey={(u) => String(u.id)}
        selectedKey={selectedId}
        empty={t('common.empty')}
        itemTestId={(u) => `org-search-result-${u.id}`}
        onClick={(u) => navigate(`/org/units/${u.id}${search}`)}
        render={(u) => (
          <>
            <span>
              {u.name} <Tag style={{ marginInlineStart: 4 }}>{label(u.typeLabel)}</Tag>
              {u.retiredAt && <Tag>{t('unit.retired')}</Tag>}
            </span>
            {u.code && <Typography.Text type="secondary">{u.code}</Typography.Text>}
          </>
        )}
      />
      {(res.data?.total ?? 0) > SEARCH_PAGE_SIZE && (
        <Pagination
          size="small"
          style={{ marginTop: 8 }}
          current={page}
          pageSize={SEARCH_PAGE_SIZE}
          total={res.data?.total ?? 0}
          showSizeChanger={false}
          onChange={onPage}
        />
      )}
    </div>
  );
}

/** /org and /org/units/:id — the territory tree (or search results) beside the selected unit. */
export default function OrgPage() {
  const t = useOrgT();
  const { id } = useParams();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [url, setUrl] = useUrlState(['q', 'qpage'] as const);
  // The URL's id is a string; the API's is a number.
  const unitId = id ? Number(id) : undefined;
  const unit = useUnit(unitId);
  const invalidate = useInvalidateOrg();
  const expandIds = unit.data ? unit.data.ancestors.map((a) => a.id) : [];

  return (
    <div data-testid="org-page">
      <PageHeader title={t('org.title')} subtitle={t('org.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: id ? 2 : 1 }} lg={{ span: 8, order: 1 }} xxl={6}>
          <Card size="small" title={t('org.treeTitle')}>
            <SearchBox
              value={url.q}
              placeholder={t('org.searchPlaceholder')}
              onSearch={(v) => setUrl({ q: v || null, qpage: null })}
              style={{ marginBottom: 12 }}
              testId="org-search"
            />
            {url.q ? (
              <>
                <Typography.Link onClick={() => setUrl({ q: null, qpage: null })} data-testid="org-search-clear">
                  {t('org.backToTree')}
                </Typography.Link>
                <SearchResults q={url.q} page={toPage(url.qpage)} onPage={(p) => setUrl({ qpage: p })} selectedId={id} />
              </>
            ) : (
              <UnitTree selectedId={unitId} expandIds={expandIds} onSelect={(uid) => navigate(`/org/units/${uid}${search}`)} />
            )}
          </Card>
        </Col>
        <Col xs={{ span: 24, order: id ? 1 : 2 }} lg={{ span: 16, order: 2 }} xxl={18}>
          {id ? (
            <QueryState query={unit}>{(u) => <UnitDetailPanel key={u.id} unit={u} onChanged={() => void invalidate()} />}</QueryState>
          ) : (
            <Card>
              <Empty description={t('org.selectHint')} data-testid="org-select-hint" />
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
