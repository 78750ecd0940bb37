// The tokenizer: Python 3.11 source text → tokens, a port of CPython's Parser/tokenizer.c.
//
// The whole input is tokenized up front. That matches CPython's observable behaviour, because
// CPython re-tokenizes the rest of the file after a parse error and lets any tokenizer error win;
// the one exception (end of input inside brackets) is reported by the parser via ERRORTOKEN.

import { PySyntaxErrorInfo, type SyntaxErrorType } from "./syntax_error.js";
import { TokenBuffer, TokenType } from "./tokens.js";

/** Maximum bracket nesting (CPython's MAXLEVEL). */
const MAXLEVEL = 200;
/** Maximum indentation depth (CPython's MAXINDENT). */
const MAXINDENT = 100;
const TABSIZE = 8;

/** An open bracket, remembered for "'(' was never closed" and mismatch errors. */
export interface OpenBracket {
  /** The bracket character. */
  ch: string;
  /** Its line. */
  lineno: number;
  /** Its column (code points). */
  col: number;
}

/** Options for tokenizing a fragment (the expression part of an f-string). */
export interface LexOptions {
  /** Line number of the fragment's first line (default 1). */
  firstLine?: number;
  /** Column added to tokens on the fragment's first line (default 0). */
  firstCol?: number;
  /** Do not append a final newline (eval-style fragments). */
  noFinalNewline?: boolean;
}

/** Result of tokenizing a whole source. */
export interface LexResult {
  /** The tokens, ending with ENDMARKER (or ERRORTOKEN when input ends inside brackets). */
  tokens: TokenBuffer;
  /** Brackets still open at end of input (innermost last). */
  openBrackets: OpenBracket[];
  /** The normalised source (newlines translated, final newline added). */
  source: string;
  /** UTF-16 index of the start of each line (index 0 is line 1). */
  lineStarts: number[];
  /** Whether the source lacked a final newline (one was added). */
  addedNewline: boolean;
}

const C_NL = 10;
const C_SPACE = 32;
const C_TAB = 9;
const C_FF = 12;
const C_HASH = 35;
const C_BSLASH = 92;
const C_SQUOTE = 39;
const C_DQUOTE = 34;
const C_DOT = 46;
const C_0 = 48;
const C_9 = 57;
const C_UNDERSCORE = 95;

function isDigit(c: number): boolean {
  return c >= C_0 && c <= C_9;
}

function isHexDigit(c: number): boolean {
  return (c >= C_0 && c <= C_9) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** CPython's is_potential_identifier_start: ASCII letter, '_' or any non-ASCII character. */
function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C_UNDERSCORE || c >= 128;
}

function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C_UNDERSCORE || (c >= C_0 && c <= C_9) || c >= 128;
}

