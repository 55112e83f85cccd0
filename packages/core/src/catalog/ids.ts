/** The built-in areas are numbered 1…20 (kept apart from AREAS so parsing needs no texts). */
export const BUILT_IN_AREA_COUNT = 20;

/** True for the id of one of the 20 built-in areas. */
export function isBuiltInAreaId(id: number): boolean {
  return Number.isInteger(id) && id >= 1 && id <= BUILT_IN_AREA_COUNT;
}
