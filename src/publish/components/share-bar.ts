/** The share bar: plain links to each network's share endpoint, so sharing works without JavaScript. */
import { html, type SafeHtml } from '../html/safe-html.js';

export interface ShareTarget {
  network: string;
  label: string;
  href: string;
}

const e = encodeURIComponent;

/** The share endpoints, each documented by its network. */
export function shareTargets(url: string, title: string): ShareTarget[] {
  // Each part encoded once: percent-encoding works character by character, so the encoded joins ('%0A%0A' for
  // the blank line, '%20' for the space) are the encodings of the joined text.
  const u = e(url);
  const t = e(title);
  return [
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'x', label: 'X (Twitter)', href: `https://twitter.com/intent/tweet?url=${u}&text=${t}` },
    { network: 'reddit', label: 'Reddit', href: `https://www.reddit.com/submit?url=${u}&title=${t}` },
    {
      network: 'flipboard',
      label: 'Flipboard',
      href: `https://share.flipboard.com/bookmarklet/popout?v=2&url=${u}&title=${t}`,
    },
    { network: 'email', label: 'Email', href: `mailto:?subject=${t}&body=${t}%0A%0A${u}` },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${t}%20${u}` },
  ];
}

/** The bar; share.js appends a native "Share…" button where `navigator.share` exists. */
export function shareBar(url: string, title: string): SafeHtml {
  return html`<ul class="share" aria-label="Share this article" data-share-url="${url}" data-share-title="${title}">
    ${shareTargets(url, title).map(
      (t) =>
        html`<li>
          <a href="${t.href}" data-network="${t.network}" rel="noopener noreferrer" target="_blank"
            >${t.label}<span class="visually-hidden"> (opens in a new window)</span></a
          >
        </li>`,
    )}
  </ul>`;
}
