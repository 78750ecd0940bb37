// The ast module's literal_eval: the string is parsed with the VM's own parser, checked to hold
// only literals (CPython's rules), then evaluated with no builtins but `set`.
import { PyModule } from "../vm/objects/module.js";
import { PyBuiltin } from "../vm/objects/function.js";
import { PyDict } from "../vm/objects/dict.js";
import type { PyValue } from "../vm/objects/object.js";
import { typeOf } from "../vm/objects/object.js";
import { parse } from "../vm/parser.js";
import type * as A from "../vm/ast.js";
import { PySyntaxErrorInfo } from "../vm/syntax_error.js";
import { syntaxErrorToPy } from "../vm/exec.js";
import { raise } from "../vm/raise.js";
import { call } from "../vm/ops.js";
import { rt } from "../vm/runtime.js";
import { builtinModules } from "./modules.js";

let fakeAddress = 0x7f0000100000;

/** CPython's "malformed node or string" ValueError (the node's repr carries an address). */
function malformed(node: A.Located & { kind: string }): never {
  fakeAddress += 0x30;
  raise("ValueError", `malformed node or string on line ${node.lineno}: <ast.${node.kind} object at 0x${fakeAddress.toString(16)}>`);
}

const isNumber = (e: A.Expr): boolean =>
  e.kind === "Constant" && (e.value.type === "int" || e.value.type === "float" || e.value.type === "complex");

/** A `+x` / `-x` of a number literal, or a plain number literal. */
function checkSigned(e: A.Expr): void {
  if (e.kind === "UnaryOp" && (e.op === "UAdd" || e.op === "USub")) return checkNumber(e.operand);
  checkNumber(e);
}

function checkNumber(e: A.Expr): void {
  if (!isNumber(e)) malformed(e);
}

function checkLiteral(e: A.Expr): void {
  switch (e.kind) {
    case "Constant":
      return;
    case "Tuple":
    case "List":
    case "Set":
      for (const x of e.elts) checkLiteral(x);
      return;
    case "Dict":
      if (e.keys.length !== e.values.length) malformed(e);
      for (const k of e.keys) {
        if (k === null) raise("ValueError", "malformed node or string: None");
        checkLiteral(k);
      }
      for (const v of e.values) checkLiteral(v);
      return;
    case "Call":
      if (e.func.kind === "Name" && e.func.id === "set" && e.args.length === 0 && e.keywords.length === 0) return;
      return malformed(e);
    case "BinOp":
      if (e.op === "Add" || e.op === "Sub") {
        checkSigned(e.left);
        checkNumber(e.right);
        const left = e.left.kind === "UnaryOp" ? e.left.operand : e.left;
        // Only a real number plus or minus an imaginary one.
        if (left.kind === "Constant" && left.value.type !== "complex" && e.right.kind === "Constant" && e.right.value.type === "complex") return;
      }
      return malformed(e);
    default:
      return checkSigned(e);
  }
}

function literalEval(args: PyValue[]): PyValue {
  const src = args[0];
  if (typeof src !== "string") raise("ValueError", `malformed node or string: ${typeOf(src).name === "str" ? "" : "<object>"}`);
  const text = src.replace(/^[ \t]+/, "");
  let tree: A.Expression;
  try {
    tree = parse(text, "<unknown>", "eval");
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) throw syntaxErrorToPy(e);
    throw e;
  }
  checkLiteral(tree.body);
  const env = new PyDict();
  const bi = new PyDict();
  bi.setStr("set", rt().builtins.getStr("set")!);
  env.setStr("__builtins__", bi);
  return call(rt().builtins.getStr("eval")!, [text, env]);
}

function createAst(): PyModule {
  const m = new PyModule("ast");
  m.set("literal_eval", new PyBuiltin("literal_eval", literalEval));
  return m;
}

builtinModules.set("ast", createAst);
