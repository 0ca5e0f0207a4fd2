export { FAVICON_SVG } from './favicon.js';
export { pageHtml } from './html.js';
export { PAGE_SCRIPT } from './script.js';
export { PAGE_CSS } from './styles.js';
