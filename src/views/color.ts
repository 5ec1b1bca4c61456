// One fill colour per subject (or club), the same in every view of a run. Colours are light so
// black text stays readable; subjects get them in sorted order, so a workbook always looks the same.
import { idKey } from '../schema/ids';

export const PALETTE = [
  '#CFE2F3', '#D9EAD3', '#FFF2CC', '#F4CCCC', '#D9D2E9', '#FCE5CD', '#D0E0E3', '#EAD1DC',
  '#B6D7A8', '#FFE599', '#A4C2F4', '#F9CB9C', '#B4A7D6', '#A2C4C9', '#D5A6BD', '#EA9999',
  '#C9DAF8', '#E6B8AF', '#DDEEFF', '#E2F0D9', '#FBE4D5', '#EDEDED', '#FFF0F5', '#E0FFFF',
];

/** Name → colour for each distinct name (compared with idKey), assigned in sorted order. */
export function colourMap(names: Iterable<string>): Map<string, string> {
  const keys = [...new Set([...names].map(idKey))].sort();
  const map = new Map<string, string>();
  keys.forEach((k, i) => map.set(k, PALETTE[i % PALETTE.length]));
  return map;
}

/** The colour of a name from a colourMap (undefined when unknown). */
export function colourOf(map: Map<string, string>, name: string): string | undefined {
  return map.get(idKey(name));
}
