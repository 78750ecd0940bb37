// Correctly rounded conversion of an exact rational x/y to a double (round-half-even, with
// subnormals), the way CPython's long true division and glibc's pow round.

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/** The double nearest to x / y for x >= 0, y > 0 (Infinity when too large). */
export function ratioToDouble(x: bigint, y: bigint): number {
  if (x === 0n) return 0;
  const e = bitLength(x) - bitLength(y);
  // q = floor(x * 2^s / y) with 55-56 bits, but never finer than the subnormal grid needs.
  let s = Math.min(55 - e, 1076);
  let q: bigint;
  let rem: bigint;
  if (s >= 0) {
    const xs = x << BigInt(s);
    q = xs / y;
    rem = xs - q * y;
  } else {
    const ys = y << BigInt(-s);
    q = x / ys;
    rem = x - q * ys;
  }
  // Drop bits down to 53 significant ones, or to the 2^-1074 grid for subnormal results.
  const drop = Math.max(bitLength(q) - 53, s - 1074);
  if (drop > 0) {
    const d = BigInt(drop);
    const low = q & ((1n << d) - 1n);
    const half = 1n << (d - 1n);
    q >>= d;
    if (low > half || (low === half && (rem !== 0n || (q & 1n) === 1n))) q += 1n;
    s -= drop;
  }
  return scale(Number(q), -s);
}

/** m * 2^k exactly (m has at most 53 bits and the result is representable, or overflows). */
function scale(m: number, k: number): number {
  while (k > 900) {
    m *= 2 ** 900;
    k -= 900;
    if (!Number.isFinite(m)) return m;
  }
  while (k < -900) {
    // Exact: the caller rounded m to the final grid, so no bits fall off.
    m *= 2 ** -900;
    k += 900;
  }
  return m * 2 ** k;
}

/** Exact (m, e) with x = m * 2^e for a finite double x (m an integer). */
export function decompose(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = exp - 1075;
  }
  return [hi >>> 31 ? -m : m, e];
}

/** x ** n correctly rounded for a finite double x and an integer |n| <= 1100, x != 0. */
export function powIntExact(x: number, n: number): number {
  const [m, e] = decompose(x);
  const neg = m < 0n && n % 2 !== 0;
  const am = m < 0n ? -m : m;
  const p = am ** BigInt(Math.abs(n));
  const pe = e * Math.abs(n);
  // |x|^|n| = p * 2^pe
  let r: number;
  if (n >= 0) r = pe >= 0 ? ratioToDouble(p << BigInt(pe), 1n) : ratioToDouble(p, 1n << BigInt(-pe));
  else r = pe >= 0 ? ratioToDouble(1n, p << BigInt(pe)) : ratioToDouble(1n << BigInt(-pe), p);
  return neg ? -r : r;
}
