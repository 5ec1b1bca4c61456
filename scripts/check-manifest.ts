// Offline manifest check (office-addin-manifest validate needs the network; CI must not).
// Checks: well-formed XML; OfficeApp (TaskPaneApp) children present and in the XSD's order;
// the values the add-in relies on (Workbook host, ExcelApi minimum, ReadWriteDocument);
// every URL https; every resid resolved; every icon on https://localhost:3000 present in
// assets/ as a PNG of the stated size.
// Usage: npx tsx scripts/check-manifest.ts manifest.xml   (exit 0 = fine, 1 = problems listed)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The sequence of OfficeApp + TaskPaneApp (OfficeAppManifestv1.1.xsd), in order. */
export const OFFICEAPP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
  'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts',
  'Requirements', 'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides',
] as const;
/** minOccurs = 1 in the XSD. */
const SCHEMA_REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];
/** Optional in the XSD but needed by this add-in (store icons, Excel only, ExcelApi floor, ribbon button). */
const PROJECT_REQUIRED = ['IconUrl', 'HighResolutionIconUrl', 'Hosts', 'Requirements', 'VersionOverrides'];
const VERSION_OVERRIDES_ORDER = ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'];
const RESOURCES_ORDER = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const DEV_ORIGIN = 'https://localhost:3000';

/** One element of fast-xml-parser's preserveOrder output. */
type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const local = (name: string) => name.replace(/^.*:/, '');
const nameOf = (n: Node) => Object.keys(n).find((k) => k !== ':@') ?? '';
const childrenOf = (n: Node): Node[] => {
  const v = n[nameOf(n)];
  return Array.isArray(v) ? (v as Node[]) : [];
};
const elements = (nodes: Node[]) => nodes.filter((n) => !['#text', '#comment', '?xml'].includes(nameOf(n)));
const attr = (n: Node, a: string): string | undefined => n[':@']?.[`@_${a}`];
const text = (n: Node): string =>
  childrenOf(n).filter((c) => nameOf(c) === '#text').map((c) => String(c['#text'])).join('').trim();
const child = (n: Node, name: string) => elements(childrenOf(n)).find((c) => local(nameOf(c)) === name);

function walk(n: Node, path: string, visit: (n: Node, path: string) => void): void {
  visit(n, path);
  for (const c of elements(childrenOf(n))) walk(c, `${path}/${local(nameOf(c))}`, visit);
}

/** Problems with the order and presence of `parent`'s children against `order`. */
function checkSequence(nodes: Node[], order: readonly string[], where: string): string[] {
  const problems: string[] = [];
  let last = -1;
  let lastName = '';
  const seen = new Set<string>();
  for (const n of nodes) {
    const name = local(nameOf(n));
    const at = order.indexOf(name);
    if (at < 0) {
      problems.push(`${where}: <${name}> is not a valid child here (expected one of ${order.join(', ')})`);
      continue;
    }
    if (seen.has(name)) problems.push(`${where}: <${name}> appears more than once`);
    seen.add(name);
    if (at < last) problems.push(`${where}: <${name}> must come before <${lastName}> (schema order: ${order.join(', ')})`);
    else { last = at; lastName = name; }
  }
  return problems;
}

