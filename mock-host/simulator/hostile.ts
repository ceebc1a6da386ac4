// Markup and script payloads that the `evil` tenant carries in every free-text field it has. A page
// that shows them as plain text is safe; one that lets any of them run sets `window.__xss` to the
// payload's id, so a browser test can say which one got through.

/** The tenant whose data is made of hostile payloads. */
export const HOSTILE_TENANT = 'evil';

/** The global a payload sets when it runs; its value is the payload's id. */
export const HOSTILE_GLOBAL = '__xss';

/** One payload: `id` is the value it writes to `window.__xss`, `kind` says what it tries. */
export interface HostileCase {
  id: number;
  kind: string;
  text: string;
}

const cases: Array<[kind: string, text: (n: number) => string]> = [
  ['script tag', (n) => `<script>window.__xss=${n}</script>`],
  ['img onerror', (n) => `<img src=x onerror="window.__xss=${n}">`],
  ['svg onload', (n) => `<svg onload="window.__xss=${n}">`],
  ['iframe javascript src', (n) => `<iframe src="javascript:parent.__xss=${n}"></iframe>`],
  ['anchor javascript href', (n) => `<a href="javascript:window.__xss=${n}">open</a>`],
  ['body onload', (n) => `<body onload="window.__xss=${n}">`],
  ['style import', (n) => `<style>@import 'javascript:window.__xss=${n}';</style>`],
  ['inline style url', (n) => `<div style="background:url(javascript:window.__xss=${n})">bg</div>`],
  ['template constructor', (n) => `{{constructor.constructor('window.__xss=${n}')()}}`],
  ['template literal', (n) => `\${window.__xss=${n}}`],
  ['attribute break-out', (n) => `"><script>window.__xss=${n}</script>`],
  ['single-quote break-out', (n) => `'><img src=x onerror=window.__xss=${n}>`],
  ['input autofocus', (n) => `<input autofocus onfocus="window.__xss=${n}">`],
  ['details ontoggle', (n) => `<details open ontoggle="window.__xss=${n}">`],
  ['video source onerror', (n) => `<video><source onerror="window.__xss=${n}"></video>`],
  ['audio onerror', (n) => `<audio src=x onerror="window.__xss=${n}">`],
  ['object javascript data', (n) => `<object data="javascript:window.__xss=${n}"></object>`],
  ['embed javascript src', (n) => `<embed src="javascript:window.__xss=${n}">`],
  ['mathml mutation', (n) => `<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=${n}">`],
  ['svg script', (n) => `<svg><script>window.__xss=${n}</script></svg>`],
  ['iframe srcdoc', (n) => `<iframe srcdoc="<script>parent.__xss=${n}</script>"></iframe>`],
  ['marquee onstart', (n) => `<marquee onstart="window.__xss=${n}">news</marquee>`],
  ['select autofocus', (n) => `<select autofocus onfocus="window.__xss=${n}"></select>`],
  ['textarea autofocus', (n) => `<textarea autofocus onfocus="window.__xss=${n}"></textarea>`],
  ['button formaction', (n) => `<form><button formaction="javascript:window.__xss=${n}">go</button></form>`],
  ['meta refresh', (n) => `<meta http-equiv="refresh" content="0;url=javascript:window.__xss=${n}">`],
  ['base href', (n) => `<base href="javascript:window.__xss=${n}//">`],
  ['svg animate onbegin', (n) => `<svg><animate onbegin="window.__xss=${n}" attributeName="x" dur="1s">`],
  [
    'svg xlink href',
    (n) => `<svg><a xlink:href="javascript:window.__xss=${n}"><text x="9" y="9">x</text></a></svg>`,
  ],
  ['eval in onerror', (n) => `<img src=x:y onerror=eval('window.__xss=${n}')>`],
  ['broken attribute quotes', (n) => `<img """><script>window.__xss=${n}</script>">`],
  ['nested script tags', (n) => `<scr<script>ipt>window.__xss=${n}</scr</script>ipt>`],
  ['upper-case data script', (n) => `<SCRIPT SRC=data:text/javascript,window.__xss=${n}></SCRIPT>`],
  ['bare javascript url', (n) => `javascript:window.__xss=${n}`],
  ['bare data url', (n) => `data:text/html,<script>parent.__xss=${n}</script>`],
  ['mouseover handler', (n) => `<div onmouseover="window.__xss=${n}">hover me</div>`],
  ['click handler', (n) => `<p onclick="window.__xss=${n}">click me</p>`],
  ['textarea break-out', (n) => `</textarea><script>window.__xss=${n}</script>`],
  ['title break-out', (n) => `</title><script>window.__xss=${n}</script>`],
  ['comment break-out', (n) => `<!--<img src="--><img src=x onerror=window.__xss=${n}//">`],
  [
    'noscript mutation',
    (n) => `<noscript><p title="</noscript><img src=x onerror=window.__xss=${n}>"></noscript>`,
  ],
  ['slash separator', (n) => `<svg/onload=window.__xss=${n}>`],
  ['entity-encoded handler', (n) => `<img src=x onerror="&#119;indow.__xss=${n}">`],
  ['entity-encoded scheme', (n) => `<a href="&#106;avascript:window.__xss=${n}">entity</a>`],
  ['tab in scheme', (n) => `<a href="jav&#x09;ascript:window.__xss=${n}">tab</a>`],
  ['object data html', (n) => `<object data="data:text/html,<script>parent.__xss=${n}</script>"></object>`],
  ['stylesheet url', (n) => `<style>*{background:url("javascript:window.__xss=${n}")}</style>`],
  ['style onload', (n) => `<style onload="window.__xss=${n}"></style>`],
  ['mustache', (n) => `{{7*7}} {{window.__xss=${n}}}`],
  ['erb', (n) => `<%= window.__xss=${n} %>`],
  ['ruby interpolation', (n) => `#{window.__xss=${n}}`],
  ['computed property', (n) => `<img src=x onerror=window['__x'+'ss']=${n}>`],
  [
    'svg foreignObject',
    (n) => `<svg><foreignObject><iframe onload="window.__xss=${n}"></iframe></foreignObject></svg>`,
  ],
  ['srcset onerror', (n) => `<img srcset="x" onerror="window.__xss=${n}">`],
  ['picture source', (n) => `<picture><source srcset="x"><img src=x onerror="window.__xss=${n}"></picture>`],
  ['contenteditable onblur', (n) => `<x contenteditable onblur="window.__xss=${n}">edit</x>`],
  ['template element', (n) => `<template><img src=x onerror="window.__xss=${n}"></template>`],
  ['unterminated tag', (n) => `<img src=x onerror=window.__xss=${n} `],
  ['leading-space scheme', (n) => `<a href="  javascript:window.__xss=${n}">spaces</a>`],
  ['fake button', (n) => `<button onclick="window.__xss=${n}">Release</button>`],
  ['svg set', (n) => `<svg><set attributeName="onmouseover" to="window.__xss=${n}"/></svg>`],
  ['math href', (n) => `<math href="javascript:window.__xss=${n}">math</math>`],
  ['form action', (n) => `<form action="javascript:window.__xss=${n}"><input type=submit></form>`],
  ['polyglot', (n) => `'"--></style></script><script>window.__xss=${n}</script>`],
  ['html in json', (n) => `{"name":"<img src=x onerror=window.__xss=${n}>"}`],
  ['markdown link', (n) => `[click](javascript:window.__xss=${n})`],
];

/** Every hostile payload, each distinct, ids from 1. */
export const HOSTILE_CASES: readonly HostileCase[] = cases.map(([kind, text], index) => ({
  id: index + 1,
  kind,
  text: text(index + 1),
}));

/** The payload texts alone, in id order. */
export const HOSTILE_PAYLOADS: readonly string[] = HOSTILE_CASES.map((c) => c.text);
