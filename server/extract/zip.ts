/**
 * Reads entries of an untrusted zip file (.docx, .xlsx) without trusting what it says about itself: the entry
 * count comes from the central directory and is capped before anything is inflated; declared sizes are checked
 * first, then every inflated byte is counted while inflating, in small input slices, so a zip bomb stops at the
 * cap (LIMITS.ZIP_DECOMPRESSED_BYTES) instead of at the end of its gigabytes.
 */
import { Inflate } from 'fflate';
import { checkLimit, LIMITS, shown } from '../limits.ts';

/** Compressed bytes pushed to the inflater at a time: at DEFLATE's ~1:1032 at most ~17 MB out per slice. */
const SLICE = 16 * 1024;

/** The zip is malformed or uses what we do not read (ZIP64, an unknown compression method). */
export class ZipFormatError extends Error {}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  local: number;
}

/** The central directory's entries, or ZipFormatError; more than LIMITS.ZIP_ENTRIES is a LimitError. */
function directory(bytes: Uint8Array): Entry[] {
  let end = bytes.length - 22;
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  while (end >= floor && u32(bytes, end) !== 0x06054b50) end--;
  if (end < floor) throw new ZipFormatError('no end of central directory');
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipFormatError('ZIP64 archives are not supported');
  checkLimit('ZIP_ENTRIES', count, `The archive has ${count.toLocaleString('en')} entries`);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) throw new ZipFormatError('broken central directory');
    const nameLength = u16(bytes, at + 28);
    entries.push({
      method: u16(bytes, at + 10),
      compressed: u32(bytes, at + 20),
      declared: u32(bytes, at + 24),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      local: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** The entry's compressed bytes (after its local header). */
function data(bytes: Uint8Array, e: Entry): Uint8Array {
  if (u32(bytes, e.local) !== 0x04034b50) throw new ZipFormatError(`broken local header of ${e.name}`);
  const start = e.local + 30 + u16(bytes, e.local + 26) + u16(bytes, e.local + 28);
  if (start + e.compressed > bytes.length) throw new ZipFormatError(`${e.name} is cut short`);
  return bytes.subarray(start, start + e.compressed);
}

/**
 * Inflates the entries `keep` selects (all of them with `inflateAll`, keeping only the selected ones' bytes)
 * and returns the kept ones by name. Throws LimitError (ZIP_ENTRIES, ZIP_DECOMPRESSED_BYTES) or ZipFormatError.
 */
export function readZip(
  bytes: Uint8Array,
  keep: (name: string) => boolean,
  opts: { inflateAll?: boolean } = {},
): Map<string, Uint8Array> {
  const entries = directory(bytes).filter((e) => opts.inflateAll || keep(e.name));
  const cap = LIMITS.ZIP_DECOMPRESSED_BYTES;
  const declared = entries.reduce((n, e) => n + e.declared, 0);
  checkLimit(
    'ZIP_DECOMPRESSED_BYTES',
    declared,
    `The archive declares ${shown('ZIP_DECOMPRESSED_BYTES', declared)} uncompressed`,
  );
  const out = new Map<string, Uint8Array>();
  let total = 0;
  const count = (n: number) => {
    total += n;
    checkLimit(
      'ZIP_DECOMPRESSED_BYTES',
      total,
      `The archive inflates to more than ${shown('ZIP_DECOMPRESSED_BYTES', total)}`,
    );
  };
  for (const e of entries) {
    const raw = data(bytes, e);
    const chunks: Uint8Array[] = [];
    const kept = keep(e.name);
    if (e.method === 0) {
      count(raw.length);
      if (kept) chunks.push(raw.slice());
    } else if (e.method === 8) {
      const inflate = new Inflate((chunk) => {
        count(chunk.length);
        if (kept) chunks.push(chunk);
      });
      for (let i = 0; i < raw.length && total <= cap; i += SLICE)
        inflate.push(raw.subarray(i, i + SLICE), i + SLICE >= raw.length);
    } else throw new ZipFormatError(`${e.name} uses compression method ${e.method}`);
    if (kept) out.set(e.name, concat(chunks));
  }
  return out;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
