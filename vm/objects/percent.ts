// printf-style `str % args` formatting.
import { typeOf, type PyValue } from "./object.js";
import { PyTuple } from "./tuple.js";
import { PyFloat } from "./float.js";
import { PyDict } from "./dict.js";
import { raise } from "../raise.js";
import { str as pyStr, repr, getItem, lookupSpecial, call } from "../ops.js";
import { asInt, floatToInt, intToFloat } from "./int.js";
import { formatIntSpec, formatFloatSpec } from "./numfmt.js";
import { ascii } from "../interp_helpers.js";

function toNumberInt(v: PyValue, conv: string): number | bigint {
  const i = asInt(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) {
    if ("xXoc".includes(conv)) raise("TypeError", `%${conv} format: an integer is required, not float`);
    return floatToInt(v.value);
  }
  const idx = lookupSpecial(v, conv === "d" || conv === "i" || conv === "u" ? "__int__" : "__index__") ?? lookupSpecial(v, "__index__");
  if (idx !== undefined) return asInt(call(idx, [v]))!;
  if ("xXo".includes(conv)) raise("TypeError", `%${conv} format: an integer is required, not ${typeOf(v).name}`);
  raise("TypeError", `%${conv} format: a real number is required, not ${typeOf(v).name}`);
}

function toNumberFloat(v: PyValue, conv: string): number {
  if (v instanceof PyFloat) return v.value;
  const i = asInt(v);
  if (i !== undefined) return intToFloat(i);
  const f = lookupSpecial(v, "__float__");
  if (f !== undefined) return (call(f, [v]) as PyFloat).value;
  raise("TypeError", `must be real number, not ${typeOf(v).name}`);
  void conv;
}

/**
 * `fmt % args`. `bytesConv`, given for bytes formatting, renders the `%s %b %r %a %c` items
 * (in the caller's string form of bytes).
 */
export function percentFormat(fmt: string, args: PyValue, bytesConv?: (v: PyValue, conv: string) => string): string {
  const isTuple = args instanceof PyTuple;
  const items = isTuple ? (args as PyTuple).items : [args];
  const isMapping = !isTuple && (args instanceof PyDict || (typeof args === "object" && typeOf(args).lookup("__getitem__") !== undefined && typeof args !== "string" && typeOf(args).name !== "str"));
  let argi = 0;
  let usedMapping = false;
  const next = (): PyValue => {
    if (argi >= items.length) raise("TypeError", "not enough arguments for format string");
    return items[argi++];
  };
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c !== "%") {
      const j = fmt.indexOf("%", i);
      const end = j < 0 ? n : j;
      out += fmt.slice(i, end);
      i = end;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) raise("ValueError", "incomplete format");
    let key: string | null = null;
    if (fmt[i] === "(") {
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        if (fmt[j] === "(") depth++;
        else if (fmt[j] === ")") depth--;
        j++;
      }
      if (depth > 0) raise("ValueError", "incomplete format key");
      key = fmt.slice(i + 1, j - 1);
      i = j;
    }
    let flags = "";
    while (i < n && "-+ #0".includes(fmt[i])) flags += fmt[i++];
    let width = "";
    if (fmt[i] === "*") {
      const w = asInt(next());
      if (w === undefined) raise("TypeError", "* wants int");
      width = String(w);
      if (Number(w) < 0) {
        flags += "-";
        width = String(-Number(w));
      }
      i++;
    } else while (i < n && fmt[i] >= "0" && fmt[i] <= "9") width += fmt[i++];
    let prec: string | null = null;
    if (fmt[i] === ".") {
      i++;
      prec = "";
      if (fmt[i] === "*") {
        const p = asInt(next());
        if (p === undefined) raise("TypeError", "* wants int");
        prec = String(p);
        i++;
      } else while (i < n && fmt[i] >= "0" && fmt[i] <= "9") prec += fmt[i++];
    }
    while (i < n && "hlL".includes(fmt[i])) i++;
    if (i >= n) raise("ValueError", "incomplete format");
    const conv = fmt[i++];
    if (conv === "%") {
      out += "%";
      continue;
    }
    let v: PyValue;
    if (key !== null) {
      if (!isMapping) raise("TypeError", "format requires a mapping");
      usedMapping = true;
      // CPython: after a `%(key)` item, a positional one finds no arguments left.
      argi = items.length;
      v = getItem(args, key);
    } else v = next();
    const left = flags.includes("-");
    const zero = flags.includes("0") && !left;
    const sign = flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    const alt = flags.includes("#");
    let s: string;
    if (bytesConv !== undefined && "sbrac".includes(conv)) {
      s = bytesConv(v, conv);
      if (prec !== null && conv !== "c") s = s.slice(0, Number(prec || 0));
      const w = Number(width || 0);
      if (s.length < w) s = left ? s + " ".repeat(w - s.length) : " ".repeat(w - s.length) + s;
      out += s;
      continue;
    }
    switch (conv) {
      case "s": s = pyStr(v); if (prec !== null) s = [...s].slice(0, Number(prec || 0)).join(""); break;
      case "r": s = repr(v); if (prec !== null) s = [...s].slice(0, Number(prec || 0)).join(""); break;
      case "a": s = ascii(repr(v)); if (prec !== null) s = [...s].slice(0, Number(prec || 0)).join(""); break;
      case "c": {
        if (typeof v === "string") {
          if ([...v].length !== 1) raise("TypeError", "%c requires int or char");
          s = v;
        } else {
          const cp = asInt(v);
          if (cp === undefined) raise("TypeError", "%c requires int or char");
          if (cp < 0 || cp > 0x10ffff) raise("OverflowError", "%c arg not in range(0x110000)");
          s = String.fromCodePoint(Number(cp));
        }
        break;
      }
      case "d": case "i": case "u": case "x": case "X": case "o": {
        const iv = toNumberInt(v, conv);
        const t = conv === "i" || conv === "u" ? "d" : conv;
        let spec = sign + (alt && t !== "d" ? "#" : "") + t;
        s = formatIntSpec(iv, spec, iv);
        if (prec !== null && prec !== "") {
          const neg = s.startsWith("-") || s.startsWith("+") || s.startsWith(" ");
          const sg = neg ? s[0] : "";
          let body = neg ? s.slice(1) : s;
          const pre = alt && t !== "d" ? body.slice(0, 2) : "";
          body = body.slice(pre.length).padStart(Number(prec), "0");
          s = sg + pre + body;
        }
        if (zero && width) {
          spec = sign + (alt && t !== "d" ? "#" : "") + "0" + width + t;
          if (prec === null) s = formatIntSpec(iv, spec, iv);
        }
        break;
      }
      case "e": case "E": case "f": case "F": case "g": case "G": {
        const fv = toNumberFloat(v, conv);
        const p = prec === null ? 6 : Number(prec || 0);
        const spec = sign + (alt ? "#" : "") + (zero && width ? "0" + width : "") + "." + p + conv;
        s = formatFloatSpec(fv, spec);
        break;
      }
      default:
        raise("ValueError", `unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${i - 1}`);
    }
    const w = Number(width || 0);
    const len = [...s].length;
    if (len < w) s = left ? s + " ".repeat(w - len) : " ".repeat(w - len) + s;
    out += s;
    void start;
  }
  if (!usedMapping && argi < items.length && !(isMapping && !isTuple)) raise("TypeError", "not all arguments converted during string formatting");
  return out;
}
