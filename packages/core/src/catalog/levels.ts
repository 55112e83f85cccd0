// Level ids only, light enough for every first chunk; the levels with their texts are in
// level-texts.ts.
import type { LevelId } from '../types.js';

/** The level ids in canonical order (owner, office, service). */
export const LEVEL_IDS: readonly LevelId[] = ['eier', 'kontor', 'tjeneste'];

/** Type guard for a level id. */
export function isLevelId(value: unknown): value is LevelId {
  return (LEVEL_IDS as readonly unknown[]).includes(value);
}
