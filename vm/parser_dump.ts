// ast.dump() for vm/ast.ts trees: the same text CPython 3.11 prints, for tests and debugging.

import type * as ast from "./ast.js";
import { isPrintable } from "./lexer.js";

/** Field names of every node kind, in CPython's `_fields` order ("?" marks optional fields). */
const FIELDS: Record<string, string[]> = {
  Module: ["body", "type_ignores"],
  Interactive: ["body"],
  Expression: ["body"],
  FunctionType: ["argtypes", "returns"],
  FunctionDef: ["name", "args", "body", "decorator_list", "returns?", "type_comment?"],
  AsyncFunctionDef: ["name", "args", "body", "decorator_list", "returns?", "type_comment?"],
  ClassDef: ["name", "bases", "keywords", "body", "decorator_list"],
  Return: ["value?"],
  Delete: ["targets"],
  Assign: ["targets", "value", "type_comment?"],
  AugAssign: ["target", "op", "value"],
  AnnAssign: ["target", "annotation", "value?", "simple"],
  For: ["target", "iter", "body", "orelse", "type_comment?"],
  AsyncFor: ["target", "iter", "body", "orelse", "type_comment?"],
  While: ["test", "body", "orelse"],
  If: ["test", "body", "orelse"],
  With: ["items", "body", "type_comment?"],
  AsyncWith: ["items", "body", "type_comment?"],
  Match: ["subject", "cases"],
  Raise: ["exc?", "cause?"],
  Try: ["body", "handlers", "orelse", "finalbody"],
  TryStar: ["body", "handlers", "orelse", "finalbody"],
  Assert: ["test", "msg?"],
  Import: ["names"],
  ImportFrom: ["module?", "names", "level?"],
  Global: ["names"],
  Nonlocal: ["names"],
  Expr: ["value"],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ["op", "values"],
  NamedExpr: ["target", "value"],
  BinOp: ["left", "op", "right"],
  UnaryOp: ["op", "operand"],
  Lambda: ["args", "body"],
  IfExp: ["test", "body", "orelse"],
  Dict: ["keys", "values"],
  Set: ["elts"],
  ListComp: ["elt", "generators"],
  SetComp: ["elt", "generators"],
  DictComp: ["key", "value", "generators"],
  GeneratorExp: ["elt", "generators"],
  Await: ["value"],
  Yield: ["value?"],
  YieldFrom: ["value"],
  Compare: ["left", "ops", "comparators"],
  Call: ["func", "args", "keywords"],
  FormattedValue: ["value", "conversion", "format_spec?"],
  JoinedStr: ["values"],
  Constant: ["value", "kind?"],
  Attribute: ["value", "attr", "ctx"],
  Subscript: ["value", "slice", "ctx"],
  Starred: ["value", "ctx"],
  Name: ["id", "ctx"],
  List: ["elts", "ctx"],
  Tuple: ["elts", "ctx"],
  Slice: ["lower?", "upper?", "step?"],
  comprehension: ["target", "iter", "ifs", "is_async"],
  ExceptHandler: ["type?", "name?", "body"],
  arguments: ["posonlyargs", "args", "vararg?", "kwonlyargs", "kw_defaults", "kwarg?", "defaults"],
  arg: ["arg", "annotation?", "type_comment?"],
  keyword: ["arg?", "value"],
  alias: ["name", "asname?"],
  withitem: ["context_expr", "optional_vars?"],
  match_case: ["pattern", "guard?", "body"],
  MatchValue: ["value"],
  MatchSingleton: ["value"],
  MatchSequence: ["patterns"],
  MatchMapping: ["keys", "patterns", "rest?"],
  MatchClass: ["cls", "patterns", "kwd_attrs", "kwd_patterns"],
  MatchStar: ["name?"],
  MatchAs: ["pattern?", "name?"],
  MatchOr: ["patterns"],
  TypeIgnore: ["lineno", "tag"],
};

/** Node kinds without position attributes. */
const NO_ATTRIBUTES = new Set(["Module", "Interactive", "Expression", "FunctionType", "comprehension", "arguments", "withitem", "match_case", "TypeIgnore"]);

/** Python's repr() of a float. */
export function floatRepr(x: number, forceDot = true): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (forceDot ? ".0" : "");
  const e = x.toExponential();
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? "");
  const exp = parseInt(m[4], 10);
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const es = Math.abs(exp) < 10 ? "0" + Math.abs(exp) : String(Math.abs(exp));
    return `${sign}${mant}e${exp < 0 ? "-" : "+"}${es}`;
  }
  let s: string;
  if (exp < 0) s = "0." + "0".repeat(-exp - 1) + digits;
  else if (digits.length > exp + 1) s = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  else s = digits + "0".repeat(exp + 1 - digits.length) + (forceDot ? ".0" : "");
  return sign + s;
}

/** Python's repr() of a str. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x7f || isPrintable(c)) out += ch;
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + quote;
}

/** Python's repr() of a bytes object. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + quote;
}

/** Python's repr() of a constant value. */
export function constantRepr(v: ast.ConstantValue): string {
  switch (v.type) {
    case "int":
      return String(v.value);
    case "float":
      return floatRepr(v.value);
    case "complex":
      return floatRepr(v.imag, false) + "j";
    case "str":
      return strRepr(v.value);
    case "bytes":
      return bytesRepr(v.value);
    case "bool":
      return v.value ? "True" : "False";
    case "None":
      return "None";
    case "Ellipsis":
      return "Ellipsis";
  }
}

function isConstantValue(v: object): v is ast.ConstantValue {
  return "type" in v && !("kind" in v);
}

/**
 * Formats a tree exactly like CPython's `ast.dump(node, include_attributes=...)` (no indent).
 * `colMap` may convert columns (e.g. to CPython's UTF-8 byte offsets).
 */
export function dumpAst(
  node: ast.Node,
  includeAttributes = false,
  colMap?: (lineno: number, col: number) => number,
): string {
  const fmt = (v: unknown, field?: string): string => {
    if (v === null || v === undefined) return "None";
    if (typeof v === "string") {
      if (field === "op" || field === "ctx" || field === "ops") return v + "()";
      return strRepr(v);
    }
    if (typeof v === "number" || typeof v === "bigint") return String(v);
    if (Array.isArray(v)) return "[" + v.map((x) => fmt(x, field)).join(", ") + "]";
    const o = v as Record<string, unknown>;
    if (isConstantValue(o)) return constantRepr(o);
    const kind = o.kind as string;
    const fields = FIELDS[kind];
    const parts: string[] = [];
    for (const f of fields) {
      const optional = f.endsWith("?");
      const name = optional ? f.slice(0, -1) : f;
      const key = kind === "Constant" && name === "kind" ? "kind_" : name;
      const val = o[key];
      if (optional && (val === null || val === undefined)) continue;
      parts.push(`${name}=${fmt(val, name)}`);
    }
    if (includeAttributes && !NO_ATTRIBUTES.has(kind)) {
      let col = o.col_offset as number;
      let endCol = o.end_col_offset as number;
      if (colMap) {
        col = colMap(o.lineno as number, col);
        endCol = colMap(o.end_lineno as number, endCol);
      }
      parts.push(`lineno=${String(o.lineno)}`, `col_offset=${col}`, `end_lineno=${String(o.end_lineno)}`, `end_col_offset=${endCol}`);
    }
    return `${kind}(${parts.join(", ")})`;
  };
  return fmt(node);
}
