/** Int8 quantisation shared by both trained models: the weights ship at a quarter of the float size. */
export function quantizeInt8(w: Float32Array): { scale: number; b64: string } {
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]!));
  // All-zero weights (no training data) keep a usable scale.
  const scale = maxAbs / 127 || 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scale)));
  return { scale, b64: Buffer.from(q.buffer).toString('base64') };
}
