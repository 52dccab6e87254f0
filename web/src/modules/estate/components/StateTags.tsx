import { Flex, Tag } from 'antd';
import type { CommitteeState, ContractStatus, Flags, ServiceState, TermStatus } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

const SERVICE_COLOR: Record<ServiceState, string> = { active: 'green', expiring: 'orange', expired: 'red', upcoming: 'blue', none: 'default' };
const COMMITTEE_COLOR: Record<CommitteeState, string> = { current: 'green', expired: 'red', none: 'default' };
const CONTRACT_COLOR: Record<ContractStatus, string> = { active: 'green', expired: 'default', upcoming: 'blue' };
const TERM_COLOR: Record<TermStatus, string> = { current: 'green', expired: 'red', ended: 'default' };

export function ServiceStateTag({ state }: { state: ServiceState }) {
  const terms = useVocabulary('estate.serviceState');
  return (
    <Tag color={SERVICE_COLOR[state]} data-testid={`service-state-${state}`}>
      {terms.label(state)}
    </Tag>
  );
}

export function CommitteeStateTag({ state }: { state: CommitteeState }) {
  const terms = useVocabulary('estate.committeeState');
  return (
    <Tag color={COMMITTEE_COLOR[state]} data-testid={`committee-state-${state}`}>
      {terms.label(state)}
    </Tag>
  );
}

export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const terms = useVocabulary('estate.contractStatus');
  return <Tag color={CONTRACT_COLOR[status]}>{terms.label(status)}</Tag>;
}

export function TermStatusTag({ status }: { status: TermStatus }) {
  const terms = useVocabulary('estate.termStatus');
  return <Tag color={TERM_COLOR[status]}>{terms.label(status)}</Tag>;
}

/** The three warnings a committee worker acts on; nothing when all is well. */
export function FlagTags({ flags, testId }: { flags: Flags; testId?: string }) {
  const state = useVocabulary('estate.listState');
  const on = [
    flags.contractExpiring && { key: 'contractExpiring', color: 'orange', text: state.label('contractExpiring') },
    flags.termExpired && { key: 'termExpired', color: 'red', text: state.label('termExpired') },
    flags.noOwnersCommittee && { key: 'noOwnersCommittee', color: 'default', text: state.label('noOwnersCommittee') },
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
