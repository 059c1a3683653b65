import { createChart, colors, line } from './charts.js';

// Regime bands of SIGNALS.md drawn as filled constant series: each fills down to the band below it.
const bands = [
  { label: 'bitcoin season (≤ 25)', top: 25, color: 'rgba(240, 138, 93, 0.16)', fill: 'origin' },
  { label: 'neutral', top: 50, color: 'rgba(245, 185, 66, 0.12)', fill: '-1' },
  { label: 'building', top: 75, color: 'rgba(144, 200, 90, 0.12)', fill: '-1' },
  { label: 'altcoin season (≥ 75)', top: 100, color: 'rgba(88, 194, 125, 0.18)', fill: '-1' },
];

const bandDatasets = (dates) => bands.map((band) => ({
  label: band.label,
  data: dates.map((date) => ({ x: date, y: band.top })),
  backgroundColor: band.color,
  borderWidth: 0,
  pointRadius: 0,
  pointHitRadius: 0,
  fill: band.fill,
  order: 10,
}));

// The score is dataset 0; the bands follow it.
export function createScoreChart(scores, onSelect) {
  const dates = scores.map((s) => s.date);
  return createChart('score-chart', {
    labels: dates,
    datasets: [
      line('Score', scores.map((s) => ({ x: s.date, y: s.score })), colors.score, { pointRadius: 2, order: 0 }),
      ...bandDatasets(dates),
    ],
    scales: { y: { min: 0, max: 100, title: { display: true, text: 'points' } } },
    onClick: (_event, elements, chart) => {
      if (elements.length > 0) onSelect(chart.data.labels[elements[0].index]);
    },
    plugins: { tooltip: { filter: (item) => item.datasetIndex === 0 } },
  });
}

export function updateScoreChart(chart, scores) {
  const dates = scores.map((s) => s.date);
  chart.data.labels = dates;
  chart.data.datasets[0].data = scores.map((s) => ({ x: s.date, y: s.score }));
  bandDatasets(dates).forEach((band, i) => { chart.data.datasets[i + 1].data = band.data; });
  chart.update();
}
