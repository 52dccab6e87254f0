import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Progress, Radio, Result, Typography } from 'antd';
import { AimOutlined, CloseOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { isApiError } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert, errorMessage } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { PERM, newIdempotencyKey, submitIntake, useAppealsPermissions, useCategories, useInvalidateAppeals } from '../api';
import { CategoryChooser } from '../components/CategoryPicker';
import { NoPermission } from '../components/NoPermission';
import { PhotoInput } from '../components/PhotoInput';
import { useAppealsT } from '../i18n';
import { MAX_PHOTOS, sendPhotos, type PickedPhoto } from '../photo';
import type { Categories } from '../types';

// The map comes only when the report is placed by a point: a resident reporting at home never waits for it.
const PointPicker = lazy(() => import('../../../shared/map/PointPicker').then((m) => ({ default: m.PointPicker })));

interface Values {
  categoryCode?: string | null;
  title: string;
  description: string;
  photos?: PickedPhoto[];
  place: 'home' | 'point';
  address?: string;
  urgent?: boolean;
  anonymous?: boolean;
  contactShared?: boolean;
  reporterPhone?: string;
}

type Point = { lat: number; lng: number };

/** /appeals/report — 随手拍: a resident reports a problem from the phone. */
export default function ReportPage() {
  const perms = useAppealsPermissions();
  return perms.has(PERM.report) ? <ReportForm /> : <NoPermission />;
}

function useLocate() {
  const [point, setPoint] = useState<Point | null>(null);
  const [locating, setLocating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const locate = (unsupported: string) => {
    if (!('geolocation' in navigator)) {
      setError(unsupported);
      return;
    }
    setLocating(true);
    setError(null);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPoint({ lat: Math.round(p.coords.latitude * 1e6) / 1e6, lng: Math.round(p.coords.longitude * 1e6) / 1e6 });
        setLocating(false);
      },
      (e) => {
        setError(e.message || String(e.code));
        setLocating(false);
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  return { point, busy: locating, error, locate, set: setPoint, clear: () => setPoint(null) };
}

/**
 * What of this report becomes public, said before it is sent: the district's place level, or nothing at all
 * for a private category. The server applies the same rule (public.view.ts).
 */
function PublicNotice({ categories, code }: { categories: Categories | undefined; code: string | null | undefined }) {
  const t = useAppealsT();
  const { label } = useI18n();
  if (!categories) return null;
  const sub = code ? categories.groups.flatMap((g) => g.subcategories).find((s) => s.code === code) : undefined;
  if (sub?.private) {
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="report-public-notice"
        data-private="true"
        title={t('report.publicTitle')}
        description={t('report.publicPrivate', { category: label(sub.name) })}
      />
    );
  }
  const level = categories.publicView.placeLevel;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="report-public-notice"
      data-level={level}
      title={t('report.publicTitle')}
      description={
        <>
          <div>{t('report.publicShown', { place: t(`report.place.${level}`), distance: t(`report.distance.${level}`) })}</div>
          <div>{t('report.publicNever')}</div>
        </>
      }
    />
  );
}

