/**
 * Hostile zip files for the tests and `npm run chaos -- hostile-files`, built by hand in milliseconds: a DEFLATE
 * stream at the format's maximum ratio (~1:1032), zip containers that may lie about sizes, and .docx/.xlsx shells.
 */
import { strToU8, zipSync } from 'fflate';

/** Bits, least significant first, as DEFLATE packs them. */
class BitWriter {
  private readonly bytes: number[] = [];
  private acc = 0;
  private n = 0;

  put(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.acc |= ((value >> i) & 1) << this.n;
      if (++this.n === 8) this.flush();
    }
  }

  /** A Huffman code: most significant bit first. */
  code(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.put((code >> i) & 1, 1);
  }

  zeros(bits: number): void {
    let left = bits;
    while (left > 0 && this.n !== 0) {
      this.put(0, 1);
      left--;
    }
    for (; left >= 8; left -= 8) this.bytes.push(0);
    this.put(0, left);
  }

  private flush(): void {
    this.bytes.push(this.acc);
    this.acc = 0;
    this.n = 0;
  }

  done(): Uint8Array {
    if (this.n > 0) this.flush();
    return Uint8Array.from(this.bytes);
  }
}

/**
 * One dynamic-Huffman DEFLATE block that inflates to about `size` bytes of "a": a literal, then copies of 258
 * bytes at distance 1, each coded in 2 bits (the length code 285 and the distance code get 1-bit codes).
 */
export function deflateBomb(size: number): Uint8Array {
  const w = new BitWriter();
  w.put(1, 1); // final block
  w.put(2, 2); // dynamic Huffman
  w.put(286 - 257, 5); // HLIT
  w.put(2 - 1, 5); // HDIST: distance codes 0 and 1, 1 bit each
  w.put(18 - 4, 4); // HCLEN: code-length codes up to symbol 1 in the permuted order
  // Code-length code lengths in order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1: 18 → 1 bit, 1 and 2 → 2 bits.
  for (const len of [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2]) w.put(len, 3);
  // Canonical codes of the code-length alphabet: 18 → 0, 1 → 10, 2 → 11.
  const zeros = (n: number) => {
    w.code(0, 1);
    w.put(n - 11, 7);
  };
  const length = (l: 1 | 2) => w.code(l === 1 ? 0b10 : 0b11, 2);
  zeros(97); // symbols 0–96
  length(2); // 'a' (97)
  zeros(138); // 98–235
  zeros(20); // 236–255
  length(2); // end of block (256)
  zeros(28); // 257–284
  length(1); // length 258 (285)
  length(1); // distance code 0 (distance 1)
  length(1); // distance code 1
  // Literal/length codes: 285 → 0, 97 → 10, 256 → 11; distance code 0 → 0.
  w.code(0b10, 2); // 'a'
  w.zeros(2 * Math.ceil(size / 258)); // (length 258, distance 1) pairs
  w.code(0b11, 2); // end of block
  return w.done();
}

export interface RawEntry {
  name: string;
  /** The entry's bytes as stored (already compressed when `method` is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the zip declares (may lie). */
  declared: number;
}

const le = (n: number, bytes: number) => Array.from({ length: bytes }, (_, i) => (n / 2 ** (8 * i)) & 0xff);

/** A zip of raw entries (CRCs left 0: the readers under test do not check them). */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let at = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const sizes = [...le(0, 4), ...le(e.data.length, 4), ...le(e.declared, 4), ...le(name.length, 2)];
    const local = Uint8Array.from([
      ...le(0x04034b50, 4),
      20,
      0,
      0,
      0,
      ...le(e.method, 2),
      0,
      0,
      0,
      0,
      ...sizes,
      0,
      0,
    ]);
    central.push(
      Uint8Array.from([
        ...le(0x02014b50, 4),
        20,
        0,
        20,
        0,
        0,
        0,
        ...le(e.method, 2),
        0,
        0,
        0,
        0,
        ...sizes,
        ...le(0, 2 + 2 + 2 + 2 + 4),
        ...le(at, 4),
      ]),
      name,
    );
    parts.push(local, name, e.data);
    at += local.length + name.length + e.data.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = Uint8Array.from([
    ...le(0x06054b50, 4),
    0,
    0,
    0,
    0,
    ...le(entries.length, 2),
    ...le(entries.length, 2),
    ...le(size, 4),
    ...le(at, 4),
    0,
    0,
  ]);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of all) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** A .docx whose word/document.xml is `xml` (deflated: 96,000 `<w:p>` make a file of ~1 KB). */
export function docxOf(xml: string): Uint8Array {
  return zipSync({ 'word/document.xml': strToU8(xml) }, { level: 9 });
}

/** A .docx whose document.xml truly inflates to `size` bytes (1 GB from ~1 MB). */
export function docxBomb(size: number): Uint8Array {
  return rawZip([{ name: 'word/document.xml', data: deflateBomb(size), method: 8, declared: size }]);
}

/** A .docx whose document.xml inflates to `size` bytes but declares 1,000: the lie is found while inflating. */
export function lyingDocxBomb(size: number): Uint8Array {
  return rawZip([{ name: 'word/document.xml', data: deflateBomb(size), method: 8, declared: 1000 }]);
}

/** An .xlsx-shaped zip whose sheet inflates to `size` bytes. */
export function xlsxBomb(size: number): Uint8Array {
  return rawZip([
    { name: '[Content_Types].xml', data: strToU8('<Types/>'), method: 0, declared: 8 },
    { name: 'xl/worksheets/sheet1.xml', data: deflateBomb(size), method: 8, declared: size },
  ]);
}

/** A zip of `count` tiny stored entries. */
export function manyEntriesZip(count: number): Uint8Array {
  return rawZip(
    Array.from({ length: count }, (_, i) => ({
      name: `word/f${i}.xml`,
      data: strToU8('x'),
      method: 0,
      declared: 1,
    })),
  );
}
