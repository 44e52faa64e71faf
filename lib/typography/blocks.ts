/** Which elements hold code (never typeset) and which start a new run of text (a block). */
export const OPAQUE_TAGS = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'textarea', 'svg', 'math', 'template']);

export const BLOCK_TAGS = new Set([
  'html', 'head', 'body', 'title', 'meta', 'link', 'main', 'header', 'footer', 'nav', 'section', 'article', 'aside',
  'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure',
  'figcaption', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'details', 'summary', 'form', 'label',
  'button', 'select', 'option', 'br', 'hr', 'img', 'picture', 'source', 'iframe', 'noscript', 'address', 'time',
]);