const ID_START = /^[\p{ID_Start}_]$/u;
const ID_CONTINUE = /^[\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA]$/u;
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Python's str.isprintable for one code point (space counts as printable). */
export function isPrintable(cp: number): boolean {
  if (cp === C_SPACE) return true;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

/** Two- and three-character operators, keyed by their packed 7-bit character codes. */
const OPS3 = new Map<number, string>();
const OPS2 = new Map<number, string>();
for (const op of ["**=", "//=", ">>=", "<<=", "..."]) {
  OPS3.set((op.charCodeAt(0) << 14) | (op.charCodeAt(1) << 7) | op.charCodeAt(2), op);
}
for (const op of ["<>", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="]) {
  OPS2.set((op.charCodeAt(0) << 7) | op.charCodeAt(1), op);
}
/** Interned one-character strings for ASCII. */
const ONE_CHAR: string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length < 4 ? "0".repeat(4 - h.length) + h : h;
}

/** Tokenizes Python source. Throws only PySyntaxErrorInfo. */
export function tokenize(source: string, filename: string, options: LexOptions = {}): LexResult {
  return new Lexer(source, filename, options).run();
}

class Lexer {
  private readonly src: string;
  private readonly len: number;
  private readonly filename: string;
  private readonly firstLine: number;
  private readonly firstCol: number;
  private readonly astral: boolean;
  private readonly addedNewline: boolean;
  private pos = 0;
  /** Current line (1-based, relative to the fragment). */
  private line = 1;
  private lineStart = 0;
  private readonly lineStarts: number[] = [0];
  private readonly tokens: TokenBuffer;
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  private readonly parens: OpenBracket[] = [];
  private atbol = true;
  private pendin = 0;
  // cache for code-point column computation on lines with astral characters
  private cacheLineStart = -1;
  private cachePos = 0;
  private cacheSurrogates = 0;

  constructor(source: string, filename: string, options: LexOptions) {
    let src = source;
    if (src.indexOf("\r") >= 0) src = src.replace(/\r\n?/g, "\n");
    this.addedNewline = !options.noFinalNewline && src.length > 0 && src.charCodeAt(src.length - 1) !== C_NL;
    if (this.addedNewline) src += "\n";
    this.src = src;
    this.len = src.length;
    this.filename = filename;
    this.firstLine = options.firstLine ?? 1;
    this.firstCol = options.firstCol ?? 0;
    this.astral = /[\uD800-\uDFFF]/.test(src);
    // typical code has a token every 4-6 characters
    this.tokens = new TokenBuffer(Math.max(64, src.length >> 2));
  }

  // ---- positions and errors --------------------------------------------------------------

  /** Code-point column of UTF-16 index `pos` on the line starting at `ls`. */
  private colAt(pos: number, ls: number): number {
    if (!this.astral) return pos - ls;
    let from = ls;
    let count = 0;
    if (this.cacheLineStart === ls && this.cachePos <= pos) {
      from = this.cachePos;
      count = this.cacheSurrogates;
    }
    const s = this.src;
    for (let i = from; i < pos; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < pos) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          count++;
          i++;
        }
      }
    }
    this.cacheLineStart = ls;
    this.cachePos = pos;
    this.cacheSurrogates = count;
    return pos - ls - count;
  }

  /** The source line starting at `ls`; CPython's tokenizer errors omit the newline. */
  private lineTextAt(ls: number, withNewline = true): string {
    const nl = this.src.indexOf("\n", ls);
    const line = nl < 0 ? this.src.slice(ls) : this.src.slice(ls, nl);
    return withNewline ? line + "\n" : line;
  }

  private absLine(line: number): number {
    return line + this.firstLine - 1;
  }

  /** A tokenizer error at explicit 1-based offsets on fragment line `line` (starting at `ls`). */
  private errorAt(
    msg: string,
    line: number,
    ls: number,
    offset: number,
    endOffset: number = offset,
    type: SyntaxErrorType = "SyntaxError",
    withNewline = false,
  ): never {
    const al = this.absLine(line);
    throw new PySyntaxErrorInfo(type, msg, this.filename, al, offset, this.lineTextAt(ls, withNewline), al, endOffset);
  }

  /** CPython's syntaxerror(tok, ...): offset is the column just past `cur` on the current line. */
  private errorCur(msg: string, cur: number): never {
    const off = this.colAt(cur, this.lineStart);
    return this.errorAt(msg, this.line, this.lineStart, off, off);
  }

  private newline(nlPos: number): void {
    this.line++;
    this.lineStart = nlPos + 1;
    this.lineStarts.push(nlPos + 1);
  }

  private push(type: TokenType, value: string, line: number, ls: number, start: number, endLine: number, endLs: number, end: number): void {
    let col = this.colAt(start, ls);
    let endCol = this.colAt(end, endLs);
    if (line === 1) col += this.firstCol;
    if (endLine === 1) endCol += this.firstCol;
    this.tokens.push(type, value, line + this.firstLine - 1, col, endLine + this.firstLine - 1, endCol, this.parens.length);
  }

  // ---- main loop ---------------------------------------------------------------------------

  run(): LexResult {
    const s = this.src;
    const nul = s.indexOf("\0");
    if (nul >= 0) {
      throw new PySyntaxErrorInfo("SyntaxError", "source code string cannot contain null bytes", this.filename, 0, 0, null, 0, 0);
    }
    for (;;) {
      if (!this.next()) break;
    }
    return { tokens: this.tokens, openBrackets: this.parens, source: this.src, lineStarts: this.lineStarts, addedNewline: this.addedNewline };
  }

  /** Produces the next token(s); returns false after the final token. */
  private next(): boolean {
    const s = this.src;
    let blankline = false;

    if (this.atbol) {
      this.atbol = false;
      let col = 0;
      let altcol = 0;
      let contLineCol = 0;
      let c: number;
      for (;;) {
        c = this.pos < this.len ? s.charCodeAt(this.pos) : -1;
        if (c === C_SPACE) {
          col++;
          altcol++;
        } else if (c === C_TAB) {
          col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
          altcol = altcol + 1;
        } else if (c === C_FF) {
          col = altcol = 0;
        } else if (c === C_BSLASH) {
          contLineCol = contLineCol ? contLineCol : col;
          this.continuation(this.pos);
          continue;
        } else {
          break;
        }
        this.pos++;
      }
      if (c === C_HASH || c === C_NL) {
        blankline = true;
      }
      if (c === -1 && this.parens.length === 0) {
        // end of input: dedent everything
        col = altcol = 0;
      }
      if (!blankline && this.parens.length === 0) {
        if (contLineCol) {
          col = contLineCol;
          altcol = contLineCol;
        }
        const ind = this.indstack.length - 1;
        if (col === this.indstack[ind]) {
          if (altcol !== this.altindstack[ind]) this.tabError();
        } else if (col > this.indstack[ind]) {
          if (ind + 1 >= MAXINDENT) {
            this.errorAt("too many levels of indentation", this.line, this.lineStart, 1, 0, "IndentationError", true);
          }
          if (altcol <= this.altindstack[ind]) this.tabError();
          this.pendin++;
          this.indstack.push(col);
          this.altindstack.push(altcol);
        } else {
          while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]) {
            this.pendin--;
            this.indstack.pop();
            this.altindstack.pop();
          }
          if (col !== this.indstack[this.indstack.length - 1]) {
            const text = this.lineTextAt(this.lineStart);
            this.errorAt("unindent does not match any outer indentation level", this.line, this.lineStart, [...text].length, -1, "IndentationError", true);
          }
          if (altcol !== this.altindstack[this.altindstack.length - 1]) this.tabError();
        }
      }
    }

    // pending indents/dedents
    if (this.pendin !== 0) {
      // CPython gives INDENT/DEDENT no column (-1); endCol records the tokenizer's position
      const w = this.colAt(this.pos, this.lineStart) + (this.line === 1 ? this.firstCol : 0);
      const type = this.pendin < 0 ? TokenType.DEDENT : TokenType.INDENT;
      const lineno = this.absLine(this.line);
      for (; this.pendin !== 0; this.pendin += this.pendin < 0 ? 1 : -1) {
        this.tokens.push(type, "", lineno, -1, lineno, w, 0);
      }
    }

    for (;;) {
      // skip spaces
      let c = this.pos < this.len ? s.charCodeAt(this.pos) : -1;
      while (c === C_SPACE || c === C_TAB || c === C_FF) {
        this.pos++;
        c = this.pos < this.len ? s.charCodeAt(this.pos) : -1;
      }
      const start = this.pos;

      if (c === C_HASH) {
        const nl = s.indexOf("\n", this.pos);
        this.pos = nl < 0 ? this.len : nl;
        c = this.pos < this.len ? s.charCodeAt(this.pos) : -1;
      }

      if (c === -1) {
        if (this.parens.length > 0) {
          this.push(TokenType.ERRORTOKEN, "", this.line, this.lineStart, this.pos, this.line, this.lineStart, this.pos);
        } else {
          // CPython's ENDMARKER has no column; it sits on the last line, the tokenizer being at its end
          const last = this.lineStarts.length >= 2 && this.lineStart === this.len ? this.lineStarts.length - 2 : this.lineStarts.length - 1;
          const ls = this.lineStarts[last];
          const lineno = this.len === 0 ? 0 : this.absLine(last + 1);
          const w = this.colAt(this.len, ls);
          this.tokens.push(TokenType.ENDMARKER, "", lineno, -1, lineno, w, 0);
        }
        return false;
      }

      if (isIdentStart(c)) {
        this.identifierOrString(start, c);
        return true;
      }

      if (c === C_NL) {
        const nlPos = this.pos;
        this.pos++;
        this.atbol = true;
        if (blankline || this.parens.length > 0) {
          this.newline(nlPos);
          return true;
        }
        this.push(TokenType.NEWLINE, "", this.line, this.lineStart, nlPos, this.line, this.lineStart, nlPos);
        this.newline(nlPos);
        return true;
      }

      if (c === C_DOT) {
        const c2 = this.pos + 1 < this.len ? s.charCodeAt(this.pos + 1) : -1;
        if (isDigit(c2)) {
          this.number(start);
          return true;
        }
        if (c2 === C_DOT && this.pos + 2 < this.len && s.charCodeAt(this.pos + 2) === C_DOT) {
          this.pos += 3;
          this.push(TokenType.OP, "...", this.line, this.lineStart, start, this.line, this.lineStart, this.pos);
          return true;
        }
        this.pos++;
        this.push(TokenType.OP, ".", this.line, this.lineStart, start, this.line, this.lineStart, this.pos);
        return true;
      }

      if (isDigit(c)) {
        this.number(start);
        return true;
      }

      if (c === C_SQUOTE || c === C_DQUOTE) {
        this.string(start, this.pos);
        return true;
      }

      if (c === C_BSLASH) {
        this.continuation(this.pos);
        continue;
      }

      // operators: longest match among the 3-, 2- and 1-character ones
      const c2 = this.pos + 1 < this.len ? s.charCodeAt(this.pos + 1) : 0;
      if (c2 !== 0 && c2 < 128) {
        const c3 = this.pos + 2 < this.len ? s.charCodeAt(this.pos + 2) : 0;
        const op3 = c3 !== 0 && c3 < 128 ? OPS3.get((c << 14) | (c2 << 7) | c3) : undefined;
        if (op3 !== undefined) {
          this.pos += 3;
          this.push(TokenType.OP, op3, this.line, this.lineStart, start, this.line, this.lineStart, this.pos);
          return true;
        }
        const op2 = OPS2.get((c << 7) | c2);
        if (op2 !== undefined) {
          this.pos += 2;
          this.push(TokenType.OP, op2, this.line, this.lineStart, start, this.line, this.lineStart, this.pos);
          return true;
        }
      }
      const ch = c < 128 ? ONE_CHAR[c] : s[this.pos];
      this.pos++;
      switch (ch) {
        case "(":
        case "[":
        case "{":
          if (this.parens.length >= MAXLEVEL) this.errorCur("too many nested parentheses", this.pos);
          this.parens.push({ ch, lineno: this.absLine(this.line), col: this.colAt(start, this.lineStart) + (this.line === 1 ? this.firstCol : 0) });
          break;
        case ")":
        case "]":
        case "}": {
          const open = this.parens.pop();
          if (!open) this.errorCur(`unmatched '${ch}'`, this.pos);
          const o = open.ch;
          if (!((o === "(" && ch === ")") || (o === "[" && ch === "]") || (o === "{" && ch === "}"))) {
            if (open.lineno !== this.absLine(this.line)) {
              this.errorCur(`closing parenthesis '${ch}' does not match opening parenthesis '${o}' on line ${open.lineno}`, this.pos);
            }
            this.errorCur(`closing parenthesis '${ch}' does not match opening parenthesis '${o}'`, this.pos);
          }
          break;
        }
        default:
          if (!isPrintable(c)) this.errorCur(`invalid non-printable character U+${hex4(c)}`, this.pos);
      }
      this.push(TokenType.OP, ch, this.line, this.lineStart, start, this.line, this.lineStart, this.pos);
      return true;
    }
  }

  private tabError(): never {
    return this.errorAt("inconsistent use of tabs and spaces in indentation", this.line, this.lineStart, 1, 0, "TabError", true);
  }

  /** A backslash at `bs`: must be followed by a newline and more input. */
  private continuation(bs: number): void {
    const s = this.src;
    const c = bs + 1 < this.len ? s.charCodeAt(bs + 1) : -1;
    if (c !== C_NL) {
      // CPython reports the column after the character following the backslash, plus one
      const off = this.colAt(Math.min(bs + 2, this.len), this.lineStart);
      this.errorAt("unexpected character after line continuation character", this.line, this.lineStart, off, 0, "SyntaxError", true);
    }
    if (bs + 2 >= this.len) {
      if (this.parens.length > 0) {
        // the parser reports the unclosed bracket
        this.pos = this.len;
        return;
      }
      const text = this.lineTextAt(this.lineStart);
      this.errorAt("unexpected EOF while parsing", this.line, this.lineStart, [...text].length, -1, "SyntaxError", true);
    }
    this.pos = bs + 2;
    this.newline(bs + 1);
  }

  // ---- identifiers and strings ----------------------------------------------------------------

  private identifierOrString(start: number, first: number): void {
    const s = this.src;
    let c = first;
    // string prefixes
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
      else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
      else break;
      this.pos++;
      c = this.pos < this.len ? s.charCodeAt(this.pos) : -1;
      if (c === C_SQUOTE || c === C_DQUOTE) {
        this.string(start, this.pos);
        return;
      }
    }
    let nonascii = false;
    while (c >= 0 && isIdentChar(c)) {
      if (c >= 128) nonascii = true;
      this.pos++;
      c = this.pos < this.len ? s.charCodeAt(this.pos) : -1;
    }
    const text = s.slice(start, this.pos);
    if (nonascii) this.verifyIdentifier(start, text);
    this.push(TokenType.NAME, text, this.line, this.lineStart, start, this.line, this.lineStart, this.pos);
  }

  private verifyIdentifier(start: number, text: string): void {
    let i = 0;
    let first = true;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const ok = first ? ID_START.test(ch) : ID_CONTINUE.test(ch);
      if (!ok) {
        const cur = start + i + ch.length;
        if (isPrintable(cp)) this.errorCur(`invalid character '${ch}' (U+${hex4(cp)})`, cur);
        this.errorCur(`invalid non-printable character U+${hex4(cp)}`, cur);
      }
      first = false;
      i += ch.length;
    }
  }

  /** A string literal whose token starts at `start` (prefix) and whose opening quote is at `q`. */
  private string(start: number, q: number): void {
    const s = this.src;
    const quote = s.charCodeAt(q);
    const firstLine = this.line;
    const firstLs = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    let p = q + 1;
    if (p < this.len && s.charCodeAt(p) === quote) {
      if (p + 1 < this.len && s.charCodeAt(p + 1) === quote) {
        quoteSize = 3;
        p += 2;
      } else {
        endQuoteSize = 1;
        p += 1;
      }
    }
    while (endQuoteSize !== quoteSize) {
      const c = p < this.len ? s.charCodeAt(p) : -1;
      if (c === -1 || (quoteSize === 1 && c === C_NL)) {
        const detected = this.absLine(c === -1 && p > 0 && s.charCodeAt(p - 1) === C_NL ? this.line - 1 : this.line);
        const off = this.colAt(start, firstLs) + 1;
        this.line = firstLine;
        this.lineStart = firstLs;
        if (quoteSize === 3) {
          this.errorAt(`unterminated triple-quoted string literal (detected at line ${detected})`, firstLine, firstLs, off, off);
        }
        this.errorAt(`unterminated string literal (detected at line ${detected})`, firstLine, firstLs, off, off);
      }
      p++;
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === C_NL) {
          this.newline(p - 1);
        } else if (c === C_BSLASH) {
          if (p < this.len) {
            if (s.charCodeAt(p) === C_NL) this.newline(p);
            p++;
          }
        }
      }
    }
    this.pos = p;
    this.push(TokenType.STRING, s.slice(start, p), firstLine, firstLs, start, this.line, this.lineStart, p);
  }

  // ---- numbers ---------------------------------------------------------------------------------

  private ch(p: number): number {
    return p < this.len ? this.src.charCodeAt(p) : -1;
  }

  /** CPython's verify_end_of_number: `p` is the index of the character after the literal. */
  private verifyEnd(p: number, kind: string): void {
    const s = this.src;
    const c = this.ch(p);
    let r = false;
    if (c === 97) r = s.startsWith("nd", p + 1);
    else if (c === 101) r = s.startsWith("lse", p + 1);
    else if (c === 102) r = s.startsWith("or", p + 1);
    else if (c === 105) {
      const c2 = this.ch(p + 1);
      r = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) r = s.startsWith("r", p + 1);
    else if (c === 110) r = s.startsWith("ot", p + 1);
    if (r) return;
    if (c >= 0 && isIdentChar(c)) {
      this.errorCur(`invalid ${kind} literal`, p);
    }
  }

  /** Scans decimal digits with single underscores; returns the index after them. */
  private decimalTail(p: number): number {
    for (;;) {
      while (isDigit(this.ch(p))) p++;
      if (this.ch(p) !== C_UNDERSCORE) return p;
      p++;
      if (!isDigit(this.ch(p))) this.errorCur("invalid decimal literal", p);
    }
  }

  private number(start: number): void {
    let p = start;
    let c = this.ch(p);
    const finish = (end: number): void => {
      this.pos = end;
      this.push(TokenType.NUMBER, this.src.slice(start, end), this.line, this.lineStart, start, this.line, this.lineStart, end);
    };
    if (c === C_DOT) {
      p++;
      return finish(this.fraction(p));
    }
    if (c === C_0) {
      p++;
      c = this.ch(p);
      if (c === 120 || c === 88) {
        p++;
        c = this.ch(p);
        do {
          if (c === C_UNDERSCORE) c = this.ch(++p);
          if (!isHexDigit(c)) this.errorCur("invalid hexadecimal literal", p);
          do c = this.ch(++p);
          while (isHexDigit(c));
        } while (c === C_UNDERSCORE);
        this.verifyEnd(p, "hexadecimal");
        return finish(p);
      }
      if (c === 111 || c === 79) {
        p++;
        c = this.ch(p);
        do {
          if (c === C_UNDERSCORE) c = this.ch(++p);
          if (c < C_0 || c >= 56) {
            if (isDigit(c)) this.errorCur(`invalid digit '${String.fromCharCode(c)}' in octal literal`, p + 1);
            this.errorCur("invalid octal literal", p);
          }
          do c = this.ch(++p);
          while (c >= C_0 && c < 56);
        } while (c === C_UNDERSCORE);
        if (isDigit(c)) this.errorCur(`invalid digit '${String.fromCharCode(c)}' in octal literal`, p + 1);
        this.verifyEnd(p, "octal");
        return finish(p);
      }
      if (c === 98 || c === 66) {
        p++;
        c = this.ch(p);
        do {
          if (c === C_UNDERSCORE) c = this.ch(++p);
          if (c !== C_0 && c !== 49) {
            if (isDigit(c)) this.errorCur(`invalid digit '${String.fromCharCode(c)}' in binary literal`, p + 1);
            this.errorCur("invalid binary literal", p);
          }
          do c = this.ch(++p);
          while (c === C_0 || c === 49);
        } while (c === C_UNDERSCORE);
        if (isDigit(c)) this.errorCur(`invalid digit '${String.fromCharCode(c)}' in binary literal`, p + 1);
        this.verifyEnd(p, "binary");
        return finish(p);
      }
      // maybe old-style octal; in any case allow '0' as a literal
      let nonzero = false;
      for (;;) {
        if (c === C_UNDERSCORE) {
          c = this.ch(++p);
          if (!isDigit(c)) this.errorCur("invalid decimal literal", p);
        }
        if (c !== C_0) break;
        c = this.ch(++p);
      }
      const zerosEnd = p;
      if (isDigit(c)) {
        nonzero = true;
        p = this.decimalTail(p);
        c = this.ch(p);
      }
      if (c === C_DOT) return finish(this.fraction(p + 1));
      if (c === 101 || c === 69) return finish(this.exponent(p));
      if (c === 106 || c === 74) return finish(this.imaginary(p));
      if (nonzero) {
        const off = this.colAt(start, this.lineStart) + 1;
        const end = this.colAt(zerosEnd, this.lineStart) + 1;
        this.errorAt(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          this.line,
          this.lineStart,
          off,
          end,
        );
      }
      this.verifyEnd(p, "decimal");
      return finish(p);
    }
    // decimal
    p = this.decimalTail(p);
    c = this.ch(p);
    if (c === C_DOT) return finish(this.fraction(p + 1));
    if (c === 101 || c === 69) return finish(this.exponent(p));
    if (c === 106 || c === 74) return finish(this.imaginary(p));
    this.verifyEnd(p, "decimal");
    finish(p);
  }

  /** After the '.', returns the end of the literal. */
  private fraction(p: number): number {
    if (isDigit(this.ch(p))) p = this.decimalTail(p);
    const c = this.ch(p);
    if (c === 101 || c === 69) return this.exponent(p);
    if (c === 106 || c === 74) return this.imaginary(p);
    this.verifyEnd(p, "decimal");
    return p;
  }

  /** At the 'e'; returns the end of the literal. */
  private exponent(p: number): number {
    const e = p;
    p++;
    let c = this.ch(p);
    if (c === 43 || c === 45) {
      p++;
      c = this.ch(p);
      if (!isDigit(c)) this.errorCur("invalid decimal literal", p);
    } else if (!isDigit(c)) {
      // "1e" followed by something else: the number ends before the 'e'
      this.verifyEnd(e, "decimal");
      return e;
    }
    p = this.decimalTail(p);
    c = this.ch(p);
    if (c === 106 || c === 74) return this.imaginary(p);
    this.verifyEnd(p, "decimal");
    return p;
  }

  /** At the 'j'; returns the end of the literal. */
  private imaginary(p: number): number {
    p++;
    this.verifyEnd(p, "imaginary");
    return p;
  }
}
