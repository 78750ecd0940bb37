// repr() of a str: CPython's choice of quotes and escapes.

function isPrintable(cp: number): boolean {
  // Approximates str.isprintable(): C0/C1 controls, separators other than space,
  // surrogates and a few format characters are escaped like CPython does.
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0xa0)) return false;
  if (cp === 0xad) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  if (cp === 0x2028 || cp === 0x2029 || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e)) return false;
  if ((cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff || (cp >= 0xfff9 && cp <= 0xfffb)) return false;
  if (cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x205f || cp === 0x3000) return false;
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return false;
  if (cp === 0xfffe || cp === 0xffff) return false;
  return true;
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
