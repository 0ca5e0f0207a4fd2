import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../src/indexing/embedders/symmetric-eigen.js';
import {
  orthonormalBasis,
  rightSingularProjection,
  type SparseRow,
} from '../../src/indexing/embedders/truncated-svd.js';

/** Deterministic pseudo-random numbers in [-0.5, 0.5). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
}

function randomSymmetric(n: number, seed: number): Float64Array {
  const next = random(seed);
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const value = next();
      m[i * n + j] = value;
      m[j * n + i] = value;
    }
  }
  return m;
}

/** Largest |MᵀM − I| over the columns of a row-major rows × width matrix. */
function orthonormalityError(m: Float64Array, rows: number, width: number): number {
  let worst = 0;
  for (let i = 0; i < width; i++) {
    for (let j = 0; j < width; j++) {
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += m[r * width + i]! * m[r * width + j]!;
      worst = Math.max(worst, Math.abs(dot - (i === j ? 1 : 0)));
    }
  }
  return worst;
}

describe('symmetricEigen', () => {
  it.each([1, 2, 3, 10, 60])('GIVEN a random symmetric %i × %i matrix THEN A v = λ v with orthonormal v', (n) => {
    const a = randomSymmetric(n, n);
    const { values, vectors } = symmetricEigen(a, n);
    for (let i = 0; i < n; i++) {
      for (let r = 0; r < n; r++) {
        let av = 0;
        for (let k = 0; k < n; k++) av += a[r * n + k]! * vectors[k * n + i]!;
        expect(Math.abs(av - values[i]! * vectors[r * n + i]!)).toBeLessThan(1e-12);
      }
    }
    expect(orthonormalityError(vectors, n, n)).toBeLessThan(1e-12);
  });

  it('finds repeated and zero eigenvalues', () => {
    const diagonal = new Float64Array([2, 0, 0, 0, 2, 0, 0, 0, 0]);
    expect([...symmetricEigen(diagonal, 3).values].sort()).toEqual([0, 2, 2]);
    expect(symmetricEigen(new Float64Array(0), 0).values).toHaveLength(0);
  });
});

describe('orthonormalBasis', () => {
  it('GIVEN independent columns THEN returns orthonormal columns spanning the same space', () => {
    const rows = 40;
    const width = 6;
    const next = random(7);
    const y = Float64Array.from({ length: rows * width }, next);
    const q = orthonormalBasis(y, rows, width);
    expect(orthonormalityError(q, rows, width)).toBeLessThan(1e-12);
    // Each column of y is reproduced by its projection on the basis (Q Qᵀ y = y).
    for (let c = 0; c < width; c++) {
      const coefficients = Array.from({ length: width }, (_, j) => {
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += q[r * width + j]! * y[r * width + c]!;
        return dot;
      });
      for (let r = 0; r < rows; r++) {
        const projected = coefficients.reduce((sum, coefficient, j) => sum + coefficient * q[r * width + j]!, 0);
        expect(projected).toBeCloseTo(y[r * width + c]!, 10);
      }
    }
  });

  it('GIVEN a dependent column THEN that column becomes zero and the others stay orthonormal', () => {
    const rows = 10;
    const y = new Float64Array(rows * 3);
    const next = random(3);
    for (let r = 0; r < rows; r++) {
      y[r * 3] = next();
      y[r * 3 + 1] = next();
      y[r * 3 + 2] = 2 * y[r * 3]! - y[r * 3 + 1]!;
    }
    const q = orthonormalBasis(y, rows, 3);
    for (let r = 0; r < rows; r++) expect(q[r * 3 + 2]).toBe(0);
    const firstTwo = Float64Array.from({ length: rows * 2 }, (_, i) => q[Math.floor(i / 2) * 3 + (i % 2)]!);
    expect(orthonormalityError(firstTwo, rows, 2)).toBeLessThan(1e-12);
  });
});

describe('rightSingularProjection', () => {
  it('GIVEN a range finder as wide as the rank THEN equals the exact right singular vectors scaled by √σ', () => {
    // 12 documents × 8 terms, sparse; the exact answer comes from the eigenvectors of AᵀA.
    const documents = 12;
    const terms = 8;
    const next = random(11);
    const dense = new Float64Array(documents * terms);
    const rows: SparseRow[] = [];
    for (let d = 0; d < documents; d++) {
      const ids: number[] = [];
      const values: number[] = [];
      for (let t = 0; t < terms; t++) {
        if (next() < -0.1) continue; // ~40% zeros
        const value = next() + 0.6;
        dense[d * terms + t] = value;
        ids.push(t);
        values.push(value);
      }
      rows.push({ ids: Int32Array.from(ids), values: Float64Array.from(values) });
    }
    const rank = 3;
    const start = Float64Array.from({ length: terms * terms }, next);
    const projection = rightSingularProjection(rows, terms, { rank, width: terms, powerIterations: 2, start });

    const ata = new Float64Array(terms * terms);
    for (let i = 0; i < terms; i++) {
      for (let j = 0; j < terms; j++) {
        for (let d = 0; d < documents; d++) ata[i * terms + j]! += dense[d * terms + i]! * dense[d * terms + j]!;
      }
    }
    const { values, vectors } = symmetricEigen(ata, terms);
    const order = [...values.keys()].sort((p, q) => values[q]! - values[p]!).slice(0, rank);
    order.forEach((i, d) => {
      const scale = Math.sqrt(Math.sqrt(values[i]!)); // √σ, σ² being the eigenvalue of AᵀA
      const expected = Array.from({ length: terms }, (_, t) => vectors[t * terms + i]! * scale);
      const largest = expected.reduce((best, value) => (Math.abs(value) > Math.abs(best) ? value : best), 0);
      for (let t = 0; t < terms; t++) {
        expect(projection[t * rank + d]).toBeCloseTo(Math.sign(largest) * expected[t]!, 5);
      }
    });
  });
});
