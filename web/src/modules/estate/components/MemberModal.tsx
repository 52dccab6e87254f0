import { Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../app/api/client';
import { usePermissions } from '../../../app/auth/permissions';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { dayjs } from '../../../shared/format';
import { buttonTestId } from '../../../shared/testid';
import { useEstateT } from '../i18n';
import type { CommitteeRole, Member, Term } from '../types';
import { ResidentSelect } from './ResidentSelect';
import { day, useSave } from './useSave';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

interface Values {
  name: string;
  role: CommitteeRole;
  personId: number | null;
  phone: string;
  since: Dayjs | null;
  until: Dayjs | null;
}

/** Adds a member to a term or edits one (POST …/terms/:id/members, POST …/members/:id). */
export function MemberModal({
  compoundId,
  term,
  member,
  open,
  onClose,
}: {
  compoundId: number;
  term: Term;
  member: Member | null;
  open: boolean;
  onClose: () => void;
}) {
  const t = useEstateT();
  const roleTerms = useVocabulary('estate.committeeRole');
  const { t: tApp } = useI18n();
  const { has } = usePermissions();
  // Linking needs the residents list; without it a member is entered by name only.
  const canSearchResidents = has('people.read');
  const [form] = Form.useForm<Values>();
  const save = useSave<Values>(
    (v) => {
      const body = {
        name: v.name?.trim() || null,
        role: v.role,
        personId: v.personId ?? null,
        since: day(v.since),
        until: day(v.until),
        // An empty phone on an edit keeps the stored one; the clear number is never sent to the form.
        ...(v.phone?.trim() ? { phone: v.phone.trim() } : member ? {} : { phone: null }),
      };
      return member
        ? api.post('/api/estate/members/{id}', { path: { id: member.id }, body })
        : api.post('/api/estate/terms/{id}/members', { path: { id: term.id }, body });
    },
    { success: t('member.saved'), onDone: onClose },
  );
  return (
    <Modal
      open={open}
      title={member ? t('member.editTitle', { name: member.name }) : t('member.addTitle', { n: term.termNumber })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={tApp('common.save')}
      cancelText={tApp('common.cancel')}
      confirmLoading={save.busy}
      okButtonProps={buttonTestId('member-submit')}
      destroyOnHidden
      afterClose={save.clear}
    >
      {save.error ? <ErrorAlert error={save.error} testId="member-error" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={save.submit}
        data-testid="member-form"
        initialValues={
          member
            ? {
                name: member.name,
                role: member.role,
                personId: member.personId,
                phone: '',
                since: dayjs(member.since),
                until: member.until ? dayjs(member.until) : null,
              }
            : { role: 'member', personId: null, phone: '', since: dayjs(term.startDate), until: null }
        }
      >
        {canSearchResidents && (
          <Form.Item name="personId" label={t('member.person')} extra={t('member.personHint')}>
            <ResidentSelect
              compoundId={compoundId}
              placeholder={t('member.personPlaceholder')}
              testId="member-person"
              onPicked={(p) => {
                if (p && !form.getFieldValue('name')) form.setFieldValue('name', p.name);
              }}
            />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              name="name"
              label={t('member.name')}
              rules={[{ required: true, whitespace: true, message: tApp('common.required', { field: t('member.name') }) }]}
            >
              <Input maxLength={50} data-testid="member-name" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="role" label={t('member.role')} rules={[{ required: true }]}>
              <Select
                data-testid="member-role"
                options={roleTerms.options()}
                optionRender={(o) => <span data-testid={`member-role-${o.value}`}>{o.label}</span>}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="phone" label={t('member.phone')} extra={member?.phoneMasked ? t('member.phoneKeep', { masked: member.phoneMasked }) : undefined}>
          <Input maxLength={20} inputMode="tel" data-testid="member-phone" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="since" label={t('member.since')}>
              <DatePicker style={{ width: '100%' }} data-testid="member-since" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="until" label={t('member.until')}>
              <DatePicker style={{ width: '100%' }} data-testid="member-until" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
