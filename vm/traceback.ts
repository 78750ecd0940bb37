// CPython-style traceback text for an exception, including chained causes and contexts.
import { PyException } from "./objects/exception.js";
import { None } from "./objects/object.js";
import { str, repr, getAttr } from "./ops.js";
import { PyList } from "./objects/list.js";
import { PyTuple } from "./objects/tuple.js";
import { isGroup } from "./objects/exception_group.js";
import { suggestionFor } from "./suggestions.js";

/** Source lines of every file the VM has compiled (CPython's linecache), keyed by filename. */
export type SourceCache = Map<string, string[]>;

/** `ValueError: msg` — the last line of a traceback (CPython's format_exception_only). */
export function formatExceptionOnly(e: PyException): string {
  const t = e.cls;
  const mod = t.ns.get("__module__");
  let name = t.qualname;
  if (typeof mod === "string" && mod !== "__main__" && mod !== "builtins") name = `${mod}.${name}`;
  let msg: string;
  try {
    msg = str(e);
  } catch {
    msg = "<exception str() failed>";
  }
  if (t.mro.some((c) => c.name === "SyntaxError" && !c.isHeap) && e.dict !== null) return formatSyntaxError(e, name, msg);
  msg += suggestionFor(e);
  return msg === "" ? name : `${name}: ${msg}`;
}

function formatSyntaxError(e: PyException, name: string, msg: string): string {
  const d = e.dict!;
  const filename = d.getStr("filename");
  const lineno = d.getStr("lineno");
  const text = d.getStr("text");
  const offset = d.getStr("offset");
  const emsg = d.getStr("msg");
  const lines: string[] = [];
  if (typeof filename === "string" && typeof lineno === "number") lines.push(`  File "${filename}", line ${lineno}`);
  if (typeof text === "string") {
    const raw = text.replace(/\n$/, "");
    const stripped = raw.replace(/^[ \t\f]+/, "");
    lines.push(`    ${stripped}`);
    if (typeof offset === "number") {
      const endOffset = d.getStr("end_offset");
      const indent = raw.length - stripped.length;
      const start = Math.max(1, offset - indent);
      let width = 1;
      const endLine = d.getStr("end_lineno");
      if (typeof endOffset === "number" && endOffset > offset && (endLine === lineno || endLine === undefined)) width = endOffset - offset;
      lines.push(`    ${" ".repeat(start - 1)}${"^".repeat(width)}`);
    }
  }
  lines.push(`${name}: ${typeof emsg === "string" ? emsg : msg}`);
  return lines.join("\n");
}

function formatStack(e: PyException, sources: SourceCache): string {
  let out = "";
  const entries = e.traceback.slice().reverse();
  let last = "";
  let repeat = 0;
  const flushRepeat = () => {
    if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? "" : "s"}]\n`;
  };
  for (const tb of entries) {
    const key = `${tb.filename}\0${tb.lineno}\0${tb.name}`;
    if (key === last) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flushRepeat();
      last = key;
      repeat = 1;
    }
    out += `  File "${tb.filename}", line ${tb.lineno}, in ${tb.name}\n`;
    const src = sources.get(tb.filename);
    const line = src?.[tb.lineno - 1]?.trim();
    if (line) out += `    ${line}\n`;
  }
  flushRepeat();
  return out;
}

/** The exception line plus its `__notes__`. */
function formatExceptionWithNotes(e: PyException): string {
  let out = formatExceptionOnly(e) + "\n";
  const notes = e.dict?.getStr("__notes__");
  if (notes === undefined) return out;
  if (notes instanceof PyList || notes instanceof PyTuple) {
    for (const n of notes.items) {
      let t: string;
      try {
        t = typeof n === "string" ? n : str(n);
      } catch {
        t = "<note str() failed>";
      }
      out += t + "\n";
    }
  } else {
    try {
      out += repr(notes) + "\n";
    } catch {
      out += "<__notes__ repr() failed>\n";
    }
  }
  return out;
}

/** traceback.py's _ExceptionPrintContext. */
class PrintCtx {
  groupDepth = 0;
  needClose = false;
  out = "";
  indent(): string {
    return " ".repeat(2 * this.groupDepth);
  }
  emit(text: string, margin = "|"): void {
    let ind = this.indent();
    if (this.groupDepth) ind += margin + " ";
    for (const line of text.split(/(?<=\n)/)) if (line !== "") this.out += ind + line;
  }
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function formatChain(e: PyException, sources: SourceCache, ctx: PrintCtx, seen: Set<PyException>): void {
  const chain: [string | null, PyException][] = [];
  let cur: PyException | null = e;
  while (cur !== null && !seen.has(cur)) {
    seen.add(cur);
    const c: PyException = cur;
    if (c.cause !== None && c.cause instanceof PyException) {
      chain.push(["\nThe above exception was the direct cause of the following exception:\n\n", c]);
      cur = c.cause;
    } else if (!c.suppressContext && c.context !== None && c.context instanceof PyException) {
      chain.push(["\nDuring handling of the above exception, another exception occurred:\n\n", c]);
      cur = c.context;
    } else {
      chain.push([null, c]);
      cur = null;
    }
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [m, exc] = chain[i];
    // The message introduces exc only if its cause/context was printed (not a cycle cut short).
    if (m !== null && i < chain.length - 1) ctx.emit(m);
    const subs = groupExceptions(exc);
    if (subs === null) {
      if (exc.traceback.length > 0) {
        ctx.emit("Traceback (most recent call last):\n");
        ctx.emit(formatStack(exc, sources));
      }
      ctx.emit(formatExceptionWithNotes(exc));
    } else if (ctx.groupDepth > MAX_GROUP_DEPTH) {
      ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      const top = ctx.groupDepth === 0;
      if (top) ctx.groupDepth++;
      if (exc.traceback.length > 0) {
        ctx.emit("Exception Group Traceback (most recent call last):\n", top ? "+" : "|");
        ctx.emit(formatStack(exc, sources));
      }
      ctx.emit(formatExceptionWithNotes(exc));
      const num = subs.length;
      const n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
      ctx.needClose = false;
      for (let k = 0; k < n; k++) {
        const lastExc = k === n - 1;
        if (lastExc) ctx.needClose = true;
        const truncated = k >= MAX_GROUP_WIDTH;
        const title = truncated ? "..." : `${k + 1}`;
        ctx.out += ctx.indent() + (k === 0 ? "+-" : "  ") + `+---------------- ${title} ----------------\n`;
        ctx.groupDepth++;
        if (!truncated) formatChain(subs[k], sources, ctx, seen);
        else {
          const remaining = num - MAX_GROUP_WIDTH;
          ctx.emit(`and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
        }
        if (lastExc && ctx.needClose) {
          ctx.out += ctx.indent() + "+------------------------------------\n";
          ctx.needClose = false;
        }
        ctx.groupDepth--;
      }
      if (top) ctx.groupDepth = 0;
    }
  }
}

function groupExceptions(e: PyException): PyException[] | null {
  if (!isGroup(e)) return null;
  const t = getAttr(e, "exceptions");
  return t instanceof PyTuple ? (t.items.filter((x) => x instanceof PyException) as PyException[]) : null;
}

/** The full traceback text CPython prints for an uncaught exception. */
export function formatTraceback(e: PyException, sources: SourceCache): string {
  const ctx = new PrintCtx();
  formatChain(e, sources, ctx, new Set());
  return ctx.out;
}
