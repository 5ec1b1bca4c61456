// Sheet, column, setting and criterion names match case-insensitively, ignoring spaces, hyphens
// and underscores (SCHEMA.md › Names). '*' is ignored too: people copy 'ID*' from the docs.
export function normName(name: string): string {
  return name.toLowerCase().replace(/[\s\-_*]+/g, '');
}
