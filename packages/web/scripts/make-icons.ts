/**
 * Writes the PNG app icons (192, 512, maskable 512) from the same geometry as icons/icon.svg, with
 * a tiny PNG encoder over node:zlib (no image dependency). Run: npx tsx packages/web/scripts/make-icons.ts
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

type Rect = { x: number; y: number; w: number; h: number; r: number };
const BG = [15, 118, 110];
const FG = [255, 255, 255];
// Same shapes as icon.svg, on a 512 grid.
const BARS: Rect[] = [
  { x: 96, y: 196, w: 48, h: 120, r: 14 },
  { x: 368, y: 196, w: 48, h: 120, r: 14 },
  { x: 60, y: 222, w: 40, h: 68, r: 12 },
  { x: 412, y: 222, w: 40, h: 68, r: 12 },
  { x: 140, y: 240, w: 232, h: 32, r: 10 },
];

function inRounded(px: number, py: number, q: Rect): boolean {
  if (px < q.x || py < q.y || px > q.x + q.w || py > q.y + q.h) return false;
  const cx = Math.min(Math.max(px, q.x + q.r), q.x + q.w - q.r);
  const cy = Math.min(Math.max(py, q.y + q.r), q.y + q.h - q.r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= q.r ** 2;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** `maskable`: full-bleed background and the glyph inside the 80 % safe zone. */
function png(size: number, maskable: boolean): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const scale = 512 / size;
  const shrink = maskable ? 0.8 : 1;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const gx = (x + 0.5) * scale;
      const gy = (y + 0.5) * scale;
      const inBg = maskable || inRounded(gx, gy, { x: 0, y: 0, w: 512, h: 512, r: 112 });
      const sx = 256 + (gx - 256) / shrink;
      const sy = 256 + (gy - 256) / shrink;
      const fg = BARS.some((b) => inRounded(sx, sy, b));
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const col = fg ? FG : BG;
      raw[o] = col[0] ?? 0;
      raw[o + 1] = col[1] ?? 0;
      raw[o + 2] = col[2] ?? 0;
      raw[o + 3] = inBg ? 255 : 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

const dir = new URL("../public/icons/", import.meta.url);
writeFileSync(new URL("icon-192.png", dir), png(192, false));
writeFileSync(new URL("icon-512.png", dir), png(512, false));
writeFileSync(new URL("icon-maskable-512.png", dir), png(512, true));
console.log("icons written");
