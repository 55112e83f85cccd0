import type { AreaDefinition, CatalogAreaInput, Lang, LevelId } from '../types.js';
import { AREA_BASICS, type AreaBasics } from './areas.js';
import { sameText } from '../i18n/localized.js';
import { LEVEL_IDS } from './levels.js';
import { givenText } from '../schema/util.js';

/** An area after merging the built-in catalog with a document's custom catalog. */
export interface ResolvedArea extends AreaDefinition {
  /** Canonical region key of its levels, e.g. 'eier+kontor' (see regionKey). */
  readonly region: string;
  /** True for an area a custom catalog added (not one of the built-in 20). */
  readonly custom: boolean;
}

/** The canonical key of a set of levels, order eier, kontor, tjeneste: e.g. 'eier+tjeneste'. */
export function regionKey(levels: readonly LevelId[]): string {
  return LEVEL_IDS.filter((id) => levels.includes(id)).join('+');
}

/** The area's name in a language. */
export function areaName(area: Pick<AreaDefinition, 'name'>, lang: Lang): string {
  return area.name[lang];
}

/** A built-in area, with or without its texts. */
export type BuiltInArea = AreaBasics & Partial<Pick<AreaDefinition, 'description' | 'tool'>>;

/**
 * Like resolveAreas (area-texts.ts), but without the built-in descriptions and tools (empty;
 * a custom catalog's own texts are kept), so it does not bring the texts: what a diagram
 * needs. Add them later with withAreaTexts().
 */
export function resolveAreaNames(custom?: readonly CatalogAreaInput[]): ResolvedArea[] {
  return mergeAreas(AREA_BASICS, custom);
}

/**
 * Merge built-in areas with a custom catalog. An entry with a built-in id overrides its
 * name/description/tool/levels (a plain string applies to every language; blank text keeps
 * the built-in one); an entry with a new id adds an area and must have name and levels
 * (parseModelData checks that; entries lacking them are skipped here so this never throws).
 * Built-in order first, then new ids ascending.
 * @internal
 */
export function mergeAreas(
  builtIns: readonly BuiltInArea[],
  custom?: readonly CatalogAreaInput[],
): ResolvedArea[] {
  const byId = new Map<number, ResolvedArea>();
  for (const area of builtIns)
    byId.set(area.id, {
      ...area,
      description: area.description ?? sameText(''),
      region: regionKey(area.levels),
      custom: false,
    });
  for (const entry of custom ?? []) {
    const base = byId.get(entry.id);
    const levels = entry.levels && entry.levels.length > 0 ? entry.levels : base?.levels;
    const name = givenText(entry.name) ? sameText(entry.name) : base?.name;
    if (!name || !levels) continue;
    const sorted = LEVEL_IDS.filter((id) => levels.includes(id));
    const tool = givenText(entry.tool) ? sameText(entry.tool) : base?.tool;
    byId.set(entry.id, {
      id: entry.id,
      name,
      levels: sorted,
      prioritisedInPilot: base?.prioritisedInPilot ?? false,
      description: givenText(entry.description)
        ? sameText(entry.description)
        : (base?.description ?? sameText('')),
      ...(tool ? { tool } : {}),
      region: regionKey(sorted),
      custom: base ? base.custom : true,
    });
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
