import { Tag } from 'antd';
import type { ResponseTiming, SummonsInvitee, SummonsStatus } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

const STATUS_COLOURS: Record<SummonsStatus, string> = {
  invited: 'gold',
  accepted: 'blue',
  declined: 'default',
  met: 'geekblue',
  resolved: 'green',
  unresolved: 'red',
};
const TIMING_COLOURS: Record<ResponseTiming, string> = { waiting: 'default', overdue: 'red', on_time: 'green', late: 'orange' };

export function SummonsStatusTag({ status }: { status: SummonsStatus }) {
  const summonsStatusTerms = useVocabulary('appeals.summonsStatus');
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid={`summons-status-${status}`}>
      {summonsStatusTerms.label(status)}
    </Tag>
  );
}

/** Whether the invitee answered within its limit; an unanswered one past it is overdue. */
export function SummonsTimingTag({ timing }: { timing: ResponseTiming }) {
  const timingTerms = useVocabulary('appeals.responseTiming');
  return (
    <Tag color={TIMING_COLOURS[timing]} data-testid={`summons-timing-${timing}`}>
      {timingTerms.label(timing)}
    </Tag>
  );
}

export function InviteeName({ invitee }: { invitee: SummonsInvitee }) {
  const inviteeKindTerms = useVocabulary('appeals.inviteeKind');
  return (
    <span>
      <Tag bordered={false} color={invitee.kind === 'street' ? 'purple' : 'cyan'}>
        {inviteeKindTerms.label(invitee.kind)}
      </Tag>
      {invitee.name}
    </span>
  );
}
