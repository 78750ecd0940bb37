// CPython's hash functions for int, float and tuple (deterministic), and a fast str hash.

const MODULUS = (1n << 61n) - 1n;
const MOD_NUM = 2305843009213693951; // 2^61 - 1 (not exactly representable; use bigint on slow paths)

/** `hash(int)`: value modulo 2^61-1 keeping the sign; -1 maps to -2. */
export function hashInt(v: number | bigint): number | bigint {
  if (typeof v === "number") {
    if (v >= 0 && v < 2305843009213693951) return v;
    if (v < 0 && v > -2305843009213693951) return v === -1 ? -2 : v;
    v = BigInt(v);
  }
  const neg = v < 0n;
  let r = (neg ? -v : v) % MODULUS;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}
void MOD_NUM;

/** `hash(float)`: CPython's _Py_HashDouble; NaN hashes by identity of `obj`. */
export function hashFloat(x: number, obj: object): number | bigint {
  if (!Number.isFinite(x)) {
    if (x !== x) return identityHash(obj);
    return x > 0 ? 314159 : -314159;
  }
  if (Number.isInteger(x)) {
    return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
  }
  // x = m * 2^e exactly; hash = m * 2^e mod (2^61-1)
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  let mb = BigInt(m) % MODULUS;
  // multiply by 2^e mod P: 2^-1 mod P == 2^60 (since 2^61 == 1)
  let exp = ((e % 61) + 61) % 61;
  mb = (mb << BigInt(exp)) % MODULUS;
  if (x < 0) mb = -mb;
  if (mb === -1n) mb = -2n;
  return mb >= -9007199254740991n && mb <= 9007199254740991n ? Number(mb) : mb;
}

const ids = new WeakMap<object, number>();
let nextId = 1;
function identityHash(o: object): number {
  let h = ids.get(o);
  if (h === undefined) ids.set(o, (h = nextId++ * 16));
  return h;
}

const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

function toU64(h: number | bigint): bigint {
  return BigInt.asUintN(64, typeof h === "bigint" ? h : BigInt(h));
}

// 64-bit xxHash arithmetic on two uint32 halves (no BigInt in the common case).
let rHi = 0;
let rLo = 0;

/** (aHi:aLo * bHi:bLo) mod 2^64 into rHi:rLo. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff, a1 = aLo >>> 16, b0 = bLo & 0xffff, b1 = bLo >>> 16;
  const mid = a0 * b1 + a1 * b0;
  const t = a0 * b0 + (mid % 65536) * 65536;
  const carry = Math.floor(t / 4294967296);
  const hiPart = a1 * b1 + Math.floor(mid / 65536) + carry;
  rLo = t >>> 0;
  rHi = (hiPart + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) >>> 0;
}

const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5;

/** `hash(tuple)` from the element hashes: CPython 3.11's xxHash-based tuplehash. */
export function hashTuple(hashes: (number | bigint)[]): number | bigint {
  let hi = P5_HI, lo = P5_LO;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i];
    let lhi: number, llo: number;
    if (typeof h === "number") {
      llo = h >>> 0;
      lhi = Math.floor(h / 4294967296) >>> 0;
    } else {
      const u = BigInt.asUintN(64, h);
      llo = Number(u & 0xffffffffn);
      lhi = Number(u >> 32n);
    }
    mul64(lhi, llo, P2_HI, P2_LO);
    const sLo = lo + rLo;
    lo = sLo >>> 0;
    hi = (hi + rHi + (sLo > 0xffffffff ? 1 : 0)) >>> 0;
    const nHi = ((hi << 31) | (lo >>> 1)) >>> 0;
    const nLo = ((lo << 31) | (hi >>> 1)) >>> 0;
    mul64(nHi, nLo, P1_HI, P1_LO);
    hi = rHi;
    lo = rLo;
  }
  const xLo = (hashes.length ^ (P5_LO ^ 3527539)) >>> 0;
  const sLo = lo + xLo;
  lo = sLo >>> 0;
  hi = (hi + P5_HI + (sLo > 0xffffffff ? 1 : 0)) >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) return 1546275796;
  const signedHi = hi >= 0x80000000 ? hi - 4294967296 : hi;
  const v = signedHi * 4294967296 + lo;
  if (Number.isSafeInteger(v)) return v;
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

/** The BigInt reference version of {@link hashTuple} (kept for the tests). */
export function hashTupleReference(hashes: (number | bigint)[]): number | bigint {
  let acc = XXPRIME_5;
  for (const h of hashes) {
    acc = (acc + toU64(h) * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(hashes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  const s = BigInt.asIntN(64, acc);
  return s >= -9007199254740991n && s <= 9007199254740991n ? Number(s) : s;
}

/** `hash(str)`: FNV-1a over UTF-16 units (CPython randomises str hashes, so any good hash will do). */
export function hashStr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h;
}
