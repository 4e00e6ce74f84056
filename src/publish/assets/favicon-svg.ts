/**
 * The site icon: a dark square with a white "D", drawn in SVG so that one small file serves every size. Browsers
 * asked for /favicon.ico on every first visit and got the HTML "Page not found" page.
 */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1a1a1a"/><path d="M10 7h6.5C22 7 25 10.6 25 16s-3 9-8.5 9H10zm4 3.6v10.8h2.3c3.2 0 4.6-2 4.6-5.4s-1.4-5.4-4.6-5.4z" fill="#fff"/></svg>
`;
