// Float semantics: CPython's repr (shortest round-trip digits, Python's exponent rules).

/** `repr(float)`. */
export function floatRepr(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const s = x.toExponential();
  // JS gives the shortest round-trip digits in toString; re-derive them in exponent form.
  const short = String(x);
  let mant: string;
  let exp: number;
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(short);
  if (m === null) return s;
  const sign = m[1];
  let digits = m[2] + (m[3] ?? "");
  let pointPos = m[2].length + (m[4] ? Number(m[4]) : 0);
  const lead = digits.length - digits.replace(/^0+/, "").length;
  digits = digits.slice(lead);
  pointPos -= lead;
  digits = digits.replace(/0+$/, "");
  if (digits === "") digits = "0";
  exp = pointPos - 1;
  if (exp < -4 || exp >= 16) {
    mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mant}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (pointPos <= 0) return `${sign}0.${"0".repeat(-pointPos)}${digits}`;
  if (pointPos >= digits.length) return `${sign}${digits}${"0".repeat(pointPos - digits.length)}.0`;
  return `${sign}${digits.slice(0, pointPos)}.${digits.slice(pointPos)}`;
}
