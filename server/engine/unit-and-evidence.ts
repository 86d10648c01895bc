// Two small rules the server and the admin must apply alike: what a formula sees as $unit,
// and whether a file type is among an indicator's accepted types.
import type { UnitContext } from './types.js';

/** The assessed unit as formulas see it: its attributes (population…) plus code, name and level. */
export function unitContext(unit: { code: string; name: string; level: string; attributes?: Record<string, unknown> | null }): UnitContext {
  return { ...(unit.attributes ?? {}), code: unit.code, name: unit.name, level: unit.level };
}

/** Accepted when an indicator names no types: images, PDF, office documents and video. */
export const DEFAULT_EVIDENCE_ACCEPT = [
  'image/*', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/msword', 'application/vnd.ms-excel', 'application/x-cfb', 'video/mp4',
];

/** Whether `mime` is accepted: an exact type or a family such as image/*. */
export function acceptsType(accept: string[], mime: string): boolean {
  return accept.some((a) => a === mime || (a.endsWith('/*') && mime.startsWith(a.slice(0, -1))));
}
