// String literals: prefixes, escape decoding, adjacent-literal concatenation and f-strings
// (a port of CPython 3.11's Parser/string_parser.c, including its error messages).

import type * as ast from "./ast.js";
import { lookupUnicodeName } from "./parser_unicode_names.js";
import type { Token } from "./tokens.js";

/** What the string machinery needs from the parser. */
export interface StringHost {
  /** RAISE_SYNTAX_ERROR: an error located at the last token fetched. */
  raiseAtLast(msg: string): never;
  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token. */
  raiseAtTokenObject(t: Token, msg: string): never;
  /** Parses an f-string expression part, the source "(" + text + ")" placed at line/col. */
  compileFStringExpr(text: string, line: number, col: number): ast.Expr;
}

/** A decoded string token. */
interface StrParts {
  bytes: boolean;
  raw: boolean;
  fmode: boolean;
  /** Text between the quotes. */
  body: string;
  /** Index of the body within the token text. */
  bodyStart: number;
}

function splitToken(text: string): StrParts {
  let i = 0;
  let bytes = false;
  let raw = false;
  let fmode = false;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 98 || c === 66) bytes = true;
    else if (c === 114 || c === 82) raw = true;
    else if (c === 102 || c === 70) fmode = true;
    else if (c === 117 || c === 85) {
      /* u prefix: no effect */
    } else break;
    i++;
  }
  const q = text[i];
  const triple = text.length - i >= 6 && text[i + 1] === q && text[i + 2] === q;
  const qlen = triple ? 3 : 1;
  return { bytes, raw, fmode, body: text.slice(i + qlen, text.length - qlen), bodyStart: i + qlen };
}

// ---- escape decoding --------------------------------------------------------------------------

