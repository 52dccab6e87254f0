import { useState } from 'react';
import { App, Button, Card, Checkbox, Col, Form, Input, Radio, Row } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert, errorMessage } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { PERM, newIdempotencyKey, submitIntake, useAppealsPermissions, useCategories, useInvalidateAppeals } from '../api';
import { CategoryPicker } from '../components/CategoryPicker';
import { NoPermission } from '../components/NoPermission';
import { PhotoInput } from '../components/PhotoInput';
import { useAppealsT } from '../i18n';
import { MAX_PHOTOS, sendPhotos, type PickedPhoto } from '../photo';
import { STAFF_CHANNELS, type StaffChannel } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

interface Values {
  channel: StaffChannel;
  categoryCode?: string | null;
  title: string;
  description: string;
  unitId?: string | null;
  address?: string;
  reporterName?: string;
  reporterPhone?: string;
  anonymous?: boolean;
  contactShared?: boolean;
  urgent?: boolean;
  handleSelf?: boolean;
  photos?: PickedPhoto[];
}

/** /appeals/new — 首问登记: a worker registers what a resident brought to the desk, or what a patrol or visit found. */
export default function IntakePage() {
  const perms = useAppealsPermissions();
  return perms.has(PERM.intake) ? <IntakeForm /> : <NoPermission />;
}

function IntakeForm() {
  const t = useAppealsT();
  const channelTerms = useVocabulary('appeals.channel');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const perms = useAppealsPermissions();
  const categories = useCategories();
  const invalidate = useInvalidateAppeals();
  const [form] = Form.useForm<Values>();
  const [key] = useState(newIdempotencyKey);
  const anonymous = Form.useWatch('anonymous', form);
  // Only a committee's own workers can take a case on for their committee (首问负责).
  const mayHandleSelf = (perms.role === 'committee_worker' || perms.role === 'committee_head') && perms.has(PERM.handle);
  const isSubcategory = (code: string | null | undefined) =>
    !!code && (categories.data?.groups ?? []).some((g) => g.subcategories.some((s) => s.code === code));

  const save = useApiMutation(
    async (v: Values) => {
      const r = await submitIntake(
        {
          channel: v.channel,
          categoryCode: v.categoryCode!,
          title: v.title.trim(),
          description: v.description.trim(),
          unitId: v.unitId ? Number(v.unitId) : null,
          address: v.address?.trim() || null,
          anonymous: !!v.anonymous,
          reporterName: v.anonymous ? null : v.reporterName?.trim() || null,
          reporterPhone: v.anonymous ? null : v.reporterPhone?.trim() || null,
          contactShared: !v.anonymous && !!v.contactShared,
          urgent: !!v.urgent,
          handleSelf: mayHandleSelf && !!v.handleSelf,
        },
        key,
      );
      void invalidate();
      if (v.photos?.length) {
        const sent = await sendPhotos(r.id, 'report', v.photos);
        if (sent.failed.length) message.warning(t('intake.photosFailed', { id: r.id, message: errorMessage(sent.error) }), 8);
      }
      return r;
    },
    { success: (r) => t('intake.saved', { id: r.id }), onSuccess: (r) => navigate(`/appeals/${r.id}`) },
  );
  const busy = save.isPending;
  const error = save.error;

  return (
    <div data-testid="intake-page">
      <PageHeader
        title={t('intake.title')}
        subtitle={t('intake.subtitle')}
        crumbs={[{ title: t('desk.title'), to: '/appeals' }, { title: t('intake.title') }]}
      />
      {error ? <ErrorAlert error={error} testId="intake-error" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        disabled={busy}
        initialValues={{ channel: perms.role === 'grid_worker' ? 'patrol' : 'desk', photos: [] }}
      >
        <Card style={{ marginBottom: 12 }}>
          <Form.Item name="channel" label={t('intake.channel')}>
            <Radio.Group
              optionType="button"
              options={STAFF_CHANNELS.map((c) => ({ value: c, label: <span data-testid={`intake-channel-${c}`}>{channelTerms.label(c)}</span> }))}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="categoryCode"
                label={t('report.category')}
                required
                rules={[
                  {
                    validator: (_, v: string | null | undefined) =>
                      isSubcategory(v) ? Promise.resolve() : Promise.reject(new Error(t('report.categoryPick'))),
                  },
                ]}
              >
                <CategoryPicker testId="intake-category" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="unitId" label={t('intake.place')} rules={[{ required: true, message: t('intake.placeRequired') }]}>
                <UnitPicker testId="intake-unit" placeholder={t('intake.placePlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="address" label={t('intake.address')}>
            <Input maxLength={200} placeholder={t('report.addressPlaceholder')} data-testid="intake-address" />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('report.titleLabel')}
            rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('report.titlePlaceholder') }]}
          >
            <Input maxLength={100} placeholder={t('report.titlePlaceholder')} data-testid="intake-title" />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('report.description')}
            rules={[{ required: true, whitespace: true, message: t('report.descriptionPlaceholder') }]}
          >
            <Input.TextArea rows={4} maxLength={4000} showCount data-testid="intake-description" />
          </Form.Item>
          <Form.Item name="photos" label={t('intake.photos', { max: MAX_PHOTOS })} valuePropName="value">
            <PhotoInput testId="intake-photos" />
          </Form.Item>
        </Card>
        <Card title={t('intake.reporter')} style={{ marginBottom: 12 }}>
          <Form.Item name="anonymous" valuePropName="checked">
            <Checkbox data-testid="intake-anonymous">{t('intake.anonymous')}</Checkbox>
          </Form.Item>
          {!anonymous && (
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="reporterName" label={t('intake.reporterName')}>
                  <Input maxLength={50} data-testid="intake-reporter-name" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="reporterPhone" label={t('intake.reporterPhone')}>
                  <Input type="tel" maxLength={30} data-testid="intake-reporter-phone" />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="contactShared" valuePropName="checked">
                  <Checkbox data-testid="intake-contact">{t('intake.contactShared')}</Checkbox>
                </Form.Item>
              </Col>
            </Row>
          )}
        </Card>
        <Card style={{ marginBottom: 12 }}>
          <Form.Item name="urgent" valuePropName="checked" style={{ marginBottom: mayHandleSelf ? 8 : 0 }}>
            <Checkbox data-testid="intake-urgent">{t('intake.urgent')}</Checkbox>
          </Form.Item>
          {mayHandleSelf && (
            <Form.Item name="handleSelf" valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox data-testid="intake-handle-self">{t('intake.handleSelf')}</Checkbox>
            </Form.Item>
          )}
        </Card>
        <Button type="primary" htmlType="submit" size="large" loading={busy} data-testid="intake-submit">
          {t('intake.submit')}
        </Button>
      </Form>
    </div>
  );
}
