// TRANSITIONAL: files of other modules not yet ported still import getUnit, UnitRow and ancestorsOf from this path;
// they move to units/index.ts with their port, and this file goes. The module's own SQL is in store/.
export { ancestorsOf, getUnit, type UnitRow } from './store/shared.ts';
