// str.format / str.format_map: replacement fields, field names, conversions, nested specs.
import type { PyValue } from "./object.js";
import { raise } from "../raise.js";
import { getAttr, getItem, format as pyFormat, repr, str as pyStr } from "../ops.js";
import { ascii } from "../interp_helpers.js";

/** `fmt.format(*args, **kw)` (or format_map when `mapping` is given). */
export function strFormat(fmt: string, args: PyValue[], kw: Map<string, PyValue> | null, mapping?: PyValue): string {
  let auto = 0;
  let mode: "auto" | "manual" | null = null;
  const lookup = (field: string): PyValue => {
    const m = /^([^.[]*)(.*)$/s.exec(field)!;
    let first = m[1];
    let rest = m[2];
    let v: PyValue;
    if (first === "") {
      if (mode === "manual") raise("ValueError", "cannot switch from manual field specification to automatic field numbering");
      mode = "auto";
      first = String(auto++);
      if (Number(first) >= args.length) raise("IndexError", `Replacement index ${first} out of range for positional args tuple`);
      v = args[Number(first)];
    } else if (/^\d+$/.test(first)) {
      if (mode === "auto") raise("ValueError", "cannot switch from automatic field numbering to manual field specification");
      mode = "manual";
      const idx = Number(first);
      if (idx >= args.length) raise("IndexError", `Replacement index ${idx} out of range for positional args tuple`);
      v = args[idx];
    } else if (mapping !== undefined) {
      v = getItem(mapping, first);
    } else {
      const x = kw?.get(first);
      if (x === undefined) raise("KeyError", first);
      v = x;
    }
    while (rest.length) {
      if (rest[0] === ".") {
        const mm = /^\.([^.[]+)/.exec(rest);
        if (!mm) raise("ValueError", "Empty attribute in format string");
        v = getAttr(v, mm[1]);
        rest = rest.slice(mm[0].length);
      } else if (rest[0] === "[") {
        const end = rest.indexOf("]");
        if (end < 0) raise("ValueError", "Missing ']' in format string");
        const key = rest.slice(1, end);
        if (key === "") raise("ValueError", "Empty attribute in format string");
        v = getItem(v, /^\d+$/.test(key) ? Number(key) : key);
        rest = rest.slice(end + 1);
      } else raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
    }
    return v;
  };
  const render = (s: string, depth: number): string => {
    if (depth > 2) raise("ValueError", "Max string recursion exceeded");
    let out = "";
    let i = 0;
    while (i < s.length) {
      const c = s[i];
      if (c === "{") {
        if (s[i + 1] === "{") {
          out += "{";
          i += 2;
          continue;
        }
        let d = 1;
        let j = i + 1;
        while (j < s.length && d > 0) {
          if (s[j] === "{") d++;
          else if (s[j] === "}") d--;
          if (d > 0) j++;
        }
        if (j >= s.length) {
          const rest = s.slice(i + 1);
          if (rest === "") raise("ValueError", "Single '{' encountered in format string");
          if (/[:!]/.test(rest)) {
            if (/![^:]*$/.test(rest) && !/!./.test(rest)) raise("ValueError", "end of string while looking for conversion specifier");
            raise("ValueError", "unmatched '{' in format spec");
          }
          raise("ValueError", "expected '}' before end of string");
        }
        const body = s.slice(i + 1, j);
        i = j + 1;
        let field = body;
        let conv = "";
        let spec = "";
        const bang = findTop(body, "!");
        const colon = findTop(body, ":");
        if (colon >= 0 && (bang < 0 || colon < bang)) {
          field = body.slice(0, colon);
          spec = body.slice(colon + 1);
        } else if (bang >= 0) {
          field = body.slice(0, bang);
          const after = body.slice(bang + 1);
          const c2 = after.indexOf(":");
          conv = c2 >= 0 ? after.slice(0, c2) : after;
          spec = c2 >= 0 ? after.slice(c2 + 1) : "";
          // CPython reads the character after '!' as the conversion whatever it is: `{0!:}` has
          // conversion ':', and in `{0!}` the '}' is the conversion and the field never closes.
          if (after.startsWith(":")) raise("ValueError", "Unknown conversion specifier :");
          if (conv.length === 0) raise("ValueError", i >= s.length ? "unmatched '{' in format spec" : "expected ':' after conversion specifier");
          if (conv.length !== 1) raise("ValueError", "expected ':' after conversion specifier");
        }
        let v = lookup(field);
        if (conv === "r") v = repr(v);
        else if (conv === "s") v = pyStr(v);
        else if (conv === "a") v = ascii(repr(v));
        else if (conv !== "") raise("ValueError", `Unknown conversion specifier ${conv}`);
        if (spec.includes("{")) spec = render(spec, depth + 1);
        out += pyFormat(v, spec);
      } else if (c === "}") {
        if (s[i + 1] === "}") {
          out += "}";
          i += 2;
          continue;
        }
        raise("ValueError", "Single '}' encountered in format string");
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  return render(fmt, 0);
}

function findTop(s: string, ch: string): number {
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "[") d++;
    else if (s[i] === "]") d--;
    else if (s[i] === "{") d++;
    else if (s[i] === "}") d--;
    else if (s[i] === ch && d === 0) return i;
  }
  return -1;
}
