// `npm run eval` (after `npm run build`): see src/evaluation/run-eval.ts.
await import('../dist/evaluation/run-eval.js');
