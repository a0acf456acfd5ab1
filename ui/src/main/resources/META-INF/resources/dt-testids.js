/*
 * DIDTron: a stable data-testid on every interactive element of the portal, set in one place.
 *
 * An element keeps an explicit data-testid (set on the server, e.g. TestIds.set) or its id; every
 * other interactive element gets "<page>.<kind>.<label>": <page> is the route with record ids
 * replaced by "id" ("shell" for the top bar and the menus, which are on every page), <kind> the
 * element ("button", "text-field", "grid", "link", ...), <label> its aria-label, label,
 * placeholder, title or text. Equal ids on one page get "-2", "-3", ... in document order.
 * Dialogs, grid cells and anything added later are tagged as they appear (a MutationObserver);
 * tests may call window.dtTestIds.scan() to tag synchronously before they look.
 */
(function () {
  if (window.dtTestIds) {
    return;
  }
  var INTERACTIVE = [
    'a[href]', 'button', 'input:not([type=hidden]):not([slot])', 'select', 'textarea:not([slot])',
    '[role=button]', '[role=link]', '[role=tab]', '[role=checkbox]', '[role=menuitem]',
    'vaadin-button', 'vaadin-text-field', 'vaadin-text-area', 'vaadin-email-field',
    'vaadin-password-field', 'vaadin-number-field', 'vaadin-integer-field',
    'vaadin-big-decimal-field', 'vaadin-combo-box', 'vaadin-multi-select-combo-box',
    'vaadin-select', 'vaadin-date-picker', 'vaadin-date-time-picker', 'vaadin-time-picker',
    'vaadin-checkbox', 'vaadin-checkbox-group', 'vaadin-radio-group', 'vaadin-radio-button',
    'vaadin-grid', 'vaadin-upload', 'vaadin-tabs', 'vaadin-tab', 'vaadin-tabsheet',
    'vaadin-menu-bar', 'vaadin-menu-bar-button', 'vaadin-menu-bar-item', 'vaadin-context-menu-item',
    'vaadin-select-item', 'vaadin-side-nav', 'vaadin-side-nav-item', 'vaadin-details',
    'vaadin-details-summary', 'vaadin-accordion-panel', 'vaadin-dialog', 'vaadin-confirm-dialog',
    'vaadin-avatar', 'vaadin-list-box', 'vaadin-item'
  ].join(',');
  var auto = new WeakSet();
  var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

  function slug(text) {
    return (text || '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '');
  }

  function page() {
    var base = new URL(document.baseURI).pathname;
    var path = location.pathname.indexOf(base) === 0
      ? location.pathname.slice(base.length) : location.pathname.replace(/^\//, '');
    var parts = path.split('/').filter(function (p) { return p.length > 0; }).map(function (p) {
      return UUID.test(p) || /^[0-9]+$/.test(p) ? 'id' : slug(decodeURIComponent(p));
    });
    return parts.length ? parts.join('-') : 'dashboard';
  }

  function kind(el) {
    var tag = el.localName;
    if (tag === 'a') {
      return 'link';
    }
    if (tag.indexOf('vaadin-') === 0) {
      return tag.slice(7);
    }
    var role = el.getAttribute('role');
    return role || tag;
  }

  function label(el) {
    var candidates = [
      el.getAttribute('aria-label'),
      typeof el.label === 'string' ? el.label : el.getAttribute('label'),
      el.getAttribute('placeholder') || (typeof el.placeholder === 'string' ? el.placeholder : ''),
      el.getAttribute('title'),
      el.getAttribute('name'),
      el.localName === 'vaadin-side-nav-item' ? el.getAttribute('path') : '',
      el.localName === 'vaadin-grid' || el.localName === 'vaadin-tabs' || el.localName === 'vaadin-upload'
        ? '' : (el.textContent || '').trim().slice(0, 80),
      el.localName === 'a' ? el.getAttribute('href') : ''
    ];
    for (var i = 0; i < candidates.length; i++) {
      var s = slug(candidates[i]);
      if (s) {
        return s;
      }
    }
    return '';
  }

  function scope(el, route) {
    if (el.closest('.dt-topbar, .dt-rail, .dt-subnav, .dt-nav-toggle')) {
      return 'shell';
    }
    return route;
  }

  function scan() {
    var route = page();
    var els = document.querySelectorAll(INTERACTIVE);
    var taken = new Set();
    var pending = [];
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      var explicit = el.getAttribute('data-testid');
      if (explicit && !auto.has(el)) {
        taken.add(explicit);
      } else if (!explicit && el.id && el.id.indexOf('vaadin') < 0) {
        el.setAttribute('data-testid', el.id);
        taken.add(el.id);
      } else {
        pending.push(el);
      }
    }
    for (var j = 0; j < pending.length; j++) {
      var e = pending[j];
      var base = scope(e, route) + '.' + kind(e) + (label(e) ? '.' + label(e) : '');
      var id = base;
      for (var n = 2; taken.has(id); n++) {
        id = base + '-' + n;
      }
      taken.add(id);
      auto.add(e);
      if (e.getAttribute('data-testid') !== id) {
        e.setAttribute('data-testid', id);
      }
    }
    return els.length;
  }

  var queued = false;
  function later() {
    if (!queued) {
      queued = true;
      setTimeout(function () {
        queued = false;
        scan();
      }, 0);
    }
  }

  window.dtTestIds = { scan: scan };
  function start() {
    new MutationObserver(later).observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-label', 'label', 'placeholder', 'title', 'href', 'id']
    });
    window.addEventListener('vaadin-navigated', later);
    scan();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
