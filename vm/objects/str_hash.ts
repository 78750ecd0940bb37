// CPython 3.11's str hash with PYTHONHASHSEED=0: SipHash-1-3 with an all-zero key over the
// string's canonical storage (latin-1, UCS-2 or UCS-4 little-endian). With it, sets and dicts
// of strs iterate in the order CPython prints under PYTHONHASHSEED=0 (how the conformance
// expectations are generated). Offered to vm/numeric/hash.ts; nothing calls it yet.

/** SipHash state v0..v3 as uint32 halves: [v0h, v0l, v1h, v1l, v2h, v2l, v3h, v3l]. */
const v = new Uint32Array(8);

/** One SipRound on `v` (64-bit adds and rotations on 32-bit halves). */
function round(): void {
  let s: number, h: number, l: number;
  // v0 += v1; v1 = rotl(v1, 13) ^ v0; v0 = rotl(v0, 32)
  s = v[1] + v[3]; v[0] = v[0] + v[2] + (s > 0xffffffff ? 1 : 0); v[1] = s;
  h = (v[2] << 13) | (v[3] >>> 19); l = (v[3] << 13) | (v[2] >>> 19); v[2] = h ^ v[0]; v[3] = l ^ v[1];
  h = v[0]; v[0] = v[1]; v[1] = h;
  // v2 += v3; v3 = rotl(v3, 16) ^ v2
  s = v[5] + v[7]; v[4] = v[4] + v[6] + (s > 0xffffffff ? 1 : 0); v[5] = s;
  h = (v[6] << 16) | (v[7] >>> 16); l = (v[7] << 16) | (v[6] >>> 16); v[6] = h ^ v[4]; v[7] = l ^ v[5];
  // v0 += v3; v3 = rotl(v3, 21) ^ v0
  s = v[1] + v[7]; v[0] = v[0] + v[6] + (s > 0xffffffff ? 1 : 0); v[1] = s;
  h = (v[6] << 21) | (v[7] >>> 11); l = (v[7] << 21) | (v[6] >>> 11); v[6] = h ^ v[0]; v[7] = l ^ v[1];
  // v2 += v1; v1 = rotl(v1, 17) ^ v2; v2 = rotl(v2, 32)
  s = v[5] + v[3]; v[4] = v[4] + v[2] + (s > 0xffffffff ? 1 : 0); v[5] = s;
  h = (v[2] << 17) | (v[3] >>> 15); l = (v[3] << 17) | (v[2] >>> 15); v[2] = h ^ v[4]; v[3] = l ^ v[5];
  h = v[4]; v[4] = v[5]; v[5] = h;
}

/** High word of the last {@link siphash13} result. */
let resultHi = 0;

/** SipHash-1-3 with key (0, 0) over `bytes[0..n)`, as CPython's `siphash13`; returns the low word. */
function siphash13(bytes: Uint8Array, n: number): number {
  v[0] = 0x736f6d65; v[1] = 0x70736575; v[2] = 0x646f7261; v[3] = 0x6e646f6d;
  v[4] = 0x6c796765; v[5] = 0x6e657261; v[6] = 0x74656462; v[7] = 0x79746573;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const ml = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    const mh = bytes[i + 4] | (bytes[i + 5] << 8) | (bytes[i + 6] << 16) | (bytes[i + 7] << 24);
    v[6] ^= mh;
    v[7] ^= ml;
    round();
    v[0] ^= mh;
    v[1] ^= ml;
  }
  // Last block: the remaining bytes, with the length's low byte on top.
  let bl = 0, bh = (n & 0xff) << 24;
  for (let j = 0; i + j < n; j++) {
    const byte = bytes[i + j];
    if (j < 4) bl |= byte << (8 * j);
    else bh |= byte << (8 * (j - 4));
  }
  v[6] ^= bh;
  v[7] ^= bl;
  round();
  v[0] ^= bh;
  v[1] ^= bl;
  v[5] ^= 0xff;
  round();
  round();
  round();
  resultHi = (v[0] ^ v[2] ^ v[4] ^ v[6]) >>> 0;
  return (v[1] ^ v[3] ^ v[5] ^ v[7]) >>> 0;
}

let buf = new Uint8Array(256);

/** CPython's `hash(s)` under PYTHONHASHSEED=0 (a JS number when it fits, else a bigint). */
export function strHashCPython(s: string): number | bigint {
  const len = s.length;
  if (len === 0) return 0;
  // Canonical storage width: the widest code point decides (surrogate pairs are one code point).
  let maxc = 0, astral = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c > maxc) maxc = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) astral = true;
    }
  }
  const width = astral ? 4 : maxc < 0x100 ? 1 : 2;
  if (buf.length < len * width) buf = new Uint8Array(len * width * 2);
  let n = 0;
  if (width === 1) {
    for (let i = 0; i < len; i++) buf[n++] = s.charCodeAt(i);
  } else if (width === 2) {
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      buf[n++] = c & 0xff;
      buf[n++] = c >>> 8;
    }
  } else {
    for (let i = 0; i < len; i++) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      buf[n++] = cp & 0xff;
      buf[n++] = (cp >>> 8) & 0xff;
      buf[n++] = (cp >>> 16) & 0xff;
      buf[n++] = 0;
    }
  }
  const lo = siphash13(buf, n);
  const hi = resultHi;
  // Signed 64-bit result; -1 is reserved for errors.
  if (hi === 0xffffffff && lo === 0xffffffff) return -2;
  const signedHi = hi | 0;
  const num = signedHi * 4294967296 + lo;
  if (Number.isSafeInteger(num)) return num;
  return (BigInt(signedHi) << 32n) | BigInt(lo);
}
