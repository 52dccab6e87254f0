import { Form, Select, type FormInstance } from 'antd';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { RemoteSelect } from '../../../shared/components/RemoteSelect';
import { UnitPicker, type UnitRef } from '../../../shared/components/UnitPicker';
import { useRoles } from '../api';
import { useAccountsT } from '../i18n';
import type { PositionInput } from '../types';

type UnitType = NonNullable<UnitRef['type']>;
const UNIT_TYPES: readonly string[] = ['district', 'street', 'committee', 'compound', 'building', 'house'] satisfies UnitType[];

/**
 * Role, unit and (when the role's scope needs it) department or grid, as form fields under `prefix`
 * (e.g. ['position'] in the create-user form, [] in the add-position form).
 */
export function PositionFields({ form, prefix = [] }: { form: FormInstance; prefix?: (string | number)[] }) {
  const t = useAccountsT();
  const { label } = useI18n();
  const roles = useRoles();
  const name = (f: string): (string | number)[] => [...prefix, f];
  const role = Form.useWatch(name('role'), form) as string | undefined;
  // A position sits at the unit level its role lives at; grid workers also name their grid, department
  // staff their department (the server checks the same rules).
  const unitTypes = roles.data?.items.find((r) => r.role === role)?.unitTypes ?? [];
  const needsDepartment = role === 'department_staff';
  const needsGrid = role === 'grid_worker';
  const unitType = unitTypes.length === 1 && UNIT_TYPES.includes(unitTypes[0]!) ? (unitTypes[0] as UnitType) : undefined;

  return (
    <>
      {roles.error ? <ErrorAlert error={roles.error} onRetry={() => void roles.refetch()} /> : null}
      <Form.Item name={name('role')} label={t('position.role')} rules={[{ required: true, message: t('common.required', { field: t('position.role') }) }]}>
        <Select
          data-testid="position-role"
          loading={roles.isPending}
          showSearch={{ optionFilterProp: 'search' }}
          options={(roles.data?.items ?? []).map((r) => ({
            value: r.role,
            label: label(r.label),
            search: `${r.label.zh} ${r.label.en} ${r.role}`,
          }))}
          optionRender={(opt) => <span data-testid={`role-option-${opt.value}`}>{opt.label}</span>}
          onChange={() => {
            form.setFieldValue(name('departmentId'), undefined);
            form.setFieldValue(name('gridId'), undefined);
          }}
        />
      </Form.Item>
      <Form.Item name={name('unitId')} label={t('position.unit')} rules={[{ required: true, message: t('common.required', { field: t('position.unit') }) }]}>
        <UnitPicker testId="position-unit" type={unitType} />
      </Form.Item>
      {needsDepartment && (
        <Form.Item
          name={name('departmentId')}
          label={t('position.department')}
          rules={[{ required: true, message: t('common.required', { field: t('position.department') }) }]}
        >
          <RemoteSelect
            path="/api/org/departments"
            testId="position-department"
            placeholder={t('position.searchDepartment')}
            render={(d) => [d.name, d.streetName, d.code].filter(Boolean).join(' · ')}
          />
        </Form.Item>
      )}
      {needsGrid && (
        <Form.Item name={name('gridId')} label={t('position.grid')} rules={[{ required: true, message: t('common.required', { field: t('position.grid') }) }]}>
          <RemoteSelect
            path="/api/org/grids"
            testId="position-grid"
            placeholder={t('position.searchGrid')}
            render={(g) => [g.name, g.streetName, g.code].filter(Boolean).join(' · ')}
          />
        </Form.Item>
      )}
    </>
  );
}

/** Strips empty optional fields before sending. */
export function positionBody(v: PositionInput): PositionInput {
  return {
    role: v.role,
    unitId: v.unitId,
    ...(v.departmentId ? { departmentId: v.departmentId } : {}),
    ...(v.gridId ? { gridId: v.gridId } : {}),
  };
}
