// repr() of a str: CPython's choice of quotes and escapes.

/** Unicode categories str.isprintable() rejects: controls, format, surrogates, private use, unassigned, separators. */
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

const SIMPLE = /^[\x20-\x7e]*$/;

/** `repr(s)` for a str. */
export function strRepr(s: string): string {
  let quote = "'";
  if (s.includes("'") && !s.includes('"')) quote = '"';
  if (SIMPLE.test(s) && !s.includes("\\") && !s.includes(quote)) return quote + s + quote;
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (isPrintable(cp)) out += ch;
    else if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out + quote;
}
