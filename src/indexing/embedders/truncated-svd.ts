/**
 * Truncated SVD of a sparse documents × terms matrix A by a randomized range finder with power
 * iterations (Halko et al. 2011), in plain loops over flat Float64Arrays. Dense matrices are
 * row-major with a small width (the number of directions, ~100), so inner loops run over
 * contiguous memory; the inner loops are small functions, which the JIT optimizes within the
 * first call. Work is kept on the documents side where possible (fewer rows than terms).
 */
import { symmetricEigen } from './symmetric-eigen.js';

/** One row of the sparse matrix: column ids and values, in the same order. */
export interface SparseRow {
  ids: Int32Array;
  values: Float64Array;
}

export interface TruncatedSvdOptions {
  /** Directions kept (k). */
  rank: number;
  /** Directions of the range finder (l ≥ k): the extra ones make the top k more accurate. */
  width: number;
  powerIterations: number;
  /** The random starting directions Z, row-major (columns × width), e.g. standard normal. */
  start: Float64Array;
}

/**
 * The right singular vectors v of the `rank` largest singular values σ of A, each scaled by √σ,
 * as a row-major `columns × rank` matrix (terms × directions) of 32-bit floats. The sign of each
 * direction is fixed (its largest entry is positive), so the result does not depend on the
 * eigen-solver's conventions.
 */
export function rightSingularProjection(
  rows: SparseRow[],
  columns: number,
  options: TruncatedSvdOptions,
): Float32Array {
  const { rank, width, powerIterations, start } = options;
  const n = rows.length;
  // Q: an orthonormal basis of the range of A (AᵀA)^q Z (documents × width). Only the range
  // matters until the last step, so the intermediate bases get one Cholesky QR pass.
  let q = multiplySparse(rows, start, width);
  for (let i = 0; i < powerIterations; i++) {
    if (!choleskyOrthonormalize(q, n, width)) q = orthonormalBasis(q, n, width);
    q = multiplySparse(rows, multiplySparseTransposed(rows, q, columns, width), width);
  }
  q = orthonormalBasis(q, n, width);
  // B = QᵀA; the eigenvectors W of B Bᵀ = Qᵀ A (AᵀQ) give the right singular vectors v = Bᵀw/σ.
  const aat = multiplySparse(rows, multiplySparseTransposed(rows, q, columns, width), width);
  const { values, vectors } = symmetricEigen(symmetricProduct(q, aat, n, width), width);
  const order = Array.from(values, (value, i) => ({ value, i }))
    .sort((p, r) => r.value - p.value)
    .slice(0, rank);
  // Directions kept with weight √σ (weighted by importance): v·√σ = Bᵀw·(√σ/σ) = Aᵀ(Q W S).
  const scaledW = new Float64Array(width * rank);
  order.forEach(({ value, i }, d) => {
    const sigma = Math.sqrt(Math.max(value, 1e-12));
    const scale = Math.sqrt(sigma) / sigma;
    for (let r = 0; r < width; r++) scaledW[r * rank + d] = vectors[r * width + i]! * scale;
  });
  const qw = new Float64Array(n * rank);
  for (let d = 0; d < n; d++) {
    for (let r = 0; r < width; r++) addScaledRow(qw, d * rank, scaledW, r * rank, q[d * width + r]!, rank);
  }
  const projection = multiplySparseTransposed(rows, qw, columns, rank);
  fixSigns(projection, columns, rank);
  return Float32Array.from(projection);
}

/** A X, with X row-major (columns × width): a row-major (rows × width) matrix. */
export function multiplySparse(rows: SparseRow[], x: Float64Array, width: number): Float64Array {
  const out = new Float64Array(rows.length * width);
  for (let d = 0; d < rows.length; d++) {
    const { ids, values } = rows[d]!;
    for (let i = 0; i < ids.length; i++) addScaledRow(out, d * width, x, ids[i]! * width, values[i]!, width);
  }
  return out;
}

/** Aᵀ Y, with Y row-major (rows × width): a row-major (columns × width) matrix. */
export function multiplySparseTransposed(
  rows: SparseRow[],
  y: Float64Array,
  columns: number,
  width: number,
): Float64Array {
  const out = new Float64Array(columns * width);
  for (let d = 0; d < rows.length; d++) {
    const { ids, values } = rows[d]!;
    for (let i = 0; i < ids.length; i++) addScaledRow(out, ids[i]! * width, y, d * width, values[i]!, width);
  }
  return out;
}

/** out[o..o+width) += value · x[base..base+width) (unrolled by four: the innermost loop of the SVD). */
function addScaledRow(out: Float64Array, o: number, x: Float64Array, base: number, value: number, width: number): void {
  let c = 0;
  for (; c + 4 <= width; c += 4) {
    out[o + c]! += value * x[base + c]!;
    out[o + c + 1]! += value * x[base + c + 1]!;
    out[o + c + 2]! += value * x[base + c + 2]!;
    out[o + c + 3]! += value * x[base + c + 3]!;
  }
  for (; c < width; c++) out[o + c]! += value * x[base + c]!;
}

function dotAt(a: Float64Array, i: number, b: Float64Array, j: number, length: number): number {
  let sum = 0;
  for (let r = 0; r < length; r++) sum += a[i + r]! * b[j + r]!;
  return sum;
}

/**
 * An orthonormal basis (row-major, n × width) of the columns of a row-major n × width matrix,
 * by Cholesky QR applied twice (the second pass restores orthogonality to machine precision).
 * When the columns are (nearly) dependent, Cholesky QR breaks down: modified Gram–Schmidt, twice,
 * is used instead, and a dependent column becomes zero.
 */
