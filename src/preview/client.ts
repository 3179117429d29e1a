/**
 * The script of every preview page, as text: listens to the server's events and swaps in the
 * page's new content without a reload; a click on a page image zooms it.
 */
export const CLIENT_SCRIPT = `
(() => {
  const live = document.getElementById('live');
  const say = (text, css) => { live.hidden = false; live.textContent = text; live.className = 'live ' + (css || ''); };
  async function refresh(generation) {
    const res = await fetch(location.pathname, { headers: { 'x-factsheet-partial': '1' }, cache: 'no-store' });
    const html = await res.text();
    const main = document.getElementById('main');
    main.innerHTML = html;
    document.body.dataset.generation = String(generation);
    say('Updated ' + new Date().toLocaleTimeString());
  }
  const events = new EventSource('/events');
  events.addEventListener('building', () => say('Building…', 'busy'));
  events.addEventListener('built', (e) => {
    const { generation } = JSON.parse(e.data);
    if (String(generation) !== document.body.dataset.generation) refresh(generation).catch(() => say('Could not update', 'off'));
    else say('Up to date');
  });
  events.onerror = () => say('Preview server stopped', 'off');
  document.addEventListener('click', (e) => {
    const zoom = document.querySelector('.zoom');
    if (zoom) { zoom.remove(); return; }
    const img = e.target.closest('.page-img img');
    if (!img) return;
    const layer = document.createElement('div');
    layer.className = 'zoom';
    const big = document.createElement('img');
    big.src = img.src; big.alt = img.alt;
    layer.append(big);
    document.body.append(layer);
  });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') document.querySelector('.zoom')?.remove(); });
})();
`;
