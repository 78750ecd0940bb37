// Text encodings for str.encode, bytes.decode, str(bytes, encoding) and bytes(str, encoding):
// utf-8, ascii, latin-1, utf-16 and utf-32 (with or without byte-order mark), with the
// standard error handlers and CPython's UnicodeError messages.
import { latin1String } from "./latin1.js";
import { raise } from "../raise.js";
import { decodeUnicodeEscapes } from "../parser_strings.js";

/** The canonical codec name for `name` (CPython's aliases), or raises LookupError. */
export function codecName(name: string): string {
  const n = name.toLowerCase().replace(/[_ ]/g, "-");
  switch (n) {
    case "utf-8": case "utf8": case "u8": case "utf": case "cp65001":
      return "utf-8";
    case "utf-8-sig": case "utf8-sig":
      return "utf-8-sig";
    case "unicode-escape":
      return "unicode-escape";
    case "raw-unicode-escape":
      return "raw-unicode-escape";
    case "ascii": case "us-ascii": case "646": case "us":
      return "ascii";
    case "latin-1": case "latin1": case "latin": case "l1": case "iso-8859-1": case "iso8859-1": case "8859": case "cp819": case "iso-ir-100":
      return "latin-1";
    case "utf-16": case "utf16": case "u16":
      return "utf-16";
    case "utf-16-le": case "utf-16le":
      return "utf-16-le";
    case "utf-16-be": case "utf-16be":
      return "utf-16-be";
    case "utf-32": case "utf32": case "u32":
      return "utf-32";
    case "utf-32-le": case "utf-32le":
      return "utf-32-le";
    case "utf-32-be": case "utf-32be":
      return "utf-32-be";
  }
  raise("LookupError", `unknown encoding: ${name}`);
}

/** A code point as it appears in UnicodeEncodeError messages ('\xe9', '\u20ac', '\U0001f600'). */
function escapeCp(cp: number): string {
  if (cp < 0x100) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

function checkHandler(errors: string): void {
  if (!["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "surrogatepass", "surrogateescape", "namereplace"].includes(errors)) {
    raise("LookupError", `unknown error handler name '${errors}'`);
  }
}

function pushUnit(out: number[], v: number, size: number, little: boolean): void {
  for (let k = 0; k < size; k++) out.push(little ? (v >>> (8 * k)) & 0xff : (v >>> (8 * (size - 1 - k))) & 0xff);
}

/** Appends the bytes of one encodable code point in codec `c`. */
function putCp(out: number[], c: string, cp: number): void {
  if (c === "utf-8") {
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  } else if (c.startsWith("utf-16")) {
    const little = !c.endsWith("be");
    if (cp >= 0x10000) {
      pushUnit(out, 0xd800 + ((cp - 0x10000) >> 10), 2, little);
      pushUnit(out, 0xdc00 + ((cp - 0x10000) & 0x3ff), 2, little);
    } else pushUnit(out, cp, 2, little);
  } else if (c.startsWith("utf-32")) pushUnit(out, cp, 4, !c.endsWith("be"));
  else out.push(cp);
}

/** `s.encode(encoding, errors)`. */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  let c = codecName(encoding);
  if (c === "unicode-escape" || c === "raw-unicode-escape") return escapeEncode(s, c === "raw-unicode-escape");
  if (c === "utf-8-sig") {
    const body = encodeStr(s, "utf-8", errors);
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const limit = c === "ascii" ? 0x80 : c === "latin-1" ? 0x100 : 0x110000;
  const out: number[] = [];
  if (c === "utf-16") out.push(0xff, 0xfe);
  if (c === "utf-32") out.push(0xff, 0xfe, 0, 0);
  const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;
  const unencodable = (cp: number): boolean => cp >= limit || (limit === 0x110000 && isSurrogate(cp));
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (!unencodable(cp)) {
      putCp(out, c, cp);
      continue;
    }
    checkHandler(errors);
    let end = i + 1;
    while (end < cps.length && unencodable(cps[end])) end++;
    switch (errors) {
      case "ignore":
        break;
      case "replace":
        for (let k = i; k < end; k++) putCp(out, c, 63);
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < end; k++) for (const ch of `&#${cps[k]};`) putCp(out, c, ch.charCodeAt(0));
        break;
      case "backslashreplace":
        for (let k = i; k < end; k++) for (const ch of escapeCp(cps[k])) putCp(out, c, ch.charCodeAt(0));
        break;
      case "surrogatepass":
        // Only the utf codecs pass surrogates through; anything else is still an error.
        if (limit !== 0x110000) encodeError(c, cps, i, end, limit);
        for (let k = i; k < end; k++) putCp(out, c, cps[k]);
        break;
      default:
        encodeError(c, cps, i, end, limit);
    }
    i = end - 1;
  }
  return new Uint8Array(out);
}

function encodeError(c: string, cps: number[], i: number, end: number, limit: number): never {
  const reason = limit === 0x110000 ? "surrogates not allowed" : `ordinal not in range(${limit})`;
  const what = end - i > 1 ? `characters in position ${i}-${end - 1}` : `character '${escapeCp(cps[i])}' in position ${i}`;
  raise("UnicodeEncodeError", `'${c}' codec can't encode ${what}: ${reason}`);
}

