import { useCallback, useEffect, useMemo, useState, type Key } from 'react';
import { Empty, Tag, Tree, Typography, type TreeDataNode as DataNode, type TreeProps } from 'antd';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../../app/i18n';
import type { Paged } from '../../../app/api/types';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/QueryState';
import { fetchChildren, orgKeys } from '../api';
import { useOrgT } from '../i18n';
import type { Unit } from '../types';

const MORE_PREFIX = 'more:';

/**
 * The territory tree: roots are the caller's scope (GET /api/org/units), children load lazily
 * (GET /api/org/units?parentId=) as nodes expand. `expandIds` opens the path to the unit being viewed.
 */
export function UnitTree({ selectedId, expandIds, onSelect }: { selectedId?: number; expandIds: number[]; onSelect: (unitId: number) => void }) {
  const t = useOrgT();
  const { label } = useI18n();
  const qc = useQueryClient();
  const [loadedIds, setLoadedIds] = useState<number[]>([]);
  const [expanded, setExpanded] = useState<Key[]>([]);

  const roots = useQuery({
    queryKey: orgKeys.children(null),
    queryFn: ({ signal }) => fetchChildren(null, signal),
  });

  const children = useQueries({
    queries: loadedIds.map((id) => ({
      queryKey: orgKeys.children(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchChildren(id, signal),
    })),
  });

  const byParent = useMemo(() => {
    const m = new Map<number, Paged<Unit>>();
    loadedIds.forEach((id, i) => {
      const d = children[i]?.data;
      if (d) m.set(id, d);
    });
    return m;
  }, [loadedIds, children]);

  // Open the path to the unit being viewed (ancestors load one after the other as they appear).
  const expandKey = expandIds.join(',');
  useEffect(() => {
    if (!expandIds.length) return;
    setExpanded((prev) => Array.from(new Set([...prev, ...expandIds.map(String)])));
  }, [expandKey]);

  const loadData = useCallback<NonNullable<TreeProps['loadData']>>(
    async (node) => {
      const key = String(node.key);
      if (key.startsWith(MORE_PREFIX)) return;
      const id = Number(key);
      await qc.fetchQuery({ queryKey: orgKeys.children(id), queryFn: ({ signal }) => fetchChildren(id, signal) });
      setLoadedIds((prev) => (prev.includes(id) ? prev : [...prev, id]));
    },
    [qc],
  );

  const treeData = useMemo(() => {
    const build = (units: Unit[], parentId: number | null, total: number, seen: Set<number>): DataNode[] => {
      const nodes: DataNode[] = units.map((u) => {
        const kids = byParent.get(u.id);
        const node: DataNode = {
          key: String(u.id),
          isLeaf: u.childCount === 0 || u.type === 'house',
          title: (
            <span data-testid={`tree-node-${u.id}`}>
              {u.name}{' '}
              <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
                {label(u.typeLabel)}
              </Typography.Text>
              {u.retiredAt && (
                <Tag color="default" style={{ marginInlineStart: 4 }}>
                  {t('unit.retired')}
                </Tag>
              )}
            </span>
          ),
        };
        if (kids && !seen.has(u.id)) {
          const next = new Set(seen).add(u.id);
          node.children = build(kids.items, u.id, kids.total, next);
        }
        return node;
      });
      if (parentId !== null && total > units.length) {
        nodes.push({
          key: `${MORE_PREFIX}${parentId}`,
          isLeaf: true,
          title: <Typography.Link data-testid={`tree-more-${parentId}`}>{t('org.treeMore', { n: total - units.length })}</Typography.Link>,
        });
      }
      return nodes;
    };
    return roots.data ? build(roots.data.items, null, roots.data.total, new Set()) : [];
  }, [roots.data, byParent, label, t]);

  if (roots.isPending) return <Loading testId="org-tree-loading" />;
  if (roots.error) return <ErrorAlert error={roots.error} onRetry={() => void roots.refetch()} />;
  if (!treeData.length) return <Empty description={t('org.treeEmpty')} />;

  return (
    <div data-testid="org-tree" style={{ maxHeight: '70vh', overflow: 'auto' }}>
      <Tree
        blockNode
        showLine
        treeData={treeData}
        loadData={loadData}
        expandedKeys={expanded}
        onExpand={(keys) => setExpanded(keys)}
        selectedKeys={selectedId !== undefined ? [String(selectedId)] : []}
        onSelect={(_, info) => {
          const key = String(info.node.key);
          onSelect(Number(key.startsWith(MORE_PREFIX) ? key.slice(MORE_PREFIX.length) : key));
        }}
      />
    </div>
  );
}