function pngSize(file: string): [number, number] | undefined {
  const b = readFileSync(file);
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG' || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

export interface CheckOptions {
  /** Folder served at https://localhost:3000/assets/ (default: assets/ beside the manifest). */
  assetsDir: string;
}

/** Every problem found in the manifest text; empty when it passes. */
export function checkManifest(xml: string, options: CheckOptions): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const e = wellFormed.err;
    return [`not well-formed XML: ${e.msg} (line ${e.line}, column ${e.col})`];
  }
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', commentPropName: '#comment', parseTagValue: false, parseAttributeValue: false, trimValues: true });
  const doc = elements(parser.parse(xml) as Node[]);
  const problems: string[] = [];
  const root = doc[0];
  if (!root || doc.length !== 1 || local(nameOf(root)) !== 'OfficeApp') return ['the root element must be <OfficeApp>'];
  if (attr(root, 'xsi:type') !== 'TaskPaneApp') problems.push(`<OfficeApp> must have xsi:type="TaskPaneApp" (found "${attr(root, 'xsi:type') ?? ''}")`);

  const top = elements(childrenOf(root));
  const present = new Set(top.map((n) => local(nameOf(n))));
  for (const name of SCHEMA_REQUIRED) if (!present.has(name)) problems.push(`missing required element <${name}>`);
  for (const name of PROJECT_REQUIRED) if (!present.has(name)) problems.push(`missing element <${name}> (needed by this add-in)`);
  problems.push(...checkSequence(top, OFFICEAPP_ORDER, 'OfficeApp'));

  const id = child(root, 'Id');
  if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text(id))) problems.push(`<Id> must be a GUID (found "${text(id)}")`);
  const version = child(root, 'Version');
  if (version && !/^\d+(\.\d+){0,3}$/.test(text(version))) problems.push(`<Version> must look like 1.0.0.0 (found "${text(version)}")`);
  const permissions = child(root, 'Permissions');
  if (permissions && !PERMISSIONS.includes(text(permissions))) problems.push(`<Permissions> must be one of ${PERMISSIONS.join(', ')} (found "${text(permissions)}")`);
  else if (permissions && text(permissions) !== 'ReadWriteDocument') problems.push('<Permissions> must be ReadWriteDocument: the add-in writes output sheets');
  const hosts = child(root, 'Hosts');
  if (hosts && !elements(childrenOf(hosts)).some((h) => attr(h, 'Name') === 'Workbook')) problems.push('<Hosts> must contain <Host Name="Workbook"/>');
  const requirements = child(root, 'Requirements');
  const excelSet = requirements && elements(childrenOf(child(requirements, 'Sets') ?? ({} as Node))).find((s) => attr(s, 'Name') === 'ExcelApi');
  if (requirements && !excelSet) problems.push('<Requirements><Sets> must name the ExcelApi set');
  const settings = child(root, 'DefaultSettings');
  if (settings && !attr(child(settings, 'SourceLocation') ?? ({} as Node), 'DefaultValue')) problems.push('<DefaultSettings> needs <SourceLocation DefaultValue="https://…"/>');
  for (const name of ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl']) {
    const n = child(root, name);
    if (n && !attr(n, 'DefaultValue')) problems.push(`<${name}> needs a DefaultValue`);
  }

  const overrides = child(root, 'VersionOverrides');
  const resourceIds = new Map<string, Node>();
  if (overrides) {
    problems.push(...checkSequence(elements(childrenOf(overrides)), VERSION_OVERRIDES_ORDER, 'VersionOverrides'));
    const resources = child(overrides, 'Resources');
    if (!resources) problems.push('<VersionOverrides> needs <Resources>');
    else {
      problems.push(...checkSequence(elements(childrenOf(resources)), RESOURCES_ORDER, 'Resources'));
      for (const group of elements(childrenOf(resources))) for (const r of elements(childrenOf(group))) {
        const rid = attr(r, 'id');
        if (rid) resourceIds.set(rid, r);
      }
    }
    let button = false;
    walk(overrides, 'VersionOverrides', (n, path) => {
      const rid = attr(n, 'resid');
      if (rid && !resourceIds.has(rid)) problems.push(`${path}: resid "${rid}" is not defined in <Resources>`);
      if (local(nameOf(n)) === 'Action' && attr(n, 'xsi:type') === 'ShowTaskpane') button = true;
      if (local(nameOf(n)) === 'Icon') {
        const sizes = elements(childrenOf(n)).map((i) => attr(i, 'size'));
        for (const size of ['16', '32', '80']) if (!sizes.includes(size)) problems.push(`${path}: needs a ${size}px <bt:Image>`);
      }
    });
    if (!button) problems.push('<VersionOverrides> needs a ribbon button with a ShowTaskpane action');
  }

  // Every URL https: attribute values and element text alike (namespace declarations are names, not fetched).
  walk(root, 'OfficeApp', (n, path) => {
    for (const [key, value] of Object.entries(n[':@'] ?? {})) {
      if (key.startsWith('@_xmlns')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.toLowerCase().startsWith('https://')) problems.push(`${path} ${key.slice(2)}: URL must be https (found ${value})`);
    }
    const t = text(n);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t) && !t.toLowerCase().startsWith('https://')) problems.push(`${path}: URL must be https (found ${t})`);
  });

  // Icons served by the dev server must exist in assets/ at the size the manifest states.
  const icons: Array<{ url: string; size?: number; where: string }> = [];
  for (const name of ['IconUrl', 'HighResolutionIconUrl']) {
    const n = child(root, name);
    const url = n && attr(n, 'DefaultValue');
    if (url) icons.push({ url, where: `<${name}>`, size: name === 'IconUrl' ? 64 : undefined });
  }
  if (overrides) walk(overrides, 'VersionOverrides', (n) => {
    const rid = attr(n, 'resid');
    const size = attr(n, 'size');
    const res = rid ? resourceIds.get(rid) : undefined;
    const url = res && attr(res, 'DefaultValue');
    if (size && url) icons.push({ url, size: Number(size), where: `<bt:Image size="${size}" resid="${rid}">` });
  });
  for (const icon of icons) {
    if (!icon.url.startsWith(`${DEV_ORIGIN}/`)) continue;
    const path = icon.url.slice(DEV_ORIGIN.length).split(/[?#]/)[0];
    if (!path.startsWith('/assets/')) { problems.push(`${icon.where}: icon ${icon.url} is not under ${DEV_ORIGIN}/assets/`); continue; }
    const file = join(options.assetsDir, decodeURIComponent(path.slice('/assets/'.length)));
    if (!existsSync(file)) { problems.push(`${icon.where}: icon ${icon.url} has no file ${file}`); continue; }
    const dims = pngSize(file);
    if (!dims) problems.push(`${icon.where}: ${file} is not a PNG`);
    else if (icon.size !== undefined && (dims[0] !== icon.size || dims[1] !== icon.size)) problems.push(`${icon.where}: ${file} is ${dims[0]}×${dims[1]}, expected ${icon.size}×${icon.size}`);
  }
  return [...new Set(problems)];
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: tsx scripts/check-manifest.ts <manifest.xml>');
    process.exit(2);
  }
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    process.exit(1);
  }
  const problems = checkManifest(xml, { assetsDir: join(dirname(resolve(file)), 'assets') });
  if (problems.length === 0) {
    console.log(`${file}: OK (well-formed, required elements in schema order, https URLs, icons present)`);
  } else {
    console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
}
