// The one error the lexer and parser throw; the runtime turns it into a Python SyntaxError.

/** Python exception class a syntax error maps to. */
export type SyntaxErrorType = "SyntaxError" | "IndentationError" | "TabError";

/**
 * A syntax error found by the lexer or parser, carrying exactly the fields of CPython's
 * `SyntaxError` (`msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset`).
 * Offsets are 1-based columns counted in code points, as CPython reports them. A few errors
 * have no location in CPython (None): they carry lineno/offset 0 and text null (e.g. "source
 * code string cannot contain null bytes"). Some CPython locations are unusual (end_offset 0 or
 * -1 for unclosed brackets and indentation errors); they are reproduced as CPython gives them.
 */
export class PySyntaxErrorInfo extends Error {
  /** Python exception type to raise. */
  readonly pyType: SyntaxErrorType;
  /** The message, e.g. "invalid syntax". */
  readonly msg: string;
  /** File name given to the parser. */
  readonly filename: string;
  /** 1-based line of the error. */
  readonly lineno: number;
  /** 1-based column of the error (CPython's `SyntaxError.offset`). */
  readonly offset: number;
  /** The source line (with its newline, as CPython keeps it), or null. */
  readonly text: string | null;
  /** 1-based last line of the offending range. */
  readonly endLineno: number;
  /** 1-based column just past the offending range (CPython's `end_offset`). */
  readonly endOffset: number;

  /** Builds the error; `endLineno`/`endOffset` default to the start position. */
  constructor(
    pyType: SyntaxErrorType,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    text: string | null,
    endLineno?: number,
    endOffset?: number,
  ) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = pyType;
    this.pyType = pyType;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.endLineno = endLineno ?? lineno;
    this.endOffset = endOffset ?? offset;
  }
}
