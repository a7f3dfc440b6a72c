// Times recomputing and re-checking a 500-account KAISM portfolio after one score changes.
// Figures for the closing notes and the README, not a test: machines differ.
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';

const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
const { computePortfolio } = await vite.ssrLoadModule('/src/domain/kaism/compute.ts');
const { findFragileAccounts } = await vite.ssrLoadModule('/src/domain/kaism/sensitivity.ts');
const { emptyKaism } = await vite.ssrLoadModule('/src/domain/kaism/model.ts');

const data = emptyKaism();
for (let i = 0; i < 500; i += 1) {
  const score = (n) => ((n * i * 7) % 10) + 1;
  data.accounts.push({ id: `a${i}`, name: `Account ${i}`, volume: 1000 + i * 37, potential: null, attractiveness: [1, 2, 3, 4, 5].map(score), strength: [5, 4, 3, 2, 1].map(score), competitor: [5, 5, 5, 5, 5] });
}
const runs = 50;
const times = [];
for (let run = 0; run < runs; run += 1) {
  data.accounts[run % 500].attractiveness[0] = (run % 10) + 1;
  const t0 = performance.now();
  const portfolio = computePortfolio(data);
  findFragileAccounts(data, portfolio);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`500 accounts, ${runs} recomputations (portfolio + robustness check): median ${times[runs / 2].toFixed(2)} ms, worst ${times[runs - 1].toFixed(2)} ms`);
await vite.close();