export function orthonormalBasis(y: Float64Array, n: number, width: number): Float64Array {
  const q = Float64Array.from(y);
  if (choleskyOrthonormalize(q, n, width) && choleskyOrthonormalize(q, n, width)) return q;
  return gramSchmidt(y, n, width);
}

/** Smallest share of a column's squared norm that must lie outside the previous columns. */
const MIN_PIVOT_SHARE = 1e-10;

/** Y := Y R⁻¹ with RᵀR = YᵀY (Cholesky), in place; false (Y unchanged) when YᵀY is not safely positive definite. */
function choleskyOrthonormalize(y: Float64Array, n: number, width: number): boolean {
  const gram = gramOfColumns(y, n, width);
  // Upper-triangular R, row-major, built row by row: R[j][i] = (G[j][i] − Σ_{k<j} R[k][j]·R[k][i]) / R[j][j].
  const r = Float64Array.from(gram);
  for (let j = 0; j < width; j++) {
    const pivot = r[j * width + j]!;
    // Also false for NaN, and for a zero column (0 > 0 fails).
    if (!(pivot > MIN_PIVOT_SHARE * gram[j * width + j]!)) return false;
    const diagonal = Math.sqrt(pivot);
    for (let i = j; i < width; i++) r[j * width + i]! /= diagonal;
    // Remove row j's contribution from the rows below (right of the diagonal).
    for (let k = j + 1; k < width; k++) {
      addScaledRow(r, k * width + k, r, j * width + k, -r[j * width + k]!, width - k);
    }
  }
  // Each row x of the result solves x R = y: x_j = y_j / R[j][j], then y_i −= x_j·R[j][i] for i > j.
  for (let d = 0; d < n; d++) {
    const row = d * width;
    for (let j = 0; j < width; j++) {
      const x = y[row + j]! / r[j * width + j]!;
      y[row + j] = x;
      addScaledRow(y, row + j + 1, r, j * width + j + 1, -x, width - j - 1);
    }
  }
  return true;
}

/** Modified Gram–Schmidt, applied twice, on the columns of a row-major n × width matrix. */
function gramSchmidt(rowMajor: Float64Array, n: number, width: number): Float64Array {
  // Column-major copy: each column contiguous.
  const y = new Float64Array(n * width);
  for (let d = 0; d < n; d++) for (let c = 0; c < width; c++) y[c * n + d] = rowMajor[d * width + c]!;
  for (let j = 0; j < width; j++) {
    const v = j * n;
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < j; i++) {
        const dot = dotAt(y, i * n, y, v, n);
        for (let r = 0; r < n; r++) y[v + r]! -= dot * y[i * n + r]!;
      }
    }
    const norm = Math.sqrt(dotAt(y, v, y, v, n));
    if (norm > 1e-10) for (let r = 0; r < n; r++) y[v + r]! /= norm;
    else y.fill(0, v, v + n);
  }
  const out = new Float64Array(n * width);
  for (let d = 0; d < n; d++) for (let c = 0; c < width; c++) out[d * width + c] = y[c * n + d]!;
  return out;
}

/** Mᵀ M for a row-major (rows × width) matrix M: a symmetric (width × width) matrix, row-major. */
export function gramOfColumns(m: Float64Array, rows: number, width: number): Float64Array {
  const gram = new Float64Array(width * width);
  // Four rows of M at a time (a quarter of the loads and stores of the gram matrix).
  let t = 0;
  for (; t + 4 <= rows; t += 4) {
    for (let i = 0; i < width; i++) addOuterRow4(gram, m, t * width, i, width);
  }
  for (; t < rows; t++) {
    for (let i = 0; i < width; i++) addScaledRow(gram, i * width + i, m, t * width + i, m[t * width + i]!, width - i);
  }
  for (let i = 0; i < width; i++) for (let j = i + 1; j < width; j++) gram[j * width + i] = gram[i * width + j]!;
  return gram;
}

/** Xᵀ Y for row-major (rows × width) X and Y whose product is known to be symmetric: the upper triangle, mirrored. */
function symmetricProduct(x: Float64Array, y: Float64Array, rows: number, width: number): Float64Array {
  const out = new Float64Array(width * width);
  for (let t = 0; t < rows; t++) {
    for (let i = 0; i < width; i++) addScaledRow(out, i * width + i, y, t * width + i, x[t * width + i]!, width - i);
  }
  for (let i = 0; i < width; i++) for (let j = i + 1; j < width; j++) out[j * width + i] = out[i * width + j]!;
  return out;
}

/** Upper part of row i of the gram matrix += the products of four consecutive rows of M (from `row`). */
function addOuterRow4(gram: Float64Array, m: Float64Array, row: number, i: number, width: number): void {
  const r1 = row + width;
  const r2 = r1 + width;
  const r3 = r2 + width;
  const a0 = m[row + i]!;
  const a1 = m[r1 + i]!;
  const a2 = m[r2 + i]!;
  const a3 = m[r3 + i]!;
  const g = i * width;
  for (let j = i; j < width; j++) {
    gram[g + j] = gram[g + j]! + a0 * m[row + j]! + a1 * m[r1 + j]! + a2 * m[r2 + j]! + a3 * m[r3 + j]!;
  }
}

/** Negates each column of a row-major matrix whose entry of largest magnitude is negative. */
function fixSigns(m: Float64Array, rows: number, width: number): void {
  for (let c = 0; c < width; c++) {
    let largest = 0;
    for (let r = 0; r < rows; r++) if (Math.abs(m[r * width + c]!) > Math.abs(largest)) largest = m[r * width + c]!;
    if (largest < 0) for (let r = 0; r < rows; r++) m[r * width + c] = -m[r * width + c]!;
  }
}
