import { createChart, colors, line } from './charts.js';
import { number, points, rebased } from './format.js';

const dates = (rows) => rows.map((r) => r.date);

export function createMarketCharts(markets) {
  const rs = markets.relativeStrength;
  const last = rs.length > 0 ? rs[rs.length - 1] : null;
  document.getElementById('streak-note').textContent = last
    ? `Outperformance streak on ${last.date}: ${number(last.streak, 0)} sessions`
      + (last.longestSince ? `, the longest since ${last.longestSince}` : '')
    : 'No Russell 2000 data yet.';

  const eq = markets.equityCrypto;
  document.getElementById('equity-crypto-note').textContent =
    'Both rebased to 100 at the first date; correlation of daily log returns over 90 sessions (right axis).';
  const asi = markets.altSeasonIndex;
  document.getElementById('asi-note').textContent = '≥ 75 altcoin season, ≤ 25 bitcoin season.';
  const dom = markets.dominance;

  return {
    relativeStrength: createChart('rs-chart', {
      labels: dates(rs),
      datasets: [
        line('RUT/SPX ratio', points(rs, (r) => r.ratio), colors.rut, { yAxisID: 'y' }),
        { type: 'bar', label: 'Streak (sessions)', data: points(rs, (r) => r.streak), backgroundColor: colors.streak, yAxisID: 'y1' },
      ],
      scales: { y: { position: 'left' }, y1: { position: 'right', grid: { drawOnChartArea: false }, beginAtZero: true } },
    }),
    equityCrypto: createChart('equity-crypto-chart', {
      labels: dates(eq),
      datasets: [
        line('Russell 2000 (rebased)', rebased(points(eq, (r) => r.russell2000)), colors.rut),
        line('Total crypto market cap (rebased)', rebased(points(eq, (r) => r.cryptoMarketCap)), colors.crypto),
        line('Correlation, 90 sessions', points(eq, (r) => r.correlation), colors.correlation, { yAxisID: 'y1', borderDash: [4, 3] }),
      ],
      scales: { y: { position: 'left' }, y1: { position: 'right', min: -1, max: 1, grid: { drawOnChartArea: false } } },
    }),
    altSeasonIndex: createChart('asi-chart', {
      labels: dates(asi),
      datasets: [
        line('Altcoin Season Index', points(asi, (r) => r.value), colors.asi, { fill: false }),
        line('altcoin season (75)', asi.map((r) => ({ x: r.date, y: 75 })), 'rgba(88, 194, 125, 0.6)', { borderDash: [6, 4], borderWidth: 1, pointHitRadius: 0 }),
        line('bitcoin season (25)', asi.map((r) => ({ x: r.date, y: 25 })), 'rgba(240, 138, 93, 0.6)', { borderDash: [6, 4], borderWidth: 1, pointHitRadius: 0 }),
      ],
      scales: { y: { min: 0, max: 100 } },
    }),
    dominance: createChart('dominance-chart', {
      labels: dates(dom),
      datasets: [
        line('BTC dominance %', points(dom, (r) => r.btcDominance), colors.dominance, { yAxisID: 'y' }),
        line('OTHERS/BTC', points(dom, (r) => r.othersToBtc), colors.othersBtc, { yAxisID: 'y1' }),
      ],
      scales: { y: { position: 'left' }, y1: { position: 'right', grid: { drawOnChartArea: false } } },
    }),
  };
}