function ReportForm() {
  const t = useAppealsT();
  const perms = useAppealsPermissions();
  const categories = useCategories();
  const invalidate = useInvalidateAppeals();
  const [form] = Form.useForm<Values>();
  // One key for as long as this form is on screen: a retry after a lost answer finds the first order.
  const [key, setKey] = useState(newIdempotencyKey);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [created, setCreated] = useState<{ id: number; failed: PickedPhoto[]; error: unknown } | null>(null);
  const where = useLocate();
  const place = Form.useWatch('place', form);
  const anonymous = Form.useWatch('anonymous', form);
  const contactShared = Form.useWatch('contactShared', form);
  const categoryCode = Form.useWatch('categoryCode', form);
  const home = perms.unitId;

  const isSubcategory = (code: string | null | undefined) =>
    !!code && (categories.data?.groups ?? []).some((g) => g.subcategories.some((s) => s.code === code));

  const upload = async (id: number, photos: PickedPhoto[]) => {
    const r = await sendPhotos(id, 'report', photos, (done, total) => setProgress({ done, total }));
    setProgress(null);
    setCreated({ id, failed: r.failed, error: r.error });
    void invalidate();
  };

  const save = useApiMutation(async (v: Values) => {
    if (v.place === 'home' ? !home : !where.point) throw new Error(t('report.needPlace'));
    const r = await submitIntake(
      {
        categoryCode: v.categoryCode!,
        title: v.title.trim(),
        description: v.description.trim(),
        urgent: !!v.urgent,
        unitId: v.place === 'home' ? home : null,
        lat: where.point?.lat ?? null,
        lng: where.point?.lng ?? null,
        address: v.address?.trim() || null,
        anonymous: !!v.anonymous,
        contactShared: !v.anonymous && !!v.contactShared,
        reporterPhone: !v.anonymous && v.contactShared ? v.reporterPhone?.trim() || null : null,
      },
      key,
    );
    await upload(r.id, v.photos ?? []);
  });
  const busy = save.isPending;
  const error = save.error;

  const again = () => {
    form.resetFields();
    where.clear();
    setCreated(null);
    save.reset();
    setKey(newIdempotencyKey());
  };

  if (created && created.failed.length === 0) {
    return (
      <div data-testid="report-done" data-order-id={created.id}>
        <Result
          status="success"
          title={t('report.sent')}
          subTitle={<span data-testid="report-done-text">{t('report.sentText', { id: created.id })}</span>}
          extra={[
            <Link key="open" to={`/appeals/${created.id}`}>
              <Button type="primary" size="large" data-testid="report-open">
                {t('report.open')}
              </Button>
            </Link>,
            <Button key="again" size="large" onClick={again} data-testid="report-again">
              {t('report.another')}
            </Button>,
          ]}
        />
      </div>
    );
  }

  const conflictId = isApiError(error) && error.code === 'IDEMPOTENCY_CONFLICT' ? (error.details as { orderId?: number } | undefined)?.orderId : undefined;

  return (
    <div data-testid="report-page">
      <PageHeader title={t('report.title')} subtitle={t('report.subtitle')} />
      {created && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="report-photos-failed"
          title={t('report.photosFailed', { id: created.id, n: created.failed.length, message: errorMessage(created.error) })}
          action={
            <Flex vertical gap={4}>
              <Button
                size="small"
                type="primary"
                loading={!!progress}
                onClick={() => void upload(created.id, created.failed)}
                data-testid="report-retry-photos"
              >
                {t('report.retryPhotos')}
              </Button>
              <Link to={`/appeals/${created.id}`}>
                <Button size="small">{t('report.open')}</Button>
              </Link>
            </Flex>
          }
        />
      )}
      {error && !conflictId ? <ErrorAlert error={error} testId="report-error" /> : null}
      {conflictId ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={<Link to={`/appeals/${conflictId}`}>{t('report.conflict', { id: conflictId })}</Link>}
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        onFinish={(v) => save.mutate(v)}
        disabled={busy || !!created}
        initialValues={{ place: home ? 'home' : 'point', contactShared: false, urgent: false, anonymous: false, photos: [] }}
      >
        <Card size="small" style={{ marginBottom: 12 }}>
          <Form.Item
            name="categoryCode"
            label={t('report.category')}
            required
            rules={[
              { validator: (_, v: string | null | undefined) => (isSubcategory(v) ? Promise.resolve() : Promise.reject(new Error(t('report.categoryPick')))) },
            ]}
          >
            <CategoryChooser testId="report-category" />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('report.titleLabel')}
            rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('report.titlePlaceholder') }]}
          >
            <Input maxLength={100} placeholder={t('report.titlePlaceholder')} data-testid="report-title" />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('report.description')}
            rules={[{ required: true, whitespace: true, message: t('report.descriptionPlaceholder') }]}
          >
            <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t('report.descriptionPlaceholder')} data-testid="report-description" />
          </Form.Item>
          <Form.Item name="photos" label={t('report.photos', { max: MAX_PHOTOS })} valuePropName="value" style={{ marginBottom: 0 }}>
            <PhotoInput testId="report-photos" />
          </Form.Item>
        </Card>
        <Card size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="place" label={t('report.place')}>
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
              {home && (
                <Radio value="home" data-testid="report-place-home">
                  {perms.unitName ? t('report.placeHome', { name: perms.unitName }) : t('report.placeHomeUnknown')}
                </Radio>
              )}
              <Radio value="point" data-testid="report-place-point">
                {t('report.placePointOnly')}
              </Radio>
            </Radio.Group>
          </Form.Item>
          <Flex align="center" gap={8} wrap style={{ marginBottom: 16 }}>
            {where.point ? (
              <>
                <Typography.Text data-testid="report-located">{t('report.located', { lat: where.point.lat, lng: where.point.lng })}</Typography.Text>
                <Button size="small" icon={<CloseOutlined />} onClick={where.clear}>
                  {t('report.clearLocation')}
                </Button>
              </>
            ) : (
              <Button icon={<AimOutlined />} loading={where.busy} onClick={() => where.locate(t('report.locateUnsupported'))} data-testid="report-locate">
                {where.busy ? t('report.locating') : t('report.locate')}
              </Button>
            )}
            {where.error && <Typography.Text type="danger">{t('report.locateFailed', { reason: where.error })}</Typography.Text>}
          </Flex>
          {place === 'point' && (
            <Suspense fallback={<Loading testId="report-point-loading" />}>
              <PointPicker value={where.point} onChange={where.set} testId="report-point" />
            </Suspense>
          )}
          {place === 'point' && !where.point && (
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 12 }}>
              {t('report.needPlace')}
            </Typography.Text>
          )}
          <Form.Item name="address" label={t('report.address')} style={{ marginBottom: 0 }}>
            <Input maxLength={200} placeholder={t('report.addressPlaceholder')} data-testid="report-address" />
          </Form.Item>
        </Card>
        <Card size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="urgent" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox data-testid="report-urgent">{t('report.urgent')}</Checkbox>
          </Form.Item>
          <Form.Item name="anonymous" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox data-testid="report-anonymous">{t('report.anonymous')}</Checkbox>
          </Form.Item>
          <Form.Item name="contactShared" valuePropName="checked" style={{ marginBottom: contactShared && !anonymous ? 8 : 0 }}>
            <Checkbox disabled={!!anonymous} data-testid="report-contact">
              {t('report.contactShared')}
            </Checkbox>
          </Form.Item>
          {contactShared && !anonymous && (
            <Form.Item name="reporterPhone" label={t('report.phone')} style={{ marginBottom: 0 }}>
              <Input type="tel" maxLength={30} placeholder={t('report.phonePlaceholder')} data-testid="report-phone" />
            </Form.Item>
          )}
        </Card>
        <PublicNotice categories={categories.data} code={categoryCode} />
        {progress && (
          <Progress
            percent={Math.round((progress.done / Math.max(1, progress.total)) * 100)}
            format={() => t('report.uploading', progress)}
            aria-label={t('report.uploading', progress)}
            style={{ marginBottom: 12 }}
          />
        )}
        <Button type="primary" htmlType="submit" size="large" block loading={busy} disabled={!!created} style={{ height: 52 }} data-testid="report-submit">
          {busy ? t('report.submitting') : t('report.submit')}
        </Button>
      </Form>
    </div>
  );
}
