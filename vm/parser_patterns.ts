// Pattern rules of the `match` statement (PEP 634), as in CPython 3.11's grammar.

import type * as ast from "./ast.js";
import { ArgsParser } from "./parser_args.js";
import type { Tok } from "./parser_base.js";
import { TokenType } from "./tokens.js";

/** Adds the pattern grammar to the expression parser. */
export abstract class PatternParser extends ArgsParser {
  /** patterns: open_sequence_pattern → MatchSequence | pattern. */
  protected patterns(): ast.Pattern {
    const start = this.peek();
    const first = this.maybeStarPattern();
    if (!this.isOp(",")) {
      if (first.kind === "MatchStar") this.fail();
      return first;
    }
    const pats = [first];
    while (this.eatOp(",")) {
      if (!this.startsPattern()) break;
      pats.push(this.maybeStarPattern());
    }
    return this.fin<ast.MatchSequence>({ kind: "MatchSequence", patterns: pats }, start);
  }

  /** True if the current token can begin a pattern. */
  protected startsPattern(): boolean {
    const t = this.peek();
    if (this.ty(t) === TokenType.NAME) return true;
    if (this.ty(t) === TokenType.NUMBER || this.ty(t) === TokenType.STRING) return true;
    return this.ty(t) === TokenType.OP && (this.val(t) === "(" || this.val(t) === "[" || this.val(t) === "{" || this.val(t) === "-" || this.val(t) === "*");
  }

  /** pattern: or_pattern ['as' capture target]. */
  protected pattern(): ast.Pattern {
    this.enter();
    try {
      const start = this.peek();
      const p = this.orPattern();
      if (!this.isKw("as")) return p;
      this.advance();
      const t = this.peek();
      if (this.ty(t) === TokenType.NAME && this.val(t) === "_") {
        if (this.checkInvalid) this.raiseAtToken(t, "cannot use '_' as a target");
        this.fail();
      }
      if (!this.isCaptureTarget()) {
        if (this.checkInvalid && this.ty(t) !== TokenType.NAME) {
          const save = this.pos;
          const e = this.attempt(() => this.expression());
          this.pos = save;
          if (e) this.raiseAtNode(e, "invalid pattern target");
        }
        this.fail();
      }
      const name = this.name();
      return this.fin<ast.MatchAs>({ kind: "MatchAs", pattern: p, name }, start);
    } finally {
      this.depth--;
    }
  }

  /** NAME (not "_") not followed by '.', '(' or '='. */
  private isCaptureTarget(): boolean {
    if (!this.isName()) return false;
    const t = this.peek();
    if (this.val(t) === "_") return false;
    return !(this.isOpAt(1, ".") || this.isOpAt(1, "(") || this.isOpAt(1, "="));
  }

  private orPattern(): ast.Pattern {
    const start = this.peek();
    const first = this.closedPattern();
    if (!this.isOp("|")) return first;
    const pats = [first];
    while (this.eatOp("|")) pats.push(this.closedPattern());
    return this.fin<ast.MatchOr>({ kind: "MatchOr", patterns: pats }, start);
  }

  private maybeStarPattern(): ast.Pattern {
    if (this.isOp("*")) {
      const start = this.advance();
      const t = this.peek();
      if (this.ty(t) === TokenType.NAME && this.val(t) === "_") {
        this.advance();
        return this.fin<ast.MatchStar>({ kind: "MatchStar", name: null }, start);
      }
      if (!this.isCaptureTarget()) this.fail();
      const name = this.name();
      return this.fin<ast.MatchStar>({ kind: "MatchStar", name }, start);
    }
    return this.pattern();
  }

  private closedPattern(): ast.Pattern {
    const t = this.peek();
    switch (this.ty(t)) {
      case TokenType.NUMBER:
        return this.literalPattern();
      case TokenType.STRING: {
        const v = this.strings();
        return this.fin<ast.MatchValue>({ kind: "MatchValue", value: v }, t);
      }
      case TokenType.NAME:
        return this.namePattern(t);
      case TokenType.OP:
        switch (this.val(t)) {
          case "-":
            return this.literalPattern();
          case "(":
            return this.parenPattern();
          case "[":
            return this.bracketPattern();
          case "{":
            return this.mappingPattern();
        }
    }
    return this.fail();
  }

  /** signed_number !('+'|'-') | complex_number, as a MatchValue. */
  private literalPattern(): ast.Pattern {
    const start = this.peek();
    const v = this.signedNumberOrComplex();
    return this.fin<ast.MatchValue>({ kind: "MatchValue", value: v }, start);
  }

  /** signed_number | complex_number (also used for mapping keys). */
  private signedNumberOrComplex(): ast.Expr {
    const start = this.peek();
    let real = this.numberAtom();
    if (!this.isOp("+") && !this.isOp("-")) return real;
    // complex_number: signed_real_number ('+'|'-') imaginary_number
    const inner = real.kind === "UnaryOp" ? real.operand : real;
    if (inner.kind !== "Constant" || inner.value.type === "complex") this.raiseAtNode(inner, "real number required in complex literal");
    const opTok = this.advance();
    if (this.ty(this.peek()) !== TokenType.NUMBER) this.fail();
    const imag = this.numberAtom();
    if (imag.kind !== "Constant" || imag.value.type !== "complex") this.raiseAtNode(imag, "imaginary number required in complex literal");
    real = this.fin<ast.BinOp>({ kind: "BinOp", left: real, op: this.val(opTok) === "+" ? "Add" : "Sub", right: imag }, start);
    return real;
  }

