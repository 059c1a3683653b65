import { createChart, colors } from './charts.js';
import { number, regimeLabel } from './format.js';

export function createComponentsChart() {
  return createChart('components-chart', {
    type: 'bar',
    labels: [],
    datasets: [
      { label: 'Sub-score (0–100)', data: [], backgroundColor: colors.score },
      { label: 'Points added to the score', data: [], backgroundColor: colors.correlation },
    ],
    scales: { x: { ticks: { autoSkip: false, maxRotation: 30 } }, y: { min: 0, max: 100 } },
  });
}

// Shows one date's components in the bar chart and the table.
export function showComponents(chart, detail) {
  chart.data.labels = detail.components.map((c) => c.name);
  chart.data.datasets[0].data = detail.components.map((c) => (c.present ? c.subScore : null));
  chart.data.datasets[1].data = detail.components.map((c) => c.contribution);
  chart.update();

  const rows = detail.components.map((c) => {
    const row = document.createElement('tr');
    row.dataset.component = c.name;
    const cells = [c.name, number(c.weightPercent), number(c.effectiveWeightPercent), c.present ? number(c.subScore) : 'missing', number(c.contribution)];
    cells.forEach((text, i) => {
      const cell = document.createElement('td');
      cell.textContent = text;
      if (i > 0) cell.className = 'num';
      row.appendChild(cell);
    });
    return row;
  });
  document.querySelector('#components-table tbody').replaceChildren(...rows);
  const note = document.getElementById('components-note');
  note.classList.remove('problem');
  note.textContent = `${detail.date}: ${number(detail.score, 1)} points, ${regimeLabel(detail.regime)} (model ${detail.modelVersion})`;
  note.dataset.date = detail.date;
}
