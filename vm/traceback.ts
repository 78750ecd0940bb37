// CPython-style traceback text for an exception, including chained causes and contexts.
import { PyException } from "./objects/exception.js";
import { None } from "./objects/object.js";
import { str } from "./ops.js";
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

function formatOne(e: PyException, sources: SourceCache): string {
  let out = "";
  if (e.traceback.length > 0) {
    out += "Traceback (most recent call last):\n";
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
  }
  return out + formatExceptionOnly(e) + "\n";
}

/** The full traceback text CPython prints for an uncaught exception. */
export function formatTraceback(e: PyException, sources: SourceCache): string {
  const seen = new Set<PyException>();
  const parts: string[] = [];
  let cur: PyException | null = e;
  while (cur !== null && !seen.has(cur)) {
    seen.add(cur);
    parts.unshift(formatOne(cur, sources));
    if (cur.cause !== None && cur.cause instanceof PyException) {
      parts.unshift("\nThe above exception was the direct cause of the following exception:\n\n");
      cur = cur.cause;
    } else if (!cur.suppressContext && cur.context !== None && cur.context instanceof PyException) {
      parts.unshift("\nDuring handling of the above exception, another exception occurred:\n\n");
      cur = cur.context;
    } else cur = null;
  }
  return parts.join("");
}
