// `npm run bench` (after `npm run build`): see src/evaluation/run-bench.ts.
await import('../dist/evaluation/run-bench.js');