  /** NUMBER | '-' NUMBER. */
  private numberAtom(): ast.Expr {
    const t = this.peek();
    if (this.ty(t) === TokenType.OP && this.val(t) === "-") {
      this.advance();
      if (this.ty(this.peek()) !== TokenType.NUMBER) this.fail();
      const n = this.atom();
      return this.fin<ast.UnaryOp>({ kind: "UnaryOp", op: "USub", operand: n }, t);
    }
    if (this.ty(t) !== TokenType.NUMBER) this.fail();
    return this.atom();
  }

  /** Patterns starting with a NAME: singletons, wildcard, capture, value and class patterns. */
  private namePattern(t: Tok): ast.Pattern {
    const v = this.val(t);
    if (v === "None" || v === "True" || v === "False") {
      this.advance();
      const value: ast.ConstantValue = v === "None" ? { type: "None" } : { type: "bool", value: v === "True" };
      return this.fin<ast.MatchSingleton>({ kind: "MatchSingleton", value }, t);
    }
    if (!this.isName()) this.fail();
    if (v === "_") {
      this.advance();
      return this.fin<ast.MatchAs>({ kind: "MatchAs", pattern: null, name: null }, t);
    }
    if (this.isCaptureTarget()) {
      const name = this.name();
      return this.fin<ast.MatchAs>({ kind: "MatchAs", pattern: null, name }, t);
    }
    // name_or_attr
    let e: ast.Expr = this.nameNode(this.advance());
    let dotted = false;
    while (this.isOp(".")) {
      this.advance();
      const attr = this.name();
      e = this.fin<ast.Attribute>({ kind: "Attribute", value: e, attr, ctx: "Load" }, t);
      dotted = true;
    }
    if (this.isOp("(")) return this.classPattern(e, t);
    if (!dotted || this.isOp("=")) this.fail();
    return this.fin<ast.MatchValue>({ kind: "MatchValue", value: e }, t);
  }

  private classPattern(cls: ast.Expr, start: Tok): ast.Pattern {
    this.advance(); // '('
    const patterns: ast.Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: ast.Pattern[] = [];
    while (!this.isOp(")")) {
      if (this.isName() && this.isOpAt(1, "=")) {
        kwdAttrs.push(this.name());
        this.advance();
        kwdPatterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwdAttrs.length > 0) {
          if (this.checkInvalid) {
            // invalid_class_pattern: positional patterns after keyword patterns
            let last = p;
            while (this.eatOp(",")) {
              if (this.isOp(")") || (this.isName() && this.isOpAt(1, "="))) break;
              const q = this.attempt(() => this.pattern());
              if (!q) break;
              last = q;
            }
            this.raiseRange(p, last, "positional patterns follow keyword patterns");
          }
          this.fail();
        }
        patterns.push(p);
      }
      if (!this.eatOp(",")) break;
    }
    this.expectOp(")");
    return this.fin<ast.MatchClass>({ kind: "MatchClass", cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns }, start);
  }

  /** group_pattern | '(' sequence ')'. */
  private parenPattern(): ast.Pattern {
    const start = this.advance();
    if (this.eatOp(")")) return this.fin<ast.MatchSequence>({ kind: "MatchSequence", patterns: [] }, start);
    const first = this.maybeStarPattern();
    if (this.isOp(")") && first.kind !== "MatchStar") {
      this.advance();
      return first;
    }
    if (!this.isOp(",")) this.fail();
    const pats = [first];
    while (this.eatOp(",")) {
      if (this.isOp(")")) break;
      pats.push(this.maybeStarPattern());
    }
    this.expectOp(")");
    return this.fin<ast.MatchSequence>({ kind: "MatchSequence", patterns: pats }, start);
  }

  private bracketPattern(): ast.Pattern {
    const start = this.advance();
    const pats: ast.Pattern[] = [];
    while (!this.isOp("]")) {
      pats.push(this.maybeStarPattern());
      if (!this.eatOp(",")) break;
    }
    this.expectOp("]");
    return this.fin<ast.MatchSequence>({ kind: "MatchSequence", patterns: pats }, start);
  }

  private mappingPattern(): ast.Pattern {
    const start = this.advance();
    const keys: ast.Expr[] = [];
    const patterns: ast.Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp("}")) {
      if (this.isOp("**")) {
        this.advance();
        if (!this.isCaptureTarget()) this.fail();
        rest = this.name();
        this.eatOp(",");
        break;
      }
      keys.push(this.mappingKey());
      this.expectOp(":");
      patterns.push(this.pattern());
      if (!this.eatOp(",")) break;
    }
    this.expectOp("}");
    return this.fin<ast.MatchMapping>({ kind: "MatchMapping", keys, patterns, rest }, start);
  }

  /** literal_expr | attr. */
  private mappingKey(): ast.Expr {
    const t = this.peek();
    if (this.ty(t) === TokenType.NUMBER || (this.ty(t) === TokenType.OP && this.val(t) === "-")) return this.signedNumberOrComplex();
    if (this.ty(t) === TokenType.STRING) return this.strings();
    if (this.ty(t) === TokenType.NAME) {
      if (this.val(t) === "None" || this.val(t) === "True" || this.val(t) === "False") return this.atom();
      if (!this.isName()) this.fail();
      let e: ast.Expr = this.nameNode(this.advance());
      if (!this.isOp(".")) this.fail();
      while (this.eatOp(".")) {
        const attr = this.name();
        e = this.fin<ast.Attribute>({ kind: "Attribute", value: e, attr, ctx: "Load" }, t);
      }
      return e;
    }
    return this.fail();
  }
}