function unicodeError(start: number, end: number, buf: string, reason: string): string {
  const detail =
    end === start + 1
      ? `can't decode byte 0x${buf.charCodeAt(start).toString(16).padStart(2, "0")} in position ${start}: ${reason}`
      : `can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  return `(unicode error) 'unicodeescape' codec ${detail}`;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * decode_unicode_with_escapes: decodes the escapes of a (non-raw) str literal body.
 * Returns the string, or throws via `fail(msg)` with CPython's "(unicode error) ..." message.
 */
export function decodeUnicodeEscapes(body: string, fail: (msg: string) => never): string {
  if (body.indexOf("\\") < 0) return body;
  // CPython first rewrites non-ASCII characters as \Uxxxxxxxx so the byte positions in its
  // error messages refer to that buffer; we do the same to report identical positions.
  let buf = body;
  if (/[^\x00-\x7f]/.test(body)) {
    let out = "";
    let i = 0;
    const n = body.length;
    while (i < n) {
      let c = body.codePointAt(i)!;
      if (c === 92) {
        out += "\\";
        i++;
        if (i >= n) {
          out += "u005c";
          break;
        }
        c = body.codePointAt(i)!;
        if (c >= 128) out += "u005c";
      }
      if (c >= 128) {
        out += "\\U" + c.toString(16).padStart(8, "0");
        i += c > 0xffff ? 2 : 1;
      } else {
        out += body[i];
        i++;
      }
    }
    buf = out;
  }
  let res = "";
  const n = buf.length;
  let i = 0;
  let runStart = 0;
  while (i < n) {
    if (buf.charCodeAt(i) !== 92) {
      i++;
      continue;
    }
    res += buf.slice(runStart, i);
    const start = i;
    i++;
    if (i >= n) fail(unicodeError(start, i, buf, "\\ at end of string"));
    const c = buf[i++];
    switch (c) {
      case "\n":
        break;
      case "\\":
        res += "\\";
        break;
      case "'":
        res += "'";
        break;
      case '"':
        res += '"';
        break;
      case "b":
        res += "\b";
        break;
      case "f":
        res += "\f";
        break;
      case "t":
        res += "\t";
        break;
      case "n":
        res += "\n";
        break;
      case "r":
        res += "\r";
        break;
      case "v":
        res += "\v";
        break;
      case "a":
        res += "\x07";
        break;
      case "0":
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7": {
        let ch = c.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = buf.charCodeAt(i);
          if (d < 48 || d > 55) break;
          ch = (ch << 3) + d - 48;
          i++;
        }
        res += String.fromCharCode(ch);
        break;
      }
      case "x":
      case "u":
      case "U": {
        let count = c === "x" ? 2 : c === "u" ? 4 : 8;
        const reason = c === "x" ? "truncated \\xXX escape" : c === "u" ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        let ch = 0;
        for (; count; count--, i++) {
          if (i >= n) fail(unicodeError(start, i, buf, reason));
          const h = hexVal(buf.charCodeAt(i));
          if (h < 0) fail(unicodeError(start, i, buf, reason));
          ch = ch * 16 + h;
        }
        if (ch > 0x10ffff) fail(unicodeError(start, i, buf, "illegal Unicode character"));
        res += String.fromCodePoint(ch);
        break;
      }
      case "N": {
        const reason = "malformed \\N character escape";
        if (i >= n) fail(unicodeError(start, i, buf, reason));
        if (buf[i] === "{") {
          const nameStart = ++i;
          while (i < n && buf[i] !== "}") i++;
          if (i >= n) fail(unicodeError(start, i, buf, reason));
          if (i > nameStart) {
            const name = buf.slice(nameStart, i);
            i++;
            const cp = lookupUnicodeName(name);
            if (cp >= 0) {
              res += String.fromCodePoint(cp);
              break;
            }
            fail(unicodeError(start, i, buf, "unknown Unicode character name"));
          }
        }
        fail(unicodeError(start, i, buf, reason));
      }
      // falls through (unreachable: fail never returns)
      default:
        // unknown escape: kept verbatim (CPython only warns)
        res += "\\" + c;
    }
    runStart = i;
  }
  return res + buf.slice(runStart);
}

/** _PyBytes_DecodeEscape: decodes a (non-raw, ASCII-only) bytes literal body. */
export function decodeBytesEscapes(body: string, fail: (msg: string) => never): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i++);
    if (c !== 92) {
      out.push(c);
      continue;
    }
    if (i >= n) {
      out.push(92);
      break;
    }
    const e = body[i++];
    switch (e) {
      case "\n":
        break;
      case "\\":
        out.push(92);
        break;
      case "'":
        out.push(39);
        break;
      case '"':
        out.push(34);
        break;
      case "b":
        out.push(8);
        break;
      case "f":
        out.push(12);
        break;
      case "t":
        out.push(9);
        break;
      case "n":
        out.push(10);
        break;
      case "r":
        out.push(13);
        break;
      case "v":
        out.push(11);
        break;
      case "a":
        out.push(7);
        break;
      case "0":
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7": {
        let ch = e.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = body.charCodeAt(i);
          if (d < 48 || d > 55) break;
          ch = (ch << 3) + d - 48;
          i++;
        }
        out.push(ch & 0xff);
        break;
      }
      case "x": {
        if (i + 1 < n + 0 && i + 1 <= n - 1) {
          const d1 = hexVal(body.charCodeAt(i));
          const d2 = hexVal(body.charCodeAt(i + 1));
          if (d1 >= 0 && d2 >= 0) {
            out.push(d1 * 16 + d2);
            i += 2;
            break;
          }
        }
        fail(`(value error) invalid \\x escape at position ${i - 2}`);
      }
      // falls through (unreachable)
      default:
        out.push(92);
        i--;
    }
  }
  return Uint8Array.from(out);
}

// ---- concatenation and f-strings ------------------------------------------------------------

/** Accumulates the parts of a (possibly formatted) string, as CPython's FstringParser. */
class FState {
  lastStr: string | null = null;
  fmode = false;
  exprs: ast.Expr[] = [];

  concat(s: string): void {
    if (s.length === 0) return;
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }
}

type Span = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

function spanOf(first: Token, last: Token): Span {
  return { lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol };
}

function strNode(s: string, kind: string | null, sp: Span): ast.Constant {
  return {
    kind: "Constant",
    value: { type: "str", value: s },
    kind_: kind,
    lineno: sp.lineno,
    col_offset: sp.col_offset,
    end_lineno: sp.end_lineno,
    end_col_offset: sp.end_col_offset,
  };
}

/** The f-string parser for one run of adjacent string tokens. */
class FStringParser {
  private readonly host: StringHost;
  private readonly first: Token;
  private readonly last: Token;
  private readonly kind: string | null;
  /** The token currently being parsed. */
  private t!: Token;
  /** Its full text. */
  private text = "";

  constructor(host: StringHost, first: Token, last: Token) {
    this.host = host;
    this.first = first;
    this.last = last;
    this.kind = first.value.charCodeAt(0) === 117 ? "u" : null;
  }

  makeStr(state: FState, first: Token = this.first, last: Token = this.last): ast.Constant {
    const s = state.lastStr!;
    state.lastStr = null;
    return strNode(s, this.kind, spanOf(first, last));
  }

  finish(state: FState, first: Token, last: Token): ast.Expr {
    if (!state.fmode) {
      return strNode(state.lastStr ?? "", this.kind, spanOf(first, last));
    }
    // as CPython, a trailing literal gets the span passed here (the token, for format specs)
    if (state.lastStr !== null) state.exprs.push(this.makeStr(state, first, last));
    const sp = spanOf(first, last);
    return { kind: "JoinedStr", values: state.exprs, ...sp };
  }

  /** Parses the body of f-string token `t` (body = text[from, end)) into `state`. */
  concatFstring(state: FState, t: Token, from: number, end: number, raw: boolean): void {
    this.t = t;
    this.text = t.value;
    state.fmode = true;
    const p = { i: from };
    this.parseInto(state, p, end, raw, 0);
  }

  private parseInto(state: FState, p: { i: number }, end: number, raw: boolean, level: number): void {
    for (;;) {
      const r = this.findLiteralAndExpr(p, end, raw, level);
      if (r.literal !== null) state.concat(r.literal);
      if (r.exprText !== null) state.concat(r.exprText);
      if (r.doubled) continue;
      if (r.expr === null) break;
      if (state.lastStr !== null) state.exprs.push(this.makeStr(state));
      state.exprs.push(r.expr);
    }
    if (level === 0 && p.i < end) this.host.raiseAtLast("f-string: unexpected end of string");
    if (level !== 0 && this.text[p.i] !== "}") this.host.raiseAtLast("f-string: expecting '}'");
  }

  private findLiteralAndExpr(
    p: { i: number },
    end: number,
    raw: boolean,
    level: number,
  ): { literal: string | null; exprText: string | null; expr: ast.Expr | null; doubled: boolean } {
    const s = this.text;
    let i = p.i;
    const litStart = i;
    let doubled = false;
    let litEnd = -1;
    while (i < end) {
      let ch = s[i++];
      if (!raw && ch === "\\" && i < end) {
        ch = s[i++];
        if (ch === "N") {
          if (i < end && s[i++] === "{") {
            while (i < end && s[i++] !== "}") {
              /* skip the name */
            }
          }
          continue;
        }
      }
      if (ch === "{" || ch === "}") {
        if (level === 0) {
          if (i < end && s[i] === ch) {
            litEnd = i;
            p.i = i + 1;
            doubled = true;
            break;
          }
          if (ch === "}") {
            p.i = i - 1;
            this.host.raiseAtLast("f-string: single '}' is not allowed");
          }
        }
        i--;
        break;
      }
    }
    if (!doubled) {
      litEnd = i;
      p.i = i;
    }
    let literal: string | null = null;
    if (litEnd > litStart) {
      const lit = s.slice(litStart, litEnd);
      literal = raw ? lit : decodeUnicodeEscapes(lit, (m) => this.host.raiseAtLast(m));
    }
    if (doubled) return { literal, exprText: null, expr: null, doubled: true };
    if (p.i >= end || s[p.i] === "}") return { literal, exprText: null, expr: null, doubled: false };
    const r = this.findExpr(p, end, raw, level);
    return { literal, exprText: r.exprText, expr: r.expr, doubled: false };
  }

  private findExpr(p: { i: number }, end: number, raw: boolean, level: number): { exprText: string | null; expr: ast.Expr } {
    const host = this.host;
    const s = this.text;
    if (level >= 2) host.raiseAtLast("f-string: expressions nested too deeply");
    const brace = p.i;
    p.i++;
    const exprStart = p.i;
    let quote = "";
    let stringType = 0;
    const stack: string[] = [];
    let i = p.i;
    for (; i < end; i++) {
      const ch = s[i];
      if (ch === "\\") host.raiseAtLast("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch === quote) {
          if (stringType === 3) {
            if (i + 2 < end && s[i + 1] === ch && s[i + 2] === ch) {
              i += 2;
              stringType = 0;
              quote = "";
            }
          } else {
            stringType = 0;
            quote = "";
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (i + 2 < end && s[i + 1] === ch && s[i + 2] === ch) {
          stringType = 3;
          i += 2;
        } else {
          stringType = 1;
        }
        quote = ch;
      } else if (ch === "[" || ch === "{" || ch === "(") {
        if (stack.length >= 200) host.raiseAtLast("f-string: too many nested parenthesis");
        stack.push(ch);
      } else if (ch === "#") {
        host.raiseAtLast("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && (ch === "!" || ch === ":" || ch === "}" || ch === "=" || ch === ">" || ch === "<")) {
        if (i + 1 < end) {
          const next = s[i + 1];
          if ((ch === "!" && next === "=") || (ch === "=" && next === "=") || (ch === "<" && next === "=") || (ch === ">" && next === "=")) {
            i++;
            continue;
          }
        }
        if (ch === ">" || ch === "<") continue;
        break;
      } else if (ch === "]" || ch === "}" || ch === ")") {
        const open = stack.pop();
        if (open === undefined) host.raiseAtLast(`f-string: unmatched '${ch}'`);
        if (!((open === "(" && ch === ")") || (open === "[" && ch === "]") || (open === "{" && ch === "}"))) {
          host.raiseAtLast(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
    }
    const exprEnd = i;
    p.i = i;
    if (quote) host.raiseAtLast("f-string: unterminated string");
    if (stack.length) host.raiseAtLast(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (p.i >= end) host.raiseAtLast("f-string: expecting '}'");

    const expr = this.compileExpr(brace, exprStart, exprEnd);

    let exprText: string | null = null;
    if (s[p.i] === "=") {
      p.i++;
      while (p.i < end && /[ \t\n\r\f\v]/.test(s[p.i])) p.i++;
      if (p.i >= end) host.raiseAtLast("f-string: expecting '}'");
      exprText = s.slice(exprStart, p.i);
    }
    let conversion = -1;
    if (s[p.i] === "!") {
      p.i++;
      if (p.i >= end) host.raiseAtLast("f-string: expecting '}'");
      conversion = s.charCodeAt(p.i);
      p.i++;
      if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
        host.raiseAtLast("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    let formatSpec: ast.Expr | null = null;
    if (p.i >= end) host.raiseAtLast("f-string: expecting '}'");
    if (s[p.i] === ":") {
      p.i++;
      if (p.i >= end) host.raiseAtLast("f-string: expecting '}'");
      const st = new FState();
      st.fmode = true;
      this.parseInto(st, p, end, raw, level + 1);
      formatSpec = this.finish(st, this.t, this.t);
    }
    if (p.i >= end || s[p.i] !== "}") host.raiseAtLast("f-string: expecting '}'");
    p.i++;
    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
    const sp = spanOf(this.first, this.last);
    const fv: ast.FormattedValue = {
      kind: "FormattedValue",
      value: expr,
      conversion,
      format_spec: formatSpec,
      lineno: sp.lineno,
      col_offset: sp.col_offset,
      end_lineno: sp.end_lineno,
      end_col_offset: sp.end_col_offset,
    };
    return { exprText, expr: fv };
  }

  /** fstring_compile_expr: parses text[start, end) as "(expr)" positioned like CPython does. */
  private compileExpr(brace: number, start: number, end: number): ast.Expr {
    const s = this.text;
    let k = start;
    while (k < end && (s[k] === " " || s[k] === "\t" || s[k] === "\n" || s[k] === "\f")) k++;
    if (k === end) {
      const c = s[end];
      if (c === "!" || c === ":" || c === "=") this.host.raiseAtLast(`f-string: expression required before '${c}'`);
      this.host.raiseAtLast("f-string: empty expression not allowed");
    }
    // fstring_find_expr_location
    let lines = 0;
    let cols = 0;
    let newlineAfterBrace = true;
    for (let j = brace + 1; j < s.length && s[j] !== "}" && s[j] !== "\n"; j++) {
      if (s[j] !== " " && s[j] !== "\t" && s[j] !== "\f") {
        newlineAfterBrace = false;
        break;
      }
    }
    const lastNl = s.lastIndexOf("\n", brace);
    if (!newlineAfterBrace) {
      cols = cpLen(s, lastNl < 0 ? 0 : lastNl + 1, brace) + (lastNl < 0 ? 0 : 0);
    }
    for (let j = 0; j < brace; j++) if (s.charCodeAt(j) === 10) lines++;
    const t = this.t;
    const line = t.lineno + lines;
    const col = lines !== 0 ? cols : t.col + cols;
    return this.host.compileFStringExpr(s.slice(start, end), line, col);
  }
}

/** Number of code points in s[from, to). */
function cpLen(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) i++;
    n++;
  }
  return n;
}

/**
 * _PyPegen_concatenate_strings: turns a run of adjacent STRING tokens into one Constant
 * (str or bytes) or, when any is an f-string, a JoinedStr.
 */
export function concatenateStrings(host: StringHost, tokens: Token[]): ast.Expr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const fp = new FStringParser(host, first, last);
  const state = new FState();
  let bytesmode = false;
  let bytesParts: Uint8Array[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const parts = splitToken(t.value);
    if (i !== 0 && bytesmode !== parts.bytes) host.raiseAtLast("cannot mix bytes and nonbytes literals");
    bytesmode = parts.bytes;
    if (parts.fmode) {
      fp.concatFstring(state, t, parts.bodyStart, parts.bodyStart + parts.body.length, parts.raw);
      continue;
    }
    const raw = parts.raw || parts.body.indexOf("\\") < 0;
    if (parts.bytes) {
      if (/[^\x00-\x7f]/.test(parts.body)) host.raiseAtTokenObject(t, "bytes can only contain ASCII literal characters");
      let b: Uint8Array;
      if (raw) {
        b = new Uint8Array(parts.body.length);
        for (let k = 0; k < parts.body.length; k++) b[k] = parts.body.charCodeAt(k);
      } else {
        b = decodeBytesEscapes(parts.body, (m) => host.raiseAtLast(m));
      }
      (bytesParts ??= []).push(b);
    } else {
      state.concat(raw ? parts.body : decodeUnicodeEscapes(parts.body, (m) => host.raiseAtLast(m)));
    }
  }
  if (bytesmode) {
    const all = bytesParts ?? [];
    let len = 0;
    for (const b of all) len += b.length;
    const value = new Uint8Array(len);
    let off = 0;
    for (const b of all) {
      value.set(b, off);
      off += b.length;
    }
    return {
      kind: "Constant",
      value: { type: "bytes", value },
      kind_: null,
      lineno: first.lineno,
      col_offset: first.col,
      end_lineno: last.endLineno,
      end_col_offset: last.endCol,
    };
  }
  return fp.finish(state, first, last);
}
