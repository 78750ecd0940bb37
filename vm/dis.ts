// `taipan --dis`: a readable listing of a code object and the code objects nested in it.
import { OPCODES } from "./opcodes.js";
import { CodeObject } from "./code.js";
import { repr } from "./ops.js";
import { BINOPS } from "./ops.js";

const CMP = ["<", "<=", "==", "!=", ">", ">="];

function describe(code: CodeObject, op: number, arg: number): string {
  const info = OPCODES[op];
  switch (info.arg) {
    case "none":
      return "";
    case "const": {
      const c = code.consts[arg];
      return `${arg} (${c instanceof CodeObject ? `<code object ${c.name}, line ${c.firstlineno}>` : safeRepr(c)})`;
    }
    case "local":
      return `${arg} (${code.varnames[arg]})`;
    case "cell": {
      const n = arg - code.nlocals;
      return `${arg} (${n < code.ncells ? code.cellvars[n] : code.freevars[n - code.ncells]})`;
    }
    case "name":
      return `${arg} (${code.names[arg]})`;
    case "jump":
      return `to ${arg}`;
    case "binop":
      return `${arg} (${BINOPS[arg & 15].sym}${arg >= 16 ? "=" : ""})`;
    case "cmp":
      return `${arg} (${CMP[arg]})`;
    default:
      return String(arg);
  }
}

function safeRepr(v: unknown): string {
  try {
    return repr(v as never);
  } catch {
    return "?";
  }
}

/** Disassembles `code` and every nested code object. */
export function disassemble(code: CodeObject): string {
  const out: string[] = [];
  const todo: CodeObject[] = [code];
  for (let c = todo.shift(); c !== undefined; c = todo.shift()) {
    if (c !== code) out.push("", `Disassembly of <code object ${c.name}, file "${c.filename}", line ${c.firstlineno}>:`);
    const targets = new Set<number>();
    for (let i = 0; i < c.bytecode.length; i += 2) if (OPCODES[c.bytecode[i]].isJump) targets.add(c.bytecode[i + 1]);
    for (const e of c.exceptionTable) targets.add(e.target);
    let lastLine = -1;
    for (let i = 0; i < c.bytecode.length / 2; i++) {
      const op = c.bytecode[i * 2];
      const arg = c.bytecode[i * 2 + 1];
      const line = c.lines[i];
      const lineCol = line !== lastLine ? String(line).padStart(4) : "    ";
      if (line !== lastLine && lastLine !== -1) out.push("");
      lastLine = line;
      const mark = targets.has(i) ? ">>" : "  ";
      out.push(`${lineCol} ${mark} ${String(i).padStart(5)} ${OPCODES[op].name.padEnd(22)} ${describe(c, op, arg)}`.trimEnd());
    }
    if (c.exceptionTable.length) {
      out.push("ExceptionTable:");
      for (const e of c.exceptionTable) out.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]`);
    }
    for (const k of c.consts) if (k instanceof CodeObject) todo.push(k);
  }
  return out.join("\n") + "\n";
}
