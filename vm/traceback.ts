// CPython-style traceback text for an exception, including chained causes and contexts.
import { PyException, type TracebackEntry } from "./objects/exception.js";
import { parse } from "./parser.js";
import type * as A from "./ast.js";
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

/**
 * Who prints a traceback: the interpreter's own display of an uncaught exception (CPython's C
 * code: the source line keeps its trailing blanks) or the traceback module (traceback.py: the
 * line is stripped on both sides, and its caret offsets count the stripped trailing blanks).
 */
export type TracebackStyle = "c" | "py";

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
const repeat = (s: string, n: number): string => (n > 0 ? s.repeat(n) : "");

/** Where `~~~^^^~~~` switches to `^` and back, relative to the segment; null for a plain `^^^` run. */
interface Anchors {
  left: number;
  right: number;
}

/** UTF-8 length of the first `chars` code points of `s`: CPython's AST columns count bytes. */
function utf8Offset(s: string, chars: number): number {
  let n = 0;
  let i = 0;
  for (const ch of s) {
    if (i++ >= chars) break;
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** traceback.py's byte-to-character offset: a character cut by `bytes` still counts. */
function charOffset(s: string, bytes: number): number {
  let n = 0;
  let i = 0;
  for (const ch of s) {
    if (n >= bytes) break;
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i++;
  }
  return i;
}

/**
 * The operator of a binary operation or the brackets of a subscript the segment consists of.
 * With `py`, traceback.py's arithmetic: it adds a character count to the operand's byte
 * column, which shifts the `^` left of a non-ASCII left operand, and that is what users see.
 */
function caretAnchors(segment: string, py: boolean): Anchors | null {
  let tree: A.Module;
  try {
    tree = parse(segment, "<segment>", "exec");
  } catch {
    return null;
  }
  if (tree.body.length !== 1 || tree.body[0].kind !== "Expr") return null;
  const expr = tree.body[0].value;
  if (expr.kind === "BinOp") {
    const leftEnd = py ? utf8Offset(segment, expr.left.end_col_offset) : expr.left.end_col_offset;
    const norm = (n: number) => (py ? charOffset(segment, n) : n);
    const opStr = segment.slice(norm(leftEnd), norm(py ? utf8Offset(segment, expr.right.col_offset) : expr.right.col_offset));
    const opOffset = opStr.length - opStr.trimStart().length;
    let left = leftEnd + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !isSpace(opStr[opOffset + 1])) right++;
    // Past the closing parentheses of a parenthesized left operand.
    while (left < segment.length && (isSpace(segment[left]) || segment[left] === ")" || segment[left] === "#")) {
      left++;
      right++;
    }
    return { left: norm(left), right: norm(right) };
  }
  if (expr.kind === "Subscript") {
    let left = expr.value.end_col_offset;
    let right = expr.slice.end_col_offset + 1;
    while (left < segment.length && segment[left] !== "[") left++;
    while (right < segment.length && segment[right] !== "]") right++;
    if (right < segment.length) right++;
    return { left, right };
  }
  return null;
}

/** Terminal columns of `s.slice(0, offset)`: East Asian wide and full-width characters take two. */
function displayWidth(s: string, offset: number): number {
  const head = s.slice(0, offset);
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(head)) return offset;
  let w = 0;
  for (const ch of head) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/**
 * The line of carets CPython 3.11 draws under an entry's source line (`raw`, unstripped) to show
 * the failing expression, with `~` around and `^` under the operator of a binary operation or the
 * index of a subscript; "" when it would underline the whole line or the span is unknown.
 */
export function caretLine(entry: TracebackEntry, raw: string, style: TracebackStyle): string {
  if (entry.code === undefined || entry.index === undefined) return "";
  const pos = entry.code.positionFor(entry.index);
  if (pos === null || pos[0] !== entry.lineno) return "";
  const [line, start, endLine] = pos;
  let end = pos[3];
  const segment = [...raw].slice(start, end).join("");
  let anchors: Anchors | null = null;
  if (line === endLine) anchors = caretAnchors(segment, style === "py");
  else end = raw.trimEnd().length;
  const shown = style === "py" ? raw.trim() : raw.trimStart();
  // traceback.py counts the line's newline and trailing blanks as "stripped characters" too.
  const strippedChars = style === "py" ? raw.length + 1 - shown.length : raw.length - shown.length;
  if (end - start >= shown.length && (anchors === null || anchors.right - anchors.left <= 0)) return "";
  const dpStart = displayWidth(raw, start) + 1;
  const dpEnd = displayWidth(raw, end) + 1;
  let out = "    " + repeat(" ", dpStart - strippedChars - (style === "py" ? 0 : 1));
  if (anchors !== null) {
    const l = displayWidth(segment, anchors.left);
    const r = displayWidth(segment, anchors.right);
    out += repeat("~", l) + repeat("^", r - l) + repeat("~", dpEnd - dpStart - r);
  } else out += repeat("^", dpEnd - dpStart);
  return out + "\n";
}

function formatStack(e: PyException, sources: SourceCache, style: TracebackStyle): string {
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
    const raw = sources.get(tb.filename)?.[tb.lineno - 1];
    const line = style === "py" ? raw?.trim() : raw?.trimStart();
    if (line) out += `    ${line}\n` + caretLine(tb, raw!, style);
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
  constructor(readonly style: TracebackStyle) {}
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
        ctx.emit(formatStack(exc, sources, ctx.style));
      }
      ctx.emit(formatExceptionWithNotes(exc));
    } else if (ctx.groupDepth > MAX_GROUP_DEPTH) {
      ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      const top = ctx.groupDepth === 0;
      if (top) ctx.groupDepth++;
      if (exc.traceback.length > 0) {
        ctx.emit("Exception Group Traceback (most recent call last):\n", top ? "+" : "|");
        ctx.emit(formatStack(exc, sources, ctx.style));
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
export function formatTraceback(e: PyException, sources: SourceCache, style: TracebackStyle = "c"): string {
  const ctx = new PrintCtx(style);
  formatChain(e, sources, ctx, new Set());
  return ctx.out;
}
