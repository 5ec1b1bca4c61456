// Draws the add-in's icons (a calendar page: header bar, two binder rings, a grid of
// periods with one lesson booked) and writes them as PNGs to assets/. The PNG encoder is
// written by hand (zlib + CRC-32) so no image library is needed.
// Usage: npx tsx scripts/make-icons.ts [outDir]
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];
const CLEAR: Rgba = [0, 0, 0, 0];
const FRAME: Rgba = [0x1f, 0x4e, 0x79, 255]; // dark blue border and rings
const HEADER: Rgba = [0x21, 0x73, 0x46, 255]; // Excel green header bar
const PAGE: Rgba = [255, 255, 255, 255];
const GRID: Rgba = [0xa6, 0xb4, 0xc2, 255];
const BOOKED: Rgba = [0xf2, 0x9b, 0x38, 255]; // one booked lesson

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods stay 0
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
}

/** The glyph's colour at a point of the unit square (0..1 both ways). */
function glyph(x: number, y: number): Rgba {
  const inRect = (x0: number, y0: number, x1: number, y1: number) => x >= x0 && x < x1 && y >= y0 && y < y1;
  // Binder rings poke above the page.
  if (inRect(0.27, 0.04, 0.35, 0.22) || inRect(0.65, 0.04, 0.73, 0.22)) return FRAME;
  if (!inRect(0.06, 0.12, 0.94, 0.95)) return CLEAR;
  if (!inRect(0.11, 0.17, 0.89, 0.9)) return FRAME; // border
  if (y < 0.34) return HEADER;
  // 4 columns (days) × 3 rows (periods) of cells separated by grid lines.
  const gx = (x - 0.11) / 0.78;
  const gy = (y - 0.34) / 0.56;
  const col = Math.min(3, Math.floor(gx * 4));
  const row = Math.min(2, Math.floor(gy * 3));
  const fx = gx * 4 - col;
  const fy = gy * 3 - row;
  if (fx < 0.12 || fy < 0.12) return GRID;
  if (col === 2 && row === 1) return BOOKED;
  return PAGE;
}

/** Renders the glyph at `size` pixels, 4×4 supersampled so small icons stay legible. */
export function renderIcon(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const [cr, cg, cb, ca] = glyph((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round(a / (ss * ss));
    }
  }
  return out;
}

export function writeIcons(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    return file;
  });
}

if (require.main === module) {
  for (const file of writeIcons(process.argv[2] ?? join(__dirname, '..', 'assets'))) console.log(`wrote ${file}`);
}
