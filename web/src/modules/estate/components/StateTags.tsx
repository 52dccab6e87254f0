import { Flex, Tag } from 'antd';
import { useEstateT } from '../i18n';
import type { CommitteeState, ContractStatus, Flags, ServiceState, TermStatus } from '../types';

const SERVICE_COLOR: Record<ServiceState, string> = { active: 'green', expiring: 'orange', expired: 'red', upcoming: 'blue', none: 'default' };
const COMMITTEE_COLOR: Record<CommitteeState, string> = { current: 'green', expired: 'red', none: 'default' };
const CONTRACT_COLOR: Record<ContractStatus, string> = { active: 'green', expired: 'default', upcoming: 'blue' };
const TERM_COLOR: Record<TermStatus, string> = { current: 'green', expired: 'red', ended: 'default' };

export function ServiceStateTag({ state }: { state: ServiceState }) {
  const t = useEstateT();
  return <Tag color={SERVICE_COLOR[state]} data-testid={`service-state-${state}`}>{t(`service.${state}`)}</Tag>;
}

export function CommitteeStateTag({ state }: { state: CommitteeState }) {
  const t = useEstateT();
  return <Tag color={COMMITTEE_COLOR[state]} data-testid={`committee-state-${state}`}>{t(`committee.${state}`)}</Tag>;
}

export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const t = useEstateT();
  return <Tag color={CONTRACT_COLOR[status]}>{t(`contract.${status}`)}</Tag>;
}

export function TermStatusTag({ status }: { status: TermStatus }) {
  const t = useEstateT();
  return <Tag color={TERM_COLOR[status]}>{t(`term.${status}`)}</Tag>;
}

/** The three warnings a committee worker acts on; nothing when all is well. */
export function FlagTags({ flags, testId }: { flags: Flags; testId?: string }) {
  const t = useEstateT();
  const on = [
    flags.contractExpiring && { key: 'contractExpiring', color: 'orange', text: t('state.contractExpiring') },
    flags.termExpired && { key: 'termExpired', color: 'red', text: t('state.termExpired') },
    flags.noOwnersCommittee && { key: 'noOwnersCommittee', color: 'default', text: t('state.noOwnersCommittee') },
  ].filter((x): x is { key: string; color: string; text: string } => !!x);
  if (!on.length) return <span data-testid={testId}>—</span>;
  return (
    <Flex gap={4} wrap data-testid={testId}>
      {on.map((f) => (
        <Tag key={f.key} color={f.color} data-testid={`flag-${f.key}`} style={{ marginInlineEnd: 0 }}>
          {f.text}
        </Tag>
      ))}
    </Flex>
  );
}
