// Compiler: stack depth bookkeeping, exception tables, compile-time errors, disassembly.
import test from "ava";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../vm/parser.js";
import { compile } from "../vm/compiler.js";
import { CodeObject } from "../vm/code.js";
import { OPCODES, Op } from "../vm/opcodes.js";
import { disassemble } from "../vm/dis.js";
import { PySyntaxErrorInfo } from "../vm/syntax_error.js";
import { buildSymbolTable, Sc } from "../vm/symtable.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function compileSrc(src: string, filename = "t.py"): CodeObject {
  return compile(parse(src, filename, "exec"), filename, "exec");
}

function* allCode(c: CodeObject): Generator<CodeObject> {
  yield c;
  for (const k of c.consts) if (k instanceof CodeObject) yield* allCode(k);
}

/** Walks every reachable instruction and checks the stack never goes negative or above stacksize. */
function checkStack(code: CodeObject): void {
  const n = code.bytecode.length / 2;
  const depth = new Array<number>(n).fill(-1);
  const work: [number, number][] = [[0, 0]];
  for (const e of code.exceptionTable) work.push([e.target, e.depth + 1 + (e.lasti ? 1 : 0)]);
  while (work.length) {
    const [pc, d] = work.pop()!;
    if (pc >= n || depth[pc] >= d) continue;
    depth[pc] = d;
    const op = code.bytecode[pc * 2], arg = code.bytecode[pc * 2 + 1];
    const info = OPCODES[op];
    const after = d + info.effect(arg);
    if (after < 0) throw new Error(`${code.name}: stack underflow at ${pc} (${info.name})`);
    if (after > code.stacksize) throw new Error(`${code.name}: stack overflow at ${pc} (${info.name})`);
    if (info.isJump) work.push([arg, d + (info.jumpEffect ? info.jumpEffect(arg) : info.effect(arg))]);
    if (!info.isTerminator) work.push([pc + 1, after]);
  }
}

test("every bench program compiles with consistent stack depths", (t) => {
  for (const f of readdirSync(join(root, "bench")).filter((x) => x.endsWith(".py"))) {
    const code = compileSrc(readFileSync(join(root, "bench", f), "utf8"), f);
    for (const c of allCode(code)) checkStack(c);
  }
  t.pass();
});

test("a sample of the standard library compiles with consistent stack depths", (t) => {
  const dir = "/root/.pyenv/versions/3.11.7/lib/python3.11";
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((x) => x.endsWith(".py")).slice(0, 60);
  } catch {
    t.pass("no CPython stdlib on this machine");
    return;
  }
  let compiled = 0;
  for (const f of files) {
    let code: CodeObject;
    try {
      code = compileSrc(readFileSync(join(dir, f), "utf8"), f);
    } catch (e) {
      // Bytes literals need the runtime's bytes type; async constructs are not supported yet.
      if (e instanceof PySyntaxErrorInfo || (e as { cls?: unknown }).cls !== undefined) continue;
      throw e;
    }
    for (const c of allCode(code)) checkStack(c);
    compiled++;
  }
  t.true(compiled > 30);
});

test("try/except/finally and with produce exception table entries", (t) => {
  const code = compileSrc("try:\n    a()\nexcept E as e:\n    b()\nfinally:\n    c()\nwith m() as x:\n    d()\n");
  t.true(code.exceptionTable.length >= 3);
  for (const e of code.exceptionTable) t.true(e.start < e.end && e.target >= 0);
  checkStack(code);
});

test("locals, cells and free variables are classified", (t) => {
  const mod = parse("g = 1\ndef f(a):\n    b = a\n    def h():\n        nonlocal b\n        return b + g\n    return h\n", "t.py", "exec");
  const table = buildSymbolTable(mod, "t.py");
  const f = table.top.children[0];
  const h = f.children[0];
  t.is(f.lookup("a"), Sc.Local);
  t.is(f.lookup("b"), Sc.Cell);
  t.is(h.lookup("b"), Sc.Free);
  t.is(h.lookup("g"), Sc.GlobalImplicit);
});

test("function calls use fast locals and CALL", (t) => {
  const code = compileSrc("def f(x):\n    return g(x) + 1\n");
  const f = [...allCode(code)].find((c) => c.name === "f")!;
  const ops = [];
  for (let i = 0; i < f.bytecode.length; i += 2) ops.push(f.bytecode[i]);
  t.true(ops.includes(Op.LOAD_FAST));
  t.true(ops.includes(Op.LOAD_GLOBAL));
  t.true(ops.includes(Op.CALL));
  t.true(f.fastCall);
});

function compileError(src: string): PySyntaxErrorInfo {
  try {
    compileSrc(src);
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) return e;
    throw e;
  }
  throw new Error("no error for " + JSON.stringify(src));
}

test("compile-time errors carry CPython's messages and lines", (t) => {
  const cases: [string, string, number][] = [
    ["return 1\n", "'return' outside function", 1],
    ["x = 1\nbreak\n", "'break' outside loop", 2],
    ["continue\n", "'continue' not properly in loop", 1],
    ["def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3],
    ["def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2],
    ["nonlocal x\n", "nonlocal declaration not allowed at module level", 1],
    ["a, *b, *c = d\n", "multiple starred expressions in assignment", 1],
    ["yield 1\n", "'yield' outside function", 1],
  ];
  for (const [src, msg, line] of cases) {
    const e = compileError(src);
    t.is(e.msg, msg, src);
    t.is(e.lineno, line, src);
  }
});

test("disassembly names opcodes, operands and nested code", (t) => {
  const text = disassemble(compileSrc("def f(x):\n    return x + 1\nprint(f(2))\n"));
  t.regex(text, /LOAD_FAST\s+0 \(x\)/);
  t.regex(text, /BINARY_OP\s+0 \(\+\)/);
  t.regex(text, /Disassembly of <code object f/);
});
