/** The one stylesheet, kept as a module so the compiled server carries it without a copy step. */
export const STYLE_CSS = `
:root{--fg:#1a1a1a;--muted:#595959;--bg:#fff;--panel:#f5f4f0;--line:#d8d6cf;--accent:#0b5cad;--mark:#fff2a8;
--ok:#1d6b30;--warn:#8a5a00;--bad:#a32020;--land:#e4e1d8;--land-named:#cfc6a8;--sea:#f3f6f9;--dot:#c0392b;
font-family:Georgia,"Times New Roman",serif;color:var(--fg);background:var(--bg)}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--muted:#b0b0b0;--bg:#121212;--panel:#1d1d1d;--line:#3a3a3a;
--accent:#7db7ff;--mark:#5a4a00;--ok:#7fd18f;--warn:#f0c060;--bad:#ff8a8a;--land:#34322d;--land-named:#5a5340;--sea:#1a1f24;--dot:#ff6b5b}}
*{box-sizing:border-box}
body{margin:0;line-height:1.55;font-size:1.0625rem}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem}
.sans,header.site,nav,footer,.meta,.panel,table,form,.chips,.share,.pager,.byline,.dateline-date,figcaption{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
header.site{border-bottom:3px double var(--line);padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between}
header.site .brand{font-family:Georgia,serif;font-size:1.75rem;font-weight:700;text-decoration:none;color:var(--fg);letter-spacing:.02em}
header.site form{display:flex;gap:.25rem}
input,select,button{font:inherit;font-size:.95rem;padding:.35rem .5rem;border:1px solid var(--line);border-radius:4px;background:var(--bg);color:var(--fg)}
button{cursor:pointer;background:var(--panel)}
main{max-width:72rem;margin:0 auto;padding:1rem}
footer{max-width:72rem;margin:2rem auto;padding:1rem;border-top:1px solid var(--line);color:var(--muted);font-size:.875rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
h1,h2,h3{line-height:1.2}
.meta{color:var(--muted);font-size:.875rem}
.list{list-style:none;padding:0;margin:0}
.list>li{padding:.75rem 0;border-bottom:1px solid var(--line)}
.list h3{margin:.1rem 0 .25rem;font-size:1.2rem}
.list h3 a{color:var(--fg);text-decoration:none}
.list h3 a:hover{text-decoration:underline}
.snippet mark,mark{background:var(--mark);color:inherit}
.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0 1rem}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
.stories{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem;list-style:none;padding:0}
.stories li{border:1px solid var(--line);border-radius:6px;padding:.75rem;background:var(--panel)}
.stories h3{margin:0 0 .25rem;font-size:1.1rem}
.article-layout{display:grid;grid-template-columns:minmax(0,1fr) 22rem;gap:2rem}
@media (max-width:60rem){.article-layout{grid-template-columns:1fr}}
.kicker{text-transform:uppercase;font-size:.8rem;letter-spacing:.08em;color:var(--muted)}
article h1{font-size:clamp(1.8rem,4vw,2.6rem);margin:.25rem 0 .5rem}
.dek{font-size:1.2rem;color:var(--muted);margin:0 0 .75rem}
.byline{font-size:.95rem;margin:.25rem 0}
.dateline-date{font-size:.875rem;color:var(--muted)}
figure.lead{margin:1rem 0}
figure.lead img{width:100%;height:auto;display:block}
.image-missing{aspect-ratio:3/1;background:var(--panel);border:1px dashed var(--line);display:flex;align-items:center;justify-content:center;color:var(--muted);font-family:system-ui,sans-serif}
figcaption{font-size:.85rem;color:var(--muted);margin-top:.35rem}
figcaption .credit{text-transform:uppercase;font-size:.75rem;letter-spacing:.04em;margin-left:.35rem}
.body p{margin:0 0 1rem}
.body .dl{font-weight:700;text-transform:uppercase;font-size:.9em;font-family:system-ui,sans-serif}
.body img{max-width:100%;height:auto}
.share{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:1rem 0}
.share a,.share button{display:inline-block;padding:.3rem .65rem;border:1px solid var(--line);border-radius:999px;text-decoration:none;font-size:.85rem;color:var(--fg);background:var(--bg)}
.share a:hover,.share button:hover{border-color:var(--accent)}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;margin-bottom:1rem;font-size:.9rem}
.panel h2{font-size:1rem;margin:.25rem 0 .5rem;text-transform:uppercase;letter-spacing:.05em}
.panel table{width:100%;border-collapse:collapse;font-size:.82rem}
.panel th,.panel td{text-align:left;vertical-align:top;padding:.3rem .25rem;border-bottom:1px solid var(--line)}
.sources thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.sources tr{display:block;padding:.5rem 0;border-bottom:1px solid var(--line)}
.sources td{display:grid;grid-template-columns:4.5rem 1fr;gap:.5rem;border:0;padding:.1rem 0}
.sources td.empty{display:none}
.sources td::before{content:attr(data-label);color:var(--muted);font-size:.75rem;text-transform:uppercase;letter-spacing:.04em}
.anon{font-style:italic;color:var(--warn)}
.chips{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;padding:0;margin:0}
.chips a{display:inline-block;padding:.15rem .55rem;border-radius:999px;border:1px solid var(--line);text-decoration:none;font-size:.82rem;background:var(--bg)}
.chips .kind{color:var(--muted);font-size:.7rem;margin-right:.25rem;text-transform:uppercase}
.map svg{width:100%;height:auto;display:block;background:var(--sea);border-radius:4px}
.map .land{fill:var(--land);stroke:var(--line);stroke-width:.5}
.map .named{fill:var(--land-named)}
.map .place{fill:var(--dot);stroke:var(--bg);stroke-width:1}
.map text{font:11px system-ui,sans-serif;fill:var(--fg);paint-order:stroke;stroke:var(--sea);stroke-width:3px}
.matrix{overflow-x:auto}
.matrix table{border-collapse:collapse;font-size:.85rem;width:100%}
.matrix th,.matrix td{border:1px solid var(--line);padding:.35rem;vertical-align:top}
.tag-ok{color:var(--ok)}.tag-single{color:var(--warn)}.tag-conflict{color:var(--bad);font-weight:700}
.side-by-side{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}
.side-by-side section{border:1px solid var(--line);border-radius:6px;padding:.75rem}
.timeline{list-style:none;padding:0;border-left:3px solid var(--line);margin-left:.5rem}
.timeline li{padding:.25rem 0 .5rem 1rem;position:relative}
.timeline li::before{content:"";position:absolute;left:-.45rem;top:.7rem;width:.6rem;height:.6rem;border-radius:50%;background:var(--accent)}
.pager{display:flex;gap:1rem;justify-content:space-between;margin:1rem 0}
.notice{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;border-left:4px solid var(--line);padding:.5rem .75rem;background:var(--panel)}
.notice.problem{border-left-color:var(--bad)}
.feeds{font-size:.85rem}
@media print{header.site form,.share,.skip,.pager,.filters,.feeds,nav,footer{display:none!important}
:root{--fg:#000;--bg:#fff;--muted:#333}body{font-size:11pt}.article-layout{display:block}
a{color:#000;text-decoration:none}.body a[href^="http"]::after{content:" (" attr(href) ")";font-size:9pt}
.panel{break-inside:avoid;border:1px solid #999}}
`;
