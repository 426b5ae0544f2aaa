"""The site's stylesheet and its one small script (copy buttons, filter as you type).

The pages work without the script: it only reveals the copy buttons and the country filter.
"""

from __future__ import annotations

STYLE = """\
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--bg:#fff;--line:#d0d7de;
--accent:#0b5cad;--accent-fg:#fff;--mark:#ffe08a;--mark-fg:#1b1f24;--card:#f6f8fa}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#a5afba;--bg:#0d1117;
--line:#30363d;--accent:#4da3ff;--accent-fg:#0d1117;--mark:#8a6d00;--mark-fg:#fff;
--card:#161b22}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
font-size:1.0625rem;line-height:1.55;color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
:lang(km){font-family:"Noto Sans Khmer","Khmer OS System","Khmer OS","Khmer UI",
"Leelawadee UI",system-ui,sans-serif;line-height:1.8}
:lang(ar){font-family:"Noto Sans Arabic","Segoe UI","Geeza Pro",Tahoma,system-ui,sans-serif}
:lang(th){font-family:"Noto Sans Thai","Leelawadee UI",Tahoma,system-ui,sans-serif;line-height:1.8}
main,footer,.top{max-width:64rem;margin:0 auto;padding:0 1rem}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid var(--accent);
outline-offset:2px}
.top{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;
padding-top:.75rem;padding-bottom:.75rem;border-bottom:1px solid var(--line)}
.home{font-weight:700;text-decoration:none;min-height:44px;display:inline-flex;align-items:center}
.langs ul{display:flex;flex-wrap:wrap;gap:.25rem;list-style:none;margin:0;padding:0}
.langs a{display:inline-flex;align-items:center;min-height:44px;min-width:44px;padding:0 .5rem;
border-radius:.5rem;text-decoration:none}
.langs a[aria-current]{background:var(--card);color:var(--fg);font-weight:700}
h1{font-size:1.9rem;line-height:1.25;margin:1.25rem 0 .25rem}
h2{font-size:1.35rem;margin:2rem 0 .5rem}
h3{font-size:1.1rem;margin:1.25rem 0 .25rem}
.lede{color:var(--muted);margin-top:0}
.jump{display:flex;flex-wrap:wrap;gap:.25rem .75rem}
.jump a{display:inline-flex;align-items:center;min-height:44px;min-width:44px}
.subscribe{background:var(--card);border:1px solid var(--line);border-radius:.75rem;
padding:.25rem 1rem 1rem;margin:1.25rem 0}
.subscribe h2{margin-top:.75rem}
.buttons{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.5rem}
.button{display:flex;align-items:center;justify-content:center;min-height:48px;padding:.5rem 1rem;
border-radius:.5rem;background:var(--accent);color:var(--accent-fg);font-weight:600;
text-decoration:none;text-align:center}
.copy{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.75rem 0 0}
.copy label{flex-basis:100%;font-size:.9rem;color:var(--muted)}
.copy input{flex:1 1 12rem;min-width:0;min-height:44px;padding:0 .5rem;font:inherit;font-size:.9rem;
border:1px solid var(--line);border-radius:.5rem;background:var(--bg);color:var(--fg)}
.copy button,.find input{min-height:44px;padding:0 1rem;font:inherit;border-radius:.5rem;
border:1px solid var(--accent);background:var(--bg);color:var(--accent)}
.note{font-size:.95rem;color:var(--muted)}
.events{list-style:none;margin:0;padding:0}
.events li{display:grid;grid-template-columns:1fr;gap:.1rem;padding:.6rem 0;
border-bottom:1px solid var(--line)}
.events time{font-size:.9rem;color:var(--muted)}
.events a{font-weight:600;display:flex;align-items:center;min-height:44px}
.theme{font-size:.95rem}
.badge{display:inline-block;font-size:.8rem;padding:0 .5rem;margin-inline-end:.25rem;
border-radius:1rem;border:1px solid var(--line);color:var(--muted)}
.badge.holiday{background:var(--mark);color:var(--mark-fg);border-color:var(--mark)}
@media (min-width:48rem){.events li{grid-template-columns:13rem 1fr;column-gap:1rem}
.events li>:not(time){grid-column:2}.events time{grid-row:span 3;padding-top:.4rem}}
.grid{display:grid;grid-template-columns:repeat(2,1fr);gap:.75rem}
@media (min-width:40rem){.grid{grid-template-columns:repeat(3,1fr)}}
@media (min-width:60rem){.grid{grid-template-columns:repeat(4,1fr)}}
.grid table{width:100%;border-collapse:collapse;table-layout:fixed;font-size:.8rem}
.grid caption{font-weight:700;text-align:start;padding:.25rem 0}
.grid th{font-weight:400;color:var(--muted);overflow:hidden;white-space:nowrap;font-size:.7rem}
.grid td{text-align:center;padding:.1rem 0}
.grid td.on{background:var(--mark);color:var(--mark-fg);border-radius:.25rem}
.countries,.days,.feeds{list-style:none;padding:0;margin:0;display:grid;
grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:0 1rem}
.countries a,.days a{display:flex;align-items:center;min-height:44px}
.days,.feeds{grid-template-columns:1fr}
.feeds li{padding:.35rem 0;border-bottom:1px solid var(--line)}
.feeds a{display:inline-flex;align-items:center;min-height:44px;margin-inline-start:.75rem}
.find{margin:.5rem 0}.find label{display:block}
.find input{width:100%;max-width:24rem;color:var(--fg);border-color:var(--line)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
.facts dt,.names dt{color:var(--muted)}.facts dd{margin:0}
.names{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}.names dd{margin:0}
table{border-collapse:collapse}
.editions td:nth-child(2){white-space:nowrap}
.editions,main>table{width:100%}
.editions th,.editions td,main>table th,main>table td{text-align:start;vertical-align:top;
padding:.35rem .5rem;border-bottom:1px solid var(--line)}
.sources li{margin:.35rem 0}
.sources a{display:inline-block;padding:.3rem 0}
footer{margin-top:3rem;padding-bottom:2rem;color:var(--muted);font-size:.9rem;
border-top:1px solid var(--line)}
footer a{display:inline-block;padding:.6rem 0}
[hidden]{display:none!important}
@media print{.top nav,.subscribe,.find,.jump,footer,script{display:none!important}
body{font-size:11pt;color:#000;background:#fff}a{color:#000;text-decoration:none}
.grid{grid-template-columns:repeat(4,1fr)}.grid td.on{background:#ddd;color:#000}
.events li{break-inside:avoid}h2{break-after:avoid}}
"""

SCRIPT = (
    "document.querySelectorAll('[data-copy]').forEach(function(b){b.hidden=false;"
    "b.addEventListener('click',function(){var i=document.getElementById(b.dataset.copy);"
    "i.select();(navigator.clipboard?navigator.clipboard.writeText(i.value):"
    "Promise.resolve(document.execCommand('copy'))).then(function(){b.textContent="
    "b.dataset.done;});});});"
    "document.querySelectorAll('[data-filter]').forEach(function(f){f.parentNode.hidden=false;"
    "f.addEventListener('input',function(){var q=f.value.trim().toLowerCase();"
    "document.querySelectorAll('.countries li').forEach(function(li){li.hidden=q!==''&&"
    "li.textContent.toLowerCase().indexOf(q)<0;});"
    "document.querySelectorAll('.continent').forEach(function(s){s.hidden="
    "!s.querySelector('li:not([hidden])');});});});"
)

__all__ = ["SCRIPT", "STYLE"]
