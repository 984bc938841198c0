// @ts-check
// The flow graph page: shows the SVG the extension sends, pans and zooms it, and reports clicks on blocks.
// It talks to the extension by messages only; the SVG is parsed as XML (DOMParser), never inserted as HTML.
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
  const status = /** @type {HTMLElement} */ (document.querySelector('.status'));
  /** The diff mode's list of changes (hidden in the normal mode). */
  const changes = /** @type {HTMLElement} */ (document.getElementById('changes'));
  const MIN_SCALE = 0.05;
  const MAX_SCALE = 4;
  /** The smallest scale at which block titles stay legible: a big flow starts here, at its start block, not at "Fit". */
  const READABLE_SCALE = 0.75;
  const MARGIN = 24;
  const SVG_NS = 'http://www.w3.org/2000/svg';

  /** @type {SVGSVGElement | null} */ let svg = null;
  /** @type {SVGGElement | null} */ let viewport = null;
  /** Content bounds from the SVG's viewBox. */ let bounds = { x: 0, y: 0, width: 1, height: 1 };
  /** Pan and zoom: screen = content * k + (x, y). */ let view = (vscode.getState() || {}).view || null;
  /** @type {string | null} */ let highlightKey = null;
  /** How the view was last set by the page itself ('start' or 'fit'); null once the user pans or zooms. */
  /** @type {'start' | 'fit' | null} */ let autoView = null;

  function apply() {
    if (!viewport || !view) return;
    viewport.setAttribute('transform', `translate(${view.x} ${view.y}) scale(${view.k})`);
    vscode.setState({ view });
  }

  function fitScale() {
    const w = stage.clientWidth || 800;
    const h = stage.clientHeight || 600;
    return Math.max(MIN_SCALE, Math.min(1, w / bounds.width, h / bounds.height));
  }

  function fit() {
    const w = stage.clientWidth || 800;
    const h = stage.clientHeight || 600;
    const k = fitScale();
    view = { k, x: (w - bounds.width * k) / 2 - bounds.x * k, y: (h - bounds.height * k) / 2 - bounds.y * k };
    autoView = 'fit';
    apply();
  }

  /**
   * The first view of a picture: the whole flow when it fits at a legible scale; otherwise a legible scale with
   * the start block (or the top-left of the flow) in view.
   */
  function startView() {
    if (fitScale() >= READABLE_SCALE) {
      fit();
      autoView = 'start';
      return;
    }
    const k = READABLE_SCALE;
    view = { k, x: MARGIN - bounds.x * k, y: MARGIN - bounds.y * k };
    apply();
    const start = svg && (svg.querySelector('.block.start-action') || svg.querySelector('.start'));
    if (start) {
      const rect = start.getBoundingClientRect();
      const area = stage.getBoundingClientRect();
      // The flow's top-left corner is at the margin; when that leaves the start block out of view, bring the
      // start block in: centred across, near the top.
      const dx = rect.right > area.right - MARGIN ? area.left + (area.width - rect.width) / 2 - rect.left : 0;
      const dy = rect.bottom > area.bottom - MARGIN ? area.top + MARGIN * 2 - rect.top : 0;
      view = { ...view, x: view.x + dx, y: view.y + dy };
      apply();
    }
    autoView = 'start';
  }

  /** The user moved the view: resizing the panel no longer re-fits it. */
  function userMoved() {
    autoView = null;
  }

  /** Zooms by `factor` keeping the content point under (sx, sy) in place. */
  function zoomAt(factor, sx, sy) {
    if (!view) fit();
    userMoved();
    const k = Math.max(MIN_SCALE, Math.min(MAX_SCALE, view.k * factor));
    const f = k / view.k;
    view = { k, x: sx - (sx - view.x) * f, y: sy - (sy - view.y) * f };
    apply();
  }

  function center() {
    return { x: stage.clientWidth / 2, y: stage.clientHeight / 2 };
  }

  function showGraph(message) {
    const parsed = new DOMParser().parseFromString(message.svg, 'image/svg+xml');
    const root = parsed.documentElement;
    if (root.namespaceURI !== SVG_NS || parsed.getElementsByTagName('parsererror').length > 0) {
      showEmpty('The picture could not be drawn.');
      return;
    }
    const box = (root.getAttribute('viewBox') || '0 0 1 1').split(/\s+/).map(Number);
    bounds = { x: box[0], y: box[1], width: Math.max(1, box[2]), height: Math.max(1, box[3]) };
    const el = /** @type {SVGSVGElement} */ (/** @type {unknown} */ (document.importNode(root, true)));
    el.removeAttribute('viewBox');
    el.setAttribute('width', '100%');
    el.setAttribute('height', '100%');
    for (const block of el.querySelectorAll('.block')) {
      block.setAttribute('tabindex', '0');
      block.setAttribute('role', 'button');
      const title = block.querySelector('title');
      if (title) block.setAttribute('aria-label', (title.textContent || '').split('\n')[0]);
    }
    stage.replaceChildren(el);
    svg = el;
    viewport = el.querySelector('.viewport');
    status.textContent = message.status;
    showChanges(message.diff);
    if (message.fit || !view) startView();
    else apply();
    applyHighlight(false);
    vscode.postMessage({ type: 'rendered', blocks: el.querySelectorAll('.block').length });
  }

  function showEmpty(text) {
    svg = null;
    viewport = null;
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = text;
    stage.replaceChildren(p);
    status.textContent = '';
    showChanges(undefined);
    vscode.postMessage({ type: 'rendered', blocks: 0 });
  }

  const SIGNS = { added: '+', removed: '−', changed: '~', flow: '~', diagnostic: '!' };

  /** The list beside the picture in diff mode (text only, built with DOM calls); hidden without `diff`. */
  function showChanges(diff) {
    if (!changes) return;
    if (!diff || typeof diff !== 'object' || !Array.isArray(diff.items)) {
      document.body.classList.remove('diff-mode');
      changes.hidden = true;
      changes.replaceChildren();
      return;
    }
    document.body.classList.add('diff-mode');
    const summary = document.createElement('p');
    summary.className = 'summary';
    summary.textContent = String(diff.summary);
    const list = document.createElement('ul');
    diff.items.forEach((item, i) => {
      const li = document.createElement('li');
      li.className = `change change-${String(item.state)}`;
      li.appendChild(changeButton(SIGNS[item.state] || '~', String(item.title), 'title', item.inText || !!item.key, i, undefined, item.key));
      const details = Array.isArray(item.details) ? item.details : [];
      if (details.length) {
        const sub = document.createElement('ul');
        details.forEach((d, j) => {
          const dli = document.createElement('li');
          dli.appendChild(changeButton('', String(d.text), 'detail', !!d.inText || !!item.key, i, j, item.key));
          sub.appendChild(dli);
        });
        li.appendChild(sub);
      }
      list.appendChild(li);
    });
    changes.replaceChildren(summary, list);
    changes.hidden = false;
  }

  function changeButton(sign, text, kind, active, item, detail, key) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = kind + (active ? '' : ' not-in-text');
    if (sign) {
      const s = document.createElement('span');
      s.className = 'sign';
      s.textContent = sign;
      button.appendChild(s);
    }
    button.appendChild(document.createTextNode(text));
    button.setAttribute('data-item', String(item));
    if (detail !== undefined) button.setAttribute('data-detail', String(detail));
    button.addEventListener('click', () => {
      if (typeof key === 'string') {
        highlightKey = key;
        applyHighlight(true);
      }
      if (!active) return;
      vscode.postMessage(detail === undefined ? { type: 'reveal', item } : { type: 'reveal', item, detail });
    });
    return button;
  }

  function blockOf(key) {
    if (!svg || key === null) return null;
    for (const b of svg.querySelectorAll('.block')) if (b.getAttribute('data-key') === key) return b;
    return null;
  }

  /** Marks the highlighted block; with `reveal`, pans it into view when it is (partly) off-screen. */
  function applyHighlight(reveal) {
    if (!svg) return;
    for (const b of svg.querySelectorAll('.block.highlighted')) b.classList.remove('highlighted');
    const block = blockOf(highlightKey);
    if (!block) return;
    block.classList.add('highlighted');
    if (!reveal || !view) return;
    const rect = block.getBoundingClientRect();
    const area = stage.getBoundingClientRect();
    if (rect.left >= area.left && rect.right <= area.right && rect.top >= area.top && rect.bottom <= area.bottom) return;
    view = { ...view, x: view.x + (area.left + area.width / 2) - (rect.left + rect.width / 2), y: view.y + (area.top + area.height / 2) - (rect.top + rect.height / 2) };
    apply();
  }

  function select(block) {
    // A block that is not in the text (a removed action in diff mode) has no index.
    if (!block.hasAttribute('data-index')) return;
    const index = Number(block.getAttribute('data-index'));
    if (Number.isInteger(index)) vscode.postMessage({ type: 'select', index });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'graph' && typeof message.svg === 'string') showGraph(message);
    else if (message.type === 'empty') showEmpty(String(message.message));
    else if (message.type === 'highlight') {
      highlightKey = typeof message.key === 'string' ? message.key : null;
      applyHighlight(true);
    }
  });

  // Pan by dragging; a press and release without movement on a block is a click.
  /** @type {{ id: number, sx: number, sy: number, vx: number, vy: number, moved: boolean, block: Element | null } | null} */
  let drag = null;
  stage.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || !view) return;
    const target = /** @type {Element} */ (e.target);
    drag = { id: e.pointerId, sx: e.clientX, sy: e.clientY, vx: view.x, vy: view.y, moved: false, block: target.closest ? target.closest('.block') : null };
    stage.setPointerCapture(e.pointerId);
  });
  stage.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id || !view) return;
    const dx = e.clientX - drag.sx;
    const dy = e.clientY - drag.sy;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    drag.moved = true;
    stage.classList.add('panning');
    view = { ...view, x: drag.vx + dx, y: drag.vy + dy };
    userMoved();
    apply();
  });
  const endDrag = (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    if (!drag.moved && drag.block && e.type === 'pointerup') select(drag.block);
    drag = null;
    stage.classList.remove('panning');
  };
  stage.addEventListener('pointerup', endDrag);
  stage.addEventListener('pointercancel', endDrag);

  stage.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const area = stage.getBoundingClientRect();
      // Pinch and ctrl+wheel zoom faster than a plain wheel.
      const speed = e.ctrlKey ? 0.01 : 0.0015;
      zoomAt(Math.exp(-e.deltaY * speed), e.clientX - area.left, e.clientY - area.top);
    },
    { passive: false },
  );

  document.addEventListener('keydown', (e) => {
    const target = /** @type {Element} */ (e.target);
    if ((e.key === 'Enter' || e.key === ' ') && target.classList && target.classList.contains('block')) {
      e.preventDefault();
      select(target);
      return;
    }
    if (!view) return;
    const c = center();
    const step = 60;
    if (e.key === '+' || e.key === '=') zoomAt(1.25, c.x, c.y);
    else if (e.key === '-') zoomAt(0.8, c.x, c.y);
    else if (e.key === '0') fit();
    else if (e.key === 'l' || e.key === 'L') vscode.postMessage({ type: 'layout' });
    else if (e.key === '1') zoomAt(1 / view.k, c.x, c.y);
    else if (e.key === 'ArrowLeft') view = { ...view, x: view.x + step };
    else if (e.key === 'ArrowRight') view = { ...view, x: view.x - step };
    else if (e.key === 'ArrowUp') view = { ...view, y: view.y + step };
    else if (e.key === 'ArrowDown') view = { ...view, y: view.y - step };
    else return;
    if (e.key.startsWith('Arrow')) userMoved();
    apply();
  });

  for (const button of document.querySelectorAll('.toolbar button')) {
    button.addEventListener('click', () => {
      const c = center();
      const action = button.getAttribute('data-action');
      if (action === 'layout') vscode.postMessage({ type: 'layout' });
      else if (action === 'simulate') vscode.postMessage({ type: 'simulate' });
      else if (action === 'fit') fit();
      else if (!view) return;
      else if (action === 'zoom-in') zoomAt(1.25, c.x, c.y);
      else if (action === 'zoom-out') zoomAt(0.8, c.x, c.y);
      else if (action === 'actual') zoomAt(1 / view.k, c.x, c.y);
    });
  }

  // A resized panel gets the view the page chose again, until the user pans or zooms.
  if (typeof ResizeObserver === 'function') {
    let last = { w: stage.clientWidth, h: stage.clientHeight };
    new ResizeObserver(() => {
      const now = { w: stage.clientWidth, h: stage.clientHeight };
      if (now.w === last.w && now.h === last.h) return;
      last = now;
      if (!svg || !autoView) return;
      if (autoView === 'fit') fit();
      else startView();
    }).observe(stage);
  }

  vscode.postMessage({ type: 'ready' });
})();
