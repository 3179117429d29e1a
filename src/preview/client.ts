/**
 * The script of every preview page, as text: listens to the server's events and swaps in the
 * page's new content without a reload; a click on a page image zooms it.
 */
export const CLIENT_SCRIPT = `
(() => {
  const live = document.getElementById('live');
  const say = (text, css) => {
    live.hidden = false;
    live.textContent = text;
    live.className = 'live ' + (css || '');
  };
  const show = (html, generation) => {
    document.getElementById('main').innerHTML = html;
    document.body.dataset.generation = String(generation);
    say('Updated ' + new Date().toLocaleTimeString());
  };
  const events = new EventSource('/events?page=' + encodeURIComponent(location.pathname));
  events.addEventListener('building', () => say('Building…', 'busy'));
  events.addEventListener('built', (e) => {
    const { generation, html } = JSON.parse(e.data);
    if (String(generation) === document.body.dataset.generation) say('Up to date');
    else if (typeof html === 'string') show(html, generation);
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
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') document.querySelector('.zoom')?.remove();
  });
})();
`;
