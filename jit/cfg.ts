// Control-flow graph of a code object: basic blocks, reverse postorder, dominators, loops.
// The code generator walks it with Ramsey's "Beyond Relooper" scheme (jit/structure.ts), so
// every reducible CFG becomes wasm's structured block/loop/if without a dispatch loop.
import { Op, OPCODES } from "../vm/opcodes.js";
import type { CodeObject } from "../vm/code.js";

/** A straight-line run of instructions [start, end). */
export interface BasicBlock {
  /** Index in {@link Cfg.blocks}. */
  id: number;
  /** First instruction index. */
  start: number;
  /** One past the last instruction index. */
  end: number;
  /** Successors: [fall-through/next, jump target] for branches; [target] for JUMP; [] for returns. */
  succs: number[];
  /** Predecessors (reachable ones only, filled by {@link buildCfg}). */
  preds: number[];
  /** Position in reverse postorder, or -1 when unreachable from the entry. */
  rpo: number;
  /** Immediate dominator's id (entry: itself). */
  idom: number;
  /** True when some edge into it goes backwards (it heads a loop). */
  loopHeader: boolean;
  /** True when two or more forward edges reach it (it follows a wasm block). */
  merge: boolean;
  /** Dominator-tree children. */
  children: number[];
}

/** The CFG of one code object, seen from one entry block. */
export interface Cfg {
  /** Every block, in bytecode order. */
  blocks: BasicBlock[];
  /** Block id that holds each instruction. */
  blockOf: Int32Array;
  /** Reachable blocks in reverse postorder. */
  order: number[];
  /** Entry block id. */
  entry: number;
}

/** Why a function cannot be structured (thrown as a JIT rejection). */
export class CfgError extends Error {}

function endsBlock(op: number): boolean {
  const info = OPCODES[op];
  return info.isJump === true || info.isTerminator === true || op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

/** Builds the CFG, keeping only blocks reachable from the block starting at instruction `entryPc`. */
export function buildCfg(code: CodeObject, entryPc: number): Cfg {
  const bc = code.bytecode;
  const n = bc.length >> 1;
  const leader = new Uint8Array(n + 1);
  leader[0] = 1;
  leader[entryPc] = 1;
  for (let i = 0; i < n; i++) {
    const op = bc[2 * i];
    if (OPCODES[op].isJump) leader[bc[2 * i + 1]] = 1;
    if (endsBlock(op)) leader[i + 1] = 1;
  }
  const blocks: BasicBlock[] = [];
  const blockOf = new Int32Array(n);
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !leader[j]) j++;
    const b: BasicBlock = { id: blocks.length, start: i, end: j, succs: [], preds: [], rpo: -1, idom: -1, loopHeader: false, merge: false, children: [] };
    for (let k = i; k < j; k++) blockOf[k] = b.id;
    blocks.push(b);
    i = j;
  }
  for (const b of blocks) {
    const last = b.end - 1;
    const op = bc[2 * last];
    const info = OPCODES[op];
    const target = info.isJump ? blockOf[bc[2 * last + 1]] : -1;
    if (op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE) b.succs = [];
    else if (op === Op.JUMP) b.succs = [target];
    else if (info.isJump) b.succs = [blockOf[b.end], target];
    else if (b.end < n) b.succs = [blockOf[b.end]];
  }
  const entry = blockOf[entryPc];
  // Reverse postorder by an explicit-stack DFS.
  const post: number[] = [];
  const state = new Uint8Array(blocks.length);
  const stack: [number, number][] = [[entry, 0]];
  state[entry] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const b = blocks[top[0]];
    if (top[1] < b.succs.length) {
      const s = b.succs[top[1]++];
      if (state[s] === 0) {
        state[s] = 1;
        stack.push([s, 0]);
      }
    } else {
      post.push(top[0]);
      stack.pop();
    }
  }
  const order = post.reverse();
  order.forEach((id, i) => (blocks[id].rpo = i));
  for (const id of order) for (const s of blocks[id].succs) blocks[s].preds.push(id);
  computeDominators(blocks, order, entry);
  for (const id of order) {
    const b = blocks[id];
    let forward = 0;
    for (const p of b.preds) {
      if (blocks[p].rpo >= b.rpo) {
        if (!dominates(blocks, id, p)) throw new CfgError("irreducible control flow");
        b.loopHeader = true;
      } else forward++;
    }
    b.merge = forward >= 2;
    if (id !== entry) blocks[b.idom].children.push(id);
  }
  return { blocks, blockOf, order, entry };
}

function computeDominators(blocks: BasicBlock[], order: number[], entry: number): void {
  blocks[entry].idom = entry;
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of order) {
      if (id === entry) continue;
      let idom = -1;
      for (const p of blocks[id].preds) {
        if (blocks[p].idom === -1) continue;
        idom = idom === -1 ? p : intersect(blocks, p, idom);
      }
      if (idom !== blocks[id].idom) {
        blocks[id].idom = idom;
        changed = true;
      }
    }
  }
}

function intersect(blocks: BasicBlock[], a: number, b: number): number {
  while (a !== b) {
    while (blocks[a].rpo > blocks[b].rpo) a = blocks[a].idom;
    while (blocks[b].rpo > blocks[a].rpo) b = blocks[b].idom;
  }
  return a;
}

/** True when block `a` dominates block `b`. */
export function dominates(blocks: BasicBlock[], a: number, b: number): boolean {
  for (;;) {
    if (a === b) return true;
    const up = blocks[b].idom;
    if (up === b) return false;
    b = up;
  }
}
