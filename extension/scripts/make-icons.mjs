// Writes the toolbar and store icons (icons/icon-{16,32,48,128}.png) without any dependency or
// network: a rounded teal square with a white speech-bubble mark, drawn per pixel and encoded as
// PNG with node:zlib. Run `node scripts/make-icons.mjs` after changing the drawing; the PNGs are
// committed so a build never needs this script.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128];
const TEAL = [0x0b, 0x6e, 0x69];
const WHITE = [0xff, 0xff, 0xff];
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Coverage (0..1) of the pixel centred at (x, y) in a size×size icon. */
function paint(x, y, size) {
  const u = x / size;
  const v = y / size;
  const radius = 0.2;
  const dx = Math.max(radius - u, 0, u - (1 - radius));
  const dy = Math.max(radius - v, 0, v - (1 - radius));
  if (dx * dx + dy * dy > radius * radius) return { alpha: 0, color: TEAL };
  // Speech bubble: an ellipse with a small tail at the lower left.
  const ex = (u - 0.5) / 0.3;
  const ey = (v - 0.45) / 0.22;
  const inBubble = ex * ex + ey * ey <= 1;
  const inTail = v >= 0.55 && v <= 0.8 && u >= 0.3 && u <= 0.45 && u - 0.3 <= (0.8 - v) * 0.6;
  return { alpha: 1, color: inBubble || inTail ? WHITE : TEAL };
}

function png(size) {
  const samples = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      // Supersample for smooth edges at 16 px.
      let alpha = 0;
      const rgb = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const pixel = paint(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples, size);
          alpha += pixel.alpha;
          for (let i = 0; i < 3; i++) rgb[i] += pixel.color[i] * pixel.alpha;
        }
      }
      const offset = 1 + x * 4;
      for (let i = 0; i < 3; i++) row[offset + i] = alpha ? Math.round(rgb[i] / alpha) : 0;
      row[offset + 3] = Math.round((alpha / (samples * samples)) * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(outDir, `icon-${size}.png`), png(size));
}
console.log(`Wrote ${SIZES.map((size) => `icon-${size}.png`).join(', ')} to ${outDir}`);