/** `bytes.decode(encoding, errors)`. */
export function decodeBytes(d: Uint8Array, encoding: string, errors: string): string {
  const c = codecName(encoding);
  if (c === "utf-8-sig") return decodeBytes(d[0] === 0xef && d[1] === 0xbb && d[2] === 0xbf ? d.subarray(3) : d, "utf-8", errors);
  if (c === "unicode-escape" || c === "raw-unicode-escape") return escapeDecode(d, c === "raw-unicode-escape");
  const bad = (codec: string, pos: number, end: number, reason: string): string => {
    checkHandler(errors);
    if (errors === "ignore") return "";
    if (errors === "replace") return "\ufffd";
    if (errors === "backslashreplace") {
      let s = "";
      for (let i = pos; i < end; i++) s += "\\x" + d[i].toString(16).padStart(2, "0");
      return s;
    }
    if (errors === "surrogateescape") {
      let s = "";
      for (let i = pos; i < end; i++) s += String.fromCharCode(0xdc00 + d[i]);
      return s;
    }
    const what = end - pos > 1 ? `bytes in position ${pos}-${end - 1}` : `byte 0x${d[pos].toString(16).padStart(2, "0")} in position ${pos}`;
    raise("UnicodeDecodeError", `'${codec}' codec can't decode ${what}: ${reason}`);
  };
  if (c === "latin-1") {
    let s = "";
    for (const b of d) s += String.fromCharCode(b);
    return s;
  }
  if (c === "ascii") {
    let s = "";
    for (let i = 0; i < d.length; i++) s += d[i] < 128 ? String.fromCharCode(d[i]) : bad("ascii", i, i + 1, "ordinal not in range(128)");
    return s;
  }
  if (c.startsWith("utf-16") || c.startsWith("utf-32")) return decodeWide(d, c, bad);
  return decodeUtf8(d, bad);
}

type Bad = (codec: string, pos: number, end: number, reason: string) => string;

function decodeUtf8(d: Uint8Array, bad: Bad): string {
  let s = "";
  let i = 0;
  while (i < d.length) {
    const c = d[i];
    if (c < 0x80) {
      s += String.fromCharCode(c);
      i++;
      continue;
    }
    let need = 0, cp = 0, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else {
      s += bad("utf-8", i, i + 1, "invalid start byte");
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      if (j >= d.length) {
        s += bad("utf-8", i, d.length, "unexpected end of data");
        i = d.length;
        ok = false;
        break;
      }
      const b = d[j];
      if (b < (k === 0 ? lo : 0x80) || b > (k === 0 ? hi : 0xbf)) {
        s += bad("utf-8", i, j, "invalid continuation byte");
        i = j;
        ok = false;
        break;
      }
      cp = (cp << 6) | (b & 0x3f);
    }
    if (!ok) continue;
    s += String.fromCodePoint(cp);
    i = j;
  }
  return s;
}

/** utf-16 / utf-32: a BOM (for the plain names) picks the byte order, little-endian otherwise. */
function decodeWide(d: Uint8Array, c: string, bad: Bad): string {
  const size = c.startsWith("utf-16") ? 2 : 4;
  let little = !c.endsWith("be");
  let i = 0;
  let name = c;
  if (c === "utf-16" || c === "utf-32") {
    if (size === 2 && d.length >= 2 && ((d[0] === 0xff && d[1] === 0xfe) || (d[0] === 0xfe && d[1] === 0xff))) {
      little = d[0] === 0xff;
      i = 2;
    } else if (size === 4 && d.length >= 4 && d[2] === 0 && d[3] === 0 && d[0] === 0xff && d[1] === 0xfe) i = 4;
    else if (size === 4 && d.length >= 4 && d[0] === 0 && d[1] === 0 && d[2] === 0xfe && d[3] === 0xff) {
      little = false;
      i = 4;
    }
    name = `${c}-${little ? "le" : "be"}`;
  }
  const unit = (p: number): number => {
    let v = 0;
    for (let k = 0; k < size; k++) v = v * 256 + d[little ? p + size - 1 - k : p + k];
    return v;
  };
  let s = "";
  while (i < d.length) {
    if (i + size > d.length) {
      s += bad(name, i, d.length, "truncated data");
      break;
    }
    const u = unit(i);
    if (size === 4) {
      s += u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff) ? bad(name, i, i + 4, "code point not in range(0x110000)") : String.fromCodePoint(u);
      i += 4;
    } else if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 4 > d.length) {
        s += bad(name, i, d.length, "unexpected end of data");
        break;
      }
      const u2 = unit(i + 2);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        s += String.fromCodePoint(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
        i += 4;
      } else {
        s += bad(name, i, i + 2, "illegal UTF-16 surrogate");
        i += 2;
      }
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      s += bad(name, i, i + 2, "illegal encoding");
      i += 2;
    } else {
      s += String.fromCharCode(u);
      i += 2;
    }
  }
  return s;
}

/** The `unicode_escape` (or `raw_unicode_escape`) encoding of `s`. */
function escapeEncode(s: string, raw: boolean): Uint8Array {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (raw ? cp < 0x100 : cp >= 0x20 && cp < 0x7f && ch !== "\\") out += ch;
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else out += escapeCp(cp);
  }
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** Decodes `unicode_escape` (every Python string escape) or `raw_unicode_escape` (only \u, \U). */
function escapeDecode(d: Uint8Array, raw: boolean): string {
  const s = latin1String(d);
  if (raw) {
    return s.replace(/((?:^|[^\\])(?:\\\\)*)\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/g, (_m, pre: string, u4?: string, u8?: string) => pre + String.fromCodePoint(parseInt(u4 ?? u8!, 16)));
  }
  return decodeUnicodeEscapes(s, (msg) => raise("UnicodeDecodeError", msg.replace(/^\(unicode error\) /, "")));
}
