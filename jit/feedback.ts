// Type feedback: the interpreter ORs in a bit for the kind of value an instruction produced
// (code.feedback[instruction]); the compiler specialises on instructions that saw one kind.

/** A JS number: a Python int that fits 2**53. */
export const FB_INT = 1;
/** A PyFloat. */
export const FB_FLOAT = 2;
/** A bool. */
export const FB_BOOL = 4;
/** Anything else. */
export const FB_OTHER = 8;
