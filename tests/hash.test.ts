// CPython's hashes for ints, floats and tuples (they decide set iteration order).
import test from "ava";
import { hashTuple, hashTupleReference, hashInt } from "../vm/numeric/hash.js";
import { hash } from "../vm/ops.js";
import { newTuple } from "../vm/objects/tuple.js";
import { PyFloat } from "../vm/objects/float.js";
import { strHashCPython } from "../vm/objects/str_hash.js";
import "../vm/exec.js";

test("tuple hashes match CPython 3.11", (t) => {
  // Values printed by python3 3.11: hash((1,2)), hash(()), hash((1,)), hash((-1, 2**61, '')), hash(((1,2),(3,))), hash((1.5,-2)).
  t.is(hash(newTuple([1, 2])), -3550055125485641917n);
  t.is(hash(newTuple([])), 5740354900026072187n);
  t.is(hash(newTuple([1])), -6644214454873602895n);
  t.is(hash(newTuple([-1, 2n ** 61n, ""])), -6588813705552824907n);
  t.is(hash(newTuple([newTuple([1, 2]), newTuple([3])])), -8303551883679707139n);
  t.is(hash(newTuple([new PyFloat(1.5), -2])), -9002791676578425913n);
});

test("the uint32 tuple hash agrees with the BigInt reference", (t) => {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let i = 0; i < 20000; i++) {
    const n = next() % 6;
    const hs: (number | bigint)[] = [];
    for (let k = 0; k < n; k++) {
      const r = next() % 4;
      hs.push(r === 0 ? (next() % 1000) - 500 : r === 1 ? -1 : r === 2 ? BigInt.asIntN(64, BigInt(next()) * 8589934583n * BigInt(next())) : next() * 4096);
    }
    const a = hashTuple(hs), b = hashTupleReference(hs);
    if (a !== b) {
      t.fail(`mismatch for ${hs.join(",")}: ${a} vs ${b}`);
      return;
    }
  }
  t.pass();
});

test("int and str hashes match CPython (str with PYTHONHASHSEED=0)", (t) => {
  t.is(hashInt(-1), -2);
  t.is(hashInt(2n ** 61n - 1n), 0);
  t.is(hashInt(2n ** 61n), 1);
  t.is(strHashCPython("abc"), -4594863902769663758n);
});
