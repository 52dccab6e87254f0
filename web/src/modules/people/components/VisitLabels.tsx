import { Tag } from 'antd';
import { usePeopleT, type PeopleKey } from '../i18n';

/** Label of a server code under a key prefix, or the code itself when the dictionary has none. */
export function useCodeLabel() {
  const t = usePeopleT();
  return (prefix: string, code: string | null | undefined) => {
    if (!code) return '—';
    const key = `${prefix}.${code}` as PeopleKey;
    const v = t(key);
    return v === key ? code : v;
  };
}

export function VisitKindTag({ kind }: { kind: string }) {
  const codeLabel = useCodeLabel();
  const color = ({ routine: 'blue', care: 'magenta', follow_up: 'cyan', patrol: 'geekblue' } as Record<string, string>)[kind];
  return <Tag color={color}>{codeLabel('visitKind', kind)}</Tag>;
}

export function NeedStatusTag({ status }: { status: string }) {
  const codeLabel = useCodeLabel();
  const color = ({ open: 'orange', solved: 'green', closed: 'default', linked: 'blue' } as Record<string, string>)[status];
  return <Tag color={color}>{codeLabel('needStatus', status)}</Tag>;
}
