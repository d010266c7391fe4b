/**
 * Inverse of a small square matrix (row-major, p x p; p <= 8 here) by Gauss-Jordan elimination
 * with partial pivoting; null when it is singular. Too small to be worth a matrix library.
 */
export function invert(p: number, matrix: Float64Array): Float64Array | null {
  const a = Float64Array.from(matrix);
  const inv = new Float64Array(p * p);
  for (let i = 0; i < p; i++) inv[i * p + i] = 1;
  let scale = 0;
  for (let i = 0; i < p; i++) scale = Math.max(scale, Math.abs(a[i * p + i]));
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(a[r * p + col]) > Math.abs(a[pivot * p + col])) pivot = r;
    const head = a[pivot * p + col];
    if (Math.abs(head) <= scale * 1e-12) return null;
    if (pivot !== col) swapRows(p, a, inv, pivot, col);
    for (let k = 0; k < p; k++) {
      a[col * p + k] /= head;
      inv[col * p + k] /= head;
    }
    for (let r = 0; r < p; r++) {
      const factor = a[r * p + col];
      if (r === col || factor === 0) continue;
      for (let k = 0; k < p; k++) {
        a[r * p + k] -= factor * a[col * p + k];
        inv[r * p + k] -= factor * inv[col * p + k];
      }
    }
  }
  return inv;
}

function swapRows(p: number, a: Float64Array, b: Float64Array, i: number, j: number): void {
  for (let k = 0; k < p; k++) {
    [a[i * p + k], a[j * p + k]] = [a[j * p + k], a[i * p + k]];
    [b[i * p + k], b[j * p + k]] = [b[j * p + k], b[i * p + k]];
  }
}

/** y = M x for a p x p row-major M. */
export function multiply(p: number, m: Float64Array, x: Float64Array): Float64Array {
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = 0;
    for (let k = 0; k < p; k++) sum += m[i * p + k] * x[k];
    y[i] = sum;
  }
  return y;
}

export function dot(p: number, a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < p; i++) sum += a[i] * b[i];
  return sum;
}
