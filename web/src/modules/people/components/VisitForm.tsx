import { useEffect, useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, Radio, Select, Typography, theme } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { nowInZone, todayInZone, zoneInstant } from '../../../shared/format';
import { UnitPicker, type UnitRef } from '../../../shared/components/UnitPicker';
import { usePeopleT } from '../i18n';
import { enqueueVisit, newClientId } from '../visitQueue';
import { NEED_CATEGORIES, VISIT_KINDS, type Id, type NeedInput, type VisitKind } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

interface VisitFormValues {
  houseId?: Id | null;
  visitedAt: Dayjs;
  kind: VisitKind;
  findings: string;
  needs: NeedInput[];
}

/**
 * A house handed in from outside with the words that show it (an unvisited household, a house page): the caller
 * puts the pair together from whichever route it read, no route sends it as such.
 */
export type HouseChoice = { id: Id; label: string };

/**
 * The visit form, mobile-first (large controls). A saved visit goes into the offline queue with a new
 * clientId; the queue posts it when the network allows.
 * `house`: a fixed house (the household view), or the initially picked house (a shortcut from a list).
 */
export function VisitForm({
  house,
  fixedHouse = false,
  onSaved,
  testId = 'visit-form',
}: {
  house?: HouseChoice | null;
  fixedHouse?: boolean;
  onSaved?: () => void;
  testId?: string;
}) {
  const t = usePeopleT();
  const visitKindTerms = useVocabulary('people.visitKind');
  const needCategoryTerms = useVocabulary('people.needCategory');
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const [form] = Form.useForm<VisitFormValues>();
  const [houseLabel, setHouseLabel] = useState(house?.label ?? '');
  // A house chosen from outside (the unvisited list's shortcut) replaces the picked one.
  const houseKey = house ? String(house.id) : '';
  useEffect(() => {
    form.setFieldValue('houseId', house?.id ?? null);
    setHouseLabel(house?.label ?? '');
    // Follows the house's id, not the object (a new object each render).
  }, [houseKey, form]);

  const submit = (v: VisitFormValues) => {
    const houseId = fixedHouse ? house?.id : v.houseId;
    if (houseId === undefined || houseId === null) return;
    const clientId = newClientId();
    enqueueVisit({
      clientId,
      houseLabel: houseLabel || String(houseId),
      body: {
        clientId,
        houseId,
        visitedAt: zoneInstant(v.visitedAt),
        kind: v.kind,
        findings: (v.findings ?? '').trim(),
        needs: (v.needs ?? []).filter((n) => n?.text?.trim()).map((n) => ({ text: n.text.trim(), category: n.category || 'other' })),
      },
    });
    message.success(navigator.onLine ? t('visit.savedOnline') : t('visit.savedOffline'));
    form.resetFields(['findings', 'needs', 'visitedAt']);
    form.setFieldValue('visitedAt', nowInZone());
    onSaved?.();
  };

  const big = { minHeight: 48 };

  return (
    <Form<VisitFormValues>
      form={form}
      layout="vertical"
      size="large"
      onFinish={submit}
      data-testid={testId}
      initialValues={{ houseId: house?.id ?? null, visitedAt: nowInZone(), kind: 'routine', findings: '', needs: [] }}
    >
      {fixedHouse ? (
        <Form.Item label={t('visit.house')}>
          <Typography.Text strong data-testid="visit-house-fixed">
            {house?.label}
          </Typography.Text>
        </Form.Item>
      ) : (
        <Form.Item name="houseId" label={t('visit.house')} rules={[{ required: true, message: t('visit.houseRequired') }]}>
          <UnitPicker
            key={houseKey || 'none'}
            type="house"
            size="large"
            testId="visit-house"
            placeholder={t('visit.housePlaceholder')}
            initial={house ? { id: house.id, name: house.label } : null}
            onChange={(_, unit: UnitRef | null) => setHouseLabel(unit?.name ?? '')}
          />
        </Form.Item>
      )}
      <Form.Item name="visitedAt" label={t('visit.visitedAt')} rules={[{ required: true, message: t('visit.visitedAtRequired') }]}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowClear={false}
          inputReadOnly
          disabledDate={(d) => d.format('YYYY-MM-DD') > todayInZone()}
          style={{ width: '100%' }}
          data-testid="visit-visited-at"
        />
      </Form.Item>
      <Form.Item name="kind" label={t('visit.kind')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 8 }}
          data-testid="visit-kind"
        >
          {VISIT_KINDS.map((k) => (
            <Radio.Button
              key={k}
              value={k}
              style={{
                ...big,
                height: 'auto',
                lineHeight: 1.3,
                padding: '8px',
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                textAlign: 'center',
                borderRadius: token.borderRadius,
                borderInlineStartWidth: 1,
              }}
            >
              <span data-testid={`visit-kind-${k}`}>{visitKindTerms.label(k)}</span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="findings" label={t('visit.findings')}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('visit.findingsPlaceholder')} data-testid="visit-findings" />
      </Form.Item>

      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('visit.needs')}
      </Typography.Text>
      <Form.List name="needs">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} style={{ marginBottom: 16 }} data-testid="visit-needs">
            {fields.map((f, i) => (
              <div
                key={f.key}
                data-testid={`visit-need-${i}`}
                style={{ border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius, padding: 8 }}
              >
                <Form.Item
                  name={[f.name, 'text']}
                  rules={[{ required: true, whitespace: true, message: t('visit.needTextRequired') }]}
                  style={{ marginBottom: 8 }}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={500}
                    placeholder={t('visit.needText')}
                    data-testid={`visit-need-text-${i}`}
                  />
                </Form.Item>
                <Flex gap={8}>
                  <Form.Item name={[f.name, 'category']} style={{ flex: 1, marginBottom: 0 }}>
                    <Select
                      aria-label={t('visit.needCategory')}
                      data-testid={`visit-need-category-${i}`}
                      options={NEED_CATEGORIES.map((c) => ({ value: c, label: needCategoryTerms.label(c) }))}
                      optionRender={(o) => <span data-testid={`visit-need-category-${i}-${o.value}`}>{o.label}</span>}
                    />
                  </Form.Item>
                  <Button
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('visit.removeNeed')}
                    data-testid={`visit-need-remove-${i}`}
                    style={big}
                  />
                </Flex>
              </div>
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add({ text: '', category: 'other' })}
              disabled={fields.length >= 20}
              data-testid="visit-need-add"
              style={big}
            >
              {t('visit.addNeed')}
            </Button>
          </Flex>
        )}
      </Form.List>

      <Button type="primary" htmlType="submit" block size="large" icon={<SaveOutlined />} data-testid="visit-submit" style={{ minHeight: 52 }}>
        {t('visit.save')}
      </Button>
    </Form>
  );
}
