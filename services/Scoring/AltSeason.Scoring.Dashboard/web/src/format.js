export const number = (value, digits = 2) =>
  value === null || value === undefined ? '–' : Number(value).toFixed(digits);

export const regimeLabel = (regime) => (regime ?? '').replaceAll('_', ' ');

// Points of one series for a category axis: {x: date, y} where the value exists, so a gap stays a gap
// and a dataset's length is the number of dates that had the value.
export const points = (rows, pick) =>
  rows.filter((row) => pick(row) !== null && pick(row) !== undefined).map((row) => ({ x: row.date, y: pick(row) }));

// Rebased to 100 at the first value, so two series of different size share one axis.
export const rebased = (series) => {
  const base = series.length > 0 ? series[0].y : 1;
  return series.map((p) => ({ x: p.x, y: (p.y / base) * 100 }));
};

export function showProblem(elementId, message) {
  const element = document.getElementById(elementId);
  element.textContent = message;
  element.classList.add('problem');
}
