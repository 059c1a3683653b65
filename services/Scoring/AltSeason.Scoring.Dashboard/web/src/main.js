import { getJson } from './api.js';
import { createComponentsChart, showComponents } from './components.js';
import { number, regimeLabel, showProblem } from './format.js';
import { createMarketCharts } from './markets.js';
import { createScoreChart, updateScoreChart } from './score.js';

// Exposed for tests and for anyone poking at the page from the browser console.
const state = { scores: [], charts: {}, selectedDate: null };
window.altseasonDashboard = state;

const select = document.getElementById('date-select');

function showLatest() {
  const latest = state.scores[state.scores.length - 1];
  document.getElementById('latest').textContent = latest
    ? `${latest.date}: ${number(latest.score, 1)} points, ${regimeLabel(latest.regime)}`
    : 'No scores yet';
}

function fillDates() {
  const options = state.scores.map((s) => new Option(s.date, s.date));
  select.replaceChildren(...options.reverse());
  if (state.selectedDate) select.value = state.selectedDate;
}

async function selectDate(date) {
  state.selectedDate = date;
  select.value = date;
  try {
    showComponents(state.charts.components, await getJson(`/dashboard/api/scores/${date}`));
  } catch (error) {
    showProblem('components-note', error.message);
  }
}

// A live evaluation replaces the same date's point or adds a new one, keeping dates in order.
function addScore(point) {
  const others = state.scores.filter((s) => s.date !== point.date);
  state.scores = [...others, point].sort((a, b) => a.date.localeCompare(b.date));
  updateScoreChart(state.charts.score, state.scores);
  fillDates();
  showLatest();
  if (state.selectedDate === point.date) selectDate(point.date);
}

function connectLive() {
  const status = document.getElementById('live-status');
  const source = new EventSource('/dashboard/api/live');
  source.addEventListener('ready', () => { status.textContent = 'live'; status.dataset.state = 'live'; });
  source.addEventListener('score', (event) => addScore(JSON.parse(event.data)));
  // EventSource reconnects by itself; the status says so meanwhile.
  source.onerror = () => { status.textContent = 'reconnecting…'; status.dataset.state = 'reconnecting'; };
}

async function loadMarkets() {
  const first = state.scores[0]?.date ?? '';
  const last = state.scores[state.scores.length - 1]?.date ?? '';
  try {
    const markets = await getJson(`/dashboard/api/markets?from=${first}&to=${last}`);
    Object.assign(state.charts, createMarketCharts(markets));
    if (markets.problems.length > 0) showProblem('dominance-note', `Some sources could not be read: ${markets.problems.join('; ')}`);
  } catch (error) {
    showProblem('dominance-note', error.message);
  }
}

async function start() {
  state.charts.components = createComponentsChart();
  try {
    state.scores = (await getJson('/dashboard/api/scores')).scores;
  } catch (error) {
    showProblem('score-note', error.message);
  }
  state.charts.score = createScoreChart(state.scores, selectDate);
  fillDates();
  showLatest();
  select.addEventListener('change', () => selectDate(select.value));
  connectLive();
  const latest = state.scores[state.scores.length - 1];
  await Promise.all([latest ? selectDate(latest.date) : Promise.resolve(), loadMarkets()]);
  document.body.dataset.ready = 'true';
}

start();
