/** A small "答" mark as the tab icon (local; no external assets). */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1f4e79"/><text x="32" y="45" font-size="36" text-anchor="middle" fill="#fff" font-family="sans-serif">答</text></svg>`;
