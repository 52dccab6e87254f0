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
