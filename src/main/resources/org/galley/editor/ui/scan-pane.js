// The scan pane's zoom and pan, run with `this` = the pane (div.galley-scan, the scrolling viewport).
// Zoom scales the page div (image and boxes together, boxes are in percent); pan scrolls the viewport.
// A press that moves less than a few pixels is a click: it reports where on the page it landed, as
// fractions of the page's width and height, and the server picks the line there.
const pane = this;
if (pane.galleyScan) { return; }
const page = pane.querySelector('.galley-scan-page');
const img = page.querySelector('img');
let scale = 1;
const MIN = 0.5, MAX = 12, DRAG = 4;

function zoomTo(next, ax, ay) {
  next = Math.min(MAX, Math.max(MIN, next));
  const w = page.offsetWidth || 1, h = page.offsetHeight || 1;
  if (ax === undefined) { ax = pane.clientWidth / 2; ay = pane.clientHeight / 2; }
  const fx = (pane.scrollLeft + ax) / w, fy = (pane.scrollTop + ay) / h;
  scale = next;
  page.style.width = (scale * 100) + '%';
  pane.scrollLeft = fx * page.offsetWidth - ax;
  pane.scrollTop = fy * page.offsetHeight - ay;
  pane.dataset.zoom = scale.toFixed(3);
  // Past the screen copy's own pixels, swap in the original (once).
  const full = img.getAttribute('data-full');
  if (full && img.dataset.sharp !== '1' && img.naturalWidth
      && page.offsetWidth * (window.devicePixelRatio || 1) > img.naturalWidth * 1.2) {
    img.dataset.sharp = '1';
    img.src = full;
  }
}

pane.galleyScan = {
  zoomBy: f => zoomTo(scale * f),
  zoom: () => scale,
  reveal: line => {
    const box = page.querySelector('.galley-box[data-line="' + line + '"]');
    if (!box) { return; }
    const left = box.offsetLeft, top = box.offsetTop;
    const inX = left >= pane.scrollLeft && left + box.offsetWidth <= pane.scrollLeft + pane.clientWidth;
    const inY = top >= pane.scrollTop && top + box.offsetHeight <= pane.scrollTop + pane.clientHeight;
    if (!inX || !inY) {
      pane.scrollTo({left: left + box.offsetWidth / 2 - pane.clientWidth / 2,
                     top: top + box.offsetHeight / 2 - pane.clientHeight / 2});
    }
  }
};

pane.addEventListener('wheel', e => {
  e.preventDefault();
  const r = pane.getBoundingClientRect();
  zoomTo(scale * (e.deltaY < 0 ? 1.15 : 1 / 1.15), e.clientX - r.left, e.clientY - r.top);
}, {passive: false});

let press = null;
pane.addEventListener('pointerdown', e => {
  if (e.button !== 0) { return; }
  press = {x: e.clientX, y: e.clientY, left: pane.scrollLeft, top: pane.scrollTop, moved: false, id: e.pointerId};
});
pane.addEventListener('pointermove', e => {
  if (!press || e.pointerId !== press.id) { return; }
  const dx = e.clientX - press.x, dy = e.clientY - press.y;
  if (!press.moved && Math.abs(dx) + Math.abs(dy) < DRAG) { return; }
  if (!press.moved) { press.moved = true; pane.classList.add('dragging'); pane.setPointerCapture(e.pointerId); }
  pane.scrollLeft = press.left - dx;
  pane.scrollTop = press.top - dy;
});
const release = e => {
  if (!press || e.pointerId !== press.id) { return; }
  const click = !press.moved && e.type === 'pointerup';
  press = null;
  pane.classList.remove('dragging');
  if (click) {
    const r = page.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) {
      const x = (e.clientX - r.left) / r.width, y = (e.clientY - r.top) / r.height;
      if (x >= 0 && x <= 1 && y >= 0 && y <= 1) {
        pane.dispatchEvent(new CustomEvent('galley-scan-click', {detail: {x: x, y: y, shift: e.shiftKey}}));
      }
    }
  }
};
pane.addEventListener('pointerup', release);
pane.addEventListener('pointercancel', release);
