// Argument-count rules of builtin methods, checked before the method body runs, so a call
// with too few or too many arguments raises CPython's TypeError instead of reaching the
// implementation with missing values. The rules were read off CPython 3.11 by calling each
// method with 0..6 arguments; the message style depends on how CPython parses the method's
// arguments:
//   N  `str.upper() takes no arguments (1 given)`
//   O  `str.join() takes exactly one argument (0 given)`
//   C  `center expected at least 1 argument, got 0`
//   P  `count() takes at most 3 arguments (5 given)`
// then the minimum, `-max` (absent: max = min; `+`: unbounded), and for methods that take no
// keyword arguments `Q` (`str.upper() takes no keyword arguments`) or `M` (`count() takes no
// keyword arguments`). Methods without Q/M take keywords; only their positional count is checked.
import { raise } from "../raise.js";
import type { PyValue } from "./object.js";

type Fn = (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue;

const RULES: Record<string, string> = {
  "str.capitalize": "N0Q",
  "str.casefold": "N0Q",
  "str.center": "C1-2Q",
  "str.count": "P1-3M",
  "str.encode": "P0-2",
  "str.endswith": "P1-3M",
  "str.expandtabs": "P0-1",
  "str.find": "P1-3M",
  "str.format_map": "O1Q",
  "str.index": "P1-3M",
  "str.isalnum": "N0Q",
  "str.isalpha": "N0Q",
  "str.isascii": "N0Q",
  "str.isdecimal": "N0Q",
  "str.isdigit": "N0Q",
  "str.isidentifier": "N0Q",
  "str.islower": "N0Q",
  "str.isnumeric": "N0Q",
  "str.isprintable": "N0Q",
  "str.isspace": "N0Q",
  "str.istitle": "N0Q",
  "str.isupper": "N0Q",
  "str.join": "O1Q",
  "str.ljust": "C1-2Q",
  "str.lower": "N0Q",
  "str.lstrip": "C0-1Q",
  "str.maketrans": "C1-3Q",
  "str.partition": "O1Q",
  "str.removeprefix": "O1Q",
  "str.removesuffix": "O1Q",
  "str.replace": "C2-3Q",
  "str.rfind": "P1-3M",
  "str.rindex": "P1-3M",
  "str.rjust": "C1-2Q",
  "str.rpartition": "O1Q",
  "str.rsplit": "P0-2",
  "str.rstrip": "C0-1Q",
  "str.split": "P0-2",
  "str.splitlines": "P0-1",
  "str.startswith": "P1-3M",
  "str.strip": "C0-1Q",
  "str.swapcase": "N0Q",
  "str.title": "N0Q",
  "str.translate": "O1Q",
  "str.upper": "N0Q",
  "str.zfill": "O1Q",
  "list.append": "O1Q",
  "list.clear": "N0Q",
  "list.copy": "N0Q",
  "list.count": "O1Q",
  "list.extend": "O1Q",
  "list.index": "C1-3Q",
  "list.insert": "C2Q",
  "list.pop": "C0-1Q",
  "list.remove": "O1Q",
  "list.reverse": "N0Q",
  "dict.clear": "N0Q",
  "dict.copy": "N0Q",
  "dict.fromkeys": "C1-2Q",
  "dict.get": "C1-2Q",
  "dict.items": "N0Q",
  "dict.keys": "N0Q",
  "dict.pop": "C1-2Q",
  "dict.popitem": "N0Q",
  "dict.setdefault": "C1-2Q",
  "dict.update": "C0-1",
  "dict.values": "N0Q",
  "set.add": "O1Q",
  "set.clear": "N0Q",
  "set.copy": "N0Q",
  "set.discard": "O1Q",
  "set.isdisjoint": "O1Q",
  "set.issubset": "O1Q",
  "set.issuperset": "O1Q",
  "set.pop": "N0Q",
  "set.remove": "O1Q",
  "set.symmetric_difference": "O1Q",
  "set.symmetric_difference_update": "O1Q",
  "frozenset.copy": "N0Q",
  "frozenset.isdisjoint": "O1Q",
  "frozenset.issubset": "O1Q",
  "frozenset.issuperset": "O1Q",
  "frozenset.symmetric_difference": "O1Q",
  "tuple.count": "O1Q",
  "tuple.index": "C1-3Q",
  "bytes.capitalize": "N0Q",
  "bytes.center": "C1-2Q",
  "bytes.count": "P1-3M",
  "bytes.decode": "P0-2",
  "bytes.endswith": "P1-3M",
  "bytes.expandtabs": "P0-1",
  "bytes.find": "P1-3M",
  "bytes.fromhex": "O1Q",
  "bytes.hex": "P0-2",
  "bytes.index": "P1-3M",
  "bytes.isalnum": "N0Q",
  "bytes.isalpha": "N0Q",
  "bytes.isascii": "N0Q",
  "bytes.isdigit": "N0Q",
  "bytes.islower": "N0Q",
  "bytes.isspace": "N0Q",
  "bytes.istitle": "N0Q",
  "bytes.isupper": "N0Q",
  "bytes.join": "O1Q",
  "bytes.ljust": "C1-2Q",
  "bytes.lower": "N0Q",
  "bytes.lstrip": "C0-1Q",
  "bytes.maketrans": "C2Q",
  "bytes.partition": "O1Q",
  "bytes.removeprefix": "O1Q",
  "bytes.removesuffix": "O1Q",
  "bytes.replace": "C2-3Q",
  "bytes.rfind": "P1-3M",
  "bytes.rindex": "P1-3M",
  "bytes.rjust": "C1-2Q",
  "bytes.rpartition": "O1Q",
  "bytes.rsplit": "P0-2",
  "bytes.rstrip": "C0-1Q",
  "bytes.split": "P0-2",
  "bytes.splitlines": "P0-1",
  "bytes.startswith": "P1-3M",
  "bytes.strip": "C0-1Q",
  "bytes.swapcase": "N0Q",
  "bytes.title": "N0Q",
  "bytes.upper": "N0Q",
  "bytes.zfill": "O1Q",
  "bytearray.append": "O1Q",
  "bytearray.capitalize": "N0Q",
  "bytearray.center": "C1-2Q",
  "bytearray.clear": "N0Q",
  "bytearray.copy": "N0Q",
  "bytearray.count": "P1-3M",
  "bytearray.decode": "P0-2",
  "bytearray.endswith": "P1-3M",
  "bytearray.expandtabs": "P0-1",
  "bytearray.extend": "O1Q",
  "bytearray.find": "P1-3M",
  "bytearray.fromhex": "O1Q",
  "bytearray.hex": "P0-2",
  "bytearray.index": "P1-3M",
  "bytearray.insert": "C2Q",
  "bytearray.isalnum": "N0Q",
  "bytearray.isalpha": "N0Q",
  "bytearray.isascii": "N0Q",
  "bytearray.isdigit": "N0Q",
  "bytearray.islower": "N0Q",
  "bytearray.isspace": "N0Q",
  "bytearray.istitle": "N0Q",
  "bytearray.isupper": "N0Q",
  "bytearray.join": "O1Q",
  "bytearray.ljust": "C1-2Q",
  "bytearray.lower": "N0Q",
  "bytearray.lstrip": "C0-1Q",
  "bytearray.maketrans": "C2Q",
  "bytearray.partition": "O1Q",
  "bytearray.pop": "C0-1Q",
  "bytearray.remove": "O1Q",
  "bytearray.removeprefix": "O1Q",
  "bytearray.removesuffix": "O1Q",
  "bytearray.replace": "C2-3Q",
  "bytearray.reverse": "N0Q",
  "bytearray.rfind": "P1-3M",
  "bytearray.rindex": "P1-3M",
  "bytearray.rjust": "C1-2Q",
  "bytearray.rpartition": "O1Q",
  "bytearray.rsplit": "P0-2",
  "bytearray.rstrip": "C0-1Q",
  "bytearray.split": "P0-2",
  "bytearray.splitlines": "P0-1",
  "bytearray.startswith": "P1-3M",
  "bytearray.strip": "C0-1Q",
  "bytearray.swapcase": "N0Q",
  "bytearray.title": "N0Q",
  "bytearray.upper": "N0Q",
  "bytearray.zfill": "O1Q",
  "int.as_integer_ratio": "N0Q",
  "int.bit_count": "N0Q",
  "int.bit_length": "N0Q",
  "int.conjugate": "N0Q",
  "float.as_integer_ratio": "N0Q",
  "float.conjugate": "N0Q",
  "float.fromhex": "O1Q",
  "float.hex": "N0Q",
  "float.is_integer": "N0Q",
  "complex.conjugate": "N0Q",
  "range.count": "O1Q",
  "range.index": "O1Q",
  "slice.indices": "O1Q",
  "memoryview.cast": "P0-2",
  "memoryview.hex": "P0-2",
  "memoryview.release": "N0Q",
  "memoryview.tobytes": "P0-1",
  "memoryview.tolist": "N0Q",
  "memoryview.toreadonly": "N0Q",
};

interface Rule {
  style: string;
  min: number;
  max: number;
  kw: string;
}

function parseRule(spec: string): Rule {
  const m = /^([NOCP])(\d+)(?:-(\d+)|(\+))?([QM]?)$/.exec(spec);
  if (m === null) throw new Error(`bad arity rule ${spec}`);
  const min = Number(m[2]);
  const max = m[4] ? Infinity : m[3] !== undefined ? Number(m[3]) : min;
  return { style: m[1], min, max, kw: m[5] };
}

function plural(k: number): string {
  return k === 1 ? "1 argument" : `${k} arguments`;
}

/** CPython's message for `n` positional arguments outside the rule's bounds. */
function countMessage(q: string, name: string, r: Rule, n: number): string {
  switch (r.style) {
    case "N":
      return `${q}() takes no arguments (${n} given)`;
    case "O":
      return `${q}() takes exactly one argument (${n} given)`;
    case "C":
      if (r.min === r.max) return `${name} expected ${plural(r.min)}, got ${n}`;
      return n < r.min ? `${name} expected at least ${plural(r.min)}, got ${n}` : `${name} expected at most ${plural(r.max)}, got ${n}`;
    default:
      if (r.min === r.max) return `${name}() takes exactly ${plural(r.min)} (${n} given)`;
      return n < r.min ? `${name}() takes at least ${plural(r.min)} (${n} given)` : `${name}() takes at most ${plural(r.max)} (${n} given)`;
  }
}

/**
 * `fn` wrapped with the argument-count check of `typeName.name`, or `fn` itself when there is
 * no rule for it. `self` is 1 when args[0] is the receiver (methods and classmethods), 0 for
 * staticmethods.
 */
export function withArity(typeName: string, name: string, fn: Fn, self = 1): Fn {
  const spec = RULES[`${typeName}.${name}`];
  if (spec === undefined) return fn;
  const r = parseRule(spec);
  const q = `${typeName}.${name}`;
  const lo = r.min + self;
  const hi = r.max + self;
  return (args, kw) => {
    const n = args.length;
    if (kw !== null && kw.size > 0) {
      if (r.kw !== "") raise("TypeError", r.kw === "Q" ? `${q}() takes no keyword arguments` : `${name}() takes no keyword arguments`);
      if (n > hi) raise("TypeError", countMessage(q, name, r, n - self));
    } else if (n < lo || n > hi) {
      raise("TypeError", countMessage(q, name, r, n - self));
    }
    return fn(args, kw);
  };
}

/**
 * `fn` (a builtin type's `__new__`, args[0] the class) wrapped with the constructor's argument
 * rules: `spec` as in RULES with `name` in the messages (`float expected at most 1 argument,
 * got 2`, `float() takes no keyword arguments`); `kwNames` lists the keywords a constructor
 * without Q/M accepts (`'zz' is an invalid keyword argument for str()`).
 */
export function ctorArity(name: string, spec: string, fn: Fn, kwNames: string[] = []): Fn {
  const r = parseRule(spec);
  return (args, kw) => {
    let n = args.length - 1;
    if (kw !== null && kw.size > 0) {
      if (r.kw !== "") raise("TypeError", `${name}() takes no keyword arguments`);
      for (const k of kw.keys()) if (!kwNames.includes(k)) raise("TypeError", `'${k}' is an invalid keyword argument for ${name}()`);
      n += kw.size;
    }
    if (n < r.min || n > r.max) raise("TypeError", countMessage(name, name, r, n));
    return fn(args, kw);
  };
}
