// Superinstructions. The interpreter runs `CodeObject.quick`: a copy of the bytecode in which
// the first instruction of some frequent pairs is replaced by a fused opcode (the OPCODES rows
// with `fuses`), saving one dispatch. The second instruction stays in place, so the layout is
// the bytecode's: jump targets, line numbers, exception ranges, inline-cache slots, JIT
// feedback and the pcs of deoptimisation and OSR all keep their meaning, and a jump to the
// second instruction still runs it alone.
import { OPCODES, type Op } from "./opcodes.js";

const fusedOf = new Map<number, Op>();
for (const row of OPCODES) if (row.fuses !== undefined) fusedOf.set(row.fuses[0] * 256 + row.fuses[1], row.op);

/** The interpreter's copy of `bc`, with fusable pairs rewritten. */
export function quicken(bc: Int32Array): Int32Array {
  const q = bc.slice();
  for (let i = 0; i + 2 < bc.length; i += 2) {
    const fused = fusedOf.get(bc[i] * 256 + bc[i + 2]);
    if (fused !== undefined) q[i] = fused;
  }
  return q;
}
