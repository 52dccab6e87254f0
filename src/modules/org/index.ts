/**
 * The org module's interface for other modules: they find units and scopes through these functions and
 * never read the org tables themselves.
 */
export { findVisible as findVisibleUnit, findById as findUnitById, visiblePath as visibleUnitPath } from './unit.repository.js';
export type { UnitRow } from './unit.repository.js';
export type { UnitType } from './org.schema.js';
export type { OrgAnchors } from './org.demo.js';
export { ORG } from './org.policy.js';
export { findVisible as findVisibleGrid } from './grid.repository.js';
export { findVisible as findVisibleDepartment } from './department.repository.js';
export { idsInScope as unitIdsInScope, firstOfTypeInScope as firstUnitInScope } from './unit.repository.js';
export { committeesWithHouseCounts, unitNames, unitsWithAncestors } from './unit.repository.js';
export { pathsOfVisibleGrid } from './grid.repository.js';
export { housesWithAddress } from './unit.repository.js';
export { CommitteeResolver, resolveStagedHouses, type CommitteeLookup } from './address.repository.js';
export { pathsByName as unitPathsByName } from './unit.repository.js';
// Units, departments and grids as other modules read them (decision 0016: a module names only its own tables).
export {
  liveById as liveUnitById,
  districtRoot,
  liveChildren as liveChildUnits,
  liveOfTypes as liveUnitsOfTypes,
  liveOfTypesInScope as liveUnitsOfTypesInScope,
} from './unit.repository.js';
export {
  liveWithAncestors as liveUnitsWithAncestors,
  liveNamedIn as liveUnitNamedIn,
  idsWithin as unitIdsWithin,
  districtIdsWithin,
  houseAddressColumns,
} from './unit.repository.js';
export {
  liveOfDistrict as liveDepartments,
  ofDistricts as departmentsOfDistricts,
  liveById as liveDepartmentById,
  liveByCode as liveDepartmentByCode,
} from './department.repository.js';
export {
  liveCodeExists as departmentCodeExists,
  liveForStreets as liveDepartmentsForStreets,
  namesOf as departmentNames,
  selfAndTeams as departmentAndTeamIds,
  answeringFor as departmentAnsweringFor,
} from './department.repository.js';
export { liveOfKindCovering as liveGridCovering } from './grid.repository.js';
export { idsInScopeSql as unitIdsInScopeSql } from './unit.repository.js';
export { selfAndTeamsSql as departmentAndTeamIdsSql } from './department.repository.js';
// Where units are on the map, and which unit a reported point falls in (decision 0020).
export { placePoint, type Placement } from './placement.lookup.js';
export { mapSettings, type MapSettings } from './map.catalog.js';
export type { PlacementHow, Point } from './placement.js';
export { inChina } from './placement.js';
export { upsertMany as setUnitLocations } from './location.repository.js';
export { geographyOf as unitGeography } from './location.repository.js';
export { pointsOf as unitPoints } from './location.repository.js';
