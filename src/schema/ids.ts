// IDs are compared case-insensitively with inner white space collapsed, everywhere (SCHEMA.md › IDs).
export function idKey(id: string): string {
  return id.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Trim and collapse inner white space, keeping the user's case: the display form of an ID. */
export function cleanId(id: string): string {
  return id.trim().replace(/\s+/g, ' ');
}
