// Bytes → str where each byte is one code point (latin-1), for any length.

/** The string whose code units are the bytes of `d`; built in chunks because
 *  String.fromCharCode(...d) passes every byte as an argument and overflows the JS stack. */
export function latin1String(d: Uint8Array): string {
  const CHUNK = 8192;
  if (d.length <= CHUNK) return String.fromCharCode.apply(null, d as unknown as number[]);
  let out = "";
  for (let i = 0; i < d.length; i += CHUNK) out += String.fromCharCode.apply(null, d.subarray(i, i + CHUNK) as unknown as number[]);
  return out;
}
