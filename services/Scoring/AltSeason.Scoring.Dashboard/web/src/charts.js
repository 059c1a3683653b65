import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);
Chart.defaults.color = '#98a2b8';
Chart.defaults.borderColor = '#26304a';
Chart.defaults.font.family = 'system-ui, sans-serif';

export const colors = {
  score: '#5b8def',
  rut: '#f5b942',
  crypto: '#a97cf0',
  correlation: '#58c27d',
  streak: 'rgba(88, 194, 125, 0.45)',
  asi: '#4fc3d9',
  dominance: '#f08a5d',
  othersBtc: '#a97cf0',
};

const line = (label, data, color, extra = {}) => ({
  label, data, borderColor: color, backgroundColor: color, pointRadius: 0, pointHitRadius: 6, borderWidth: 2, tension: 0.15, ...extra,
});

export { line };

// One chart per canvas; `labels` are the dates shown on the category axis.
export function createChart(canvasId, { type = 'line', labels, datasets, scales, onClick, plugins = {} }) {
  return new Chart(document.getElementById(canvasId), {
    type,
    data: { labels, datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales,
      onClick,
      plugins: { legend: { labels: { boxWidth: 12 } }, ...plugins },
    },
  });
}
