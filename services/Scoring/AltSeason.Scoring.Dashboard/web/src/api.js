// JSON reads from the dashboard API; a failed read throws an Error carrying the server's message.
export async function getJson(url) {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.error ?? `${url}: HTTP ${response.status}`);
  }
  return body;
}
