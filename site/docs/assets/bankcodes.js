// The site's own behaviour, on every page:
// - exact first: when the search box holds a code's wire value (in any case), the codes with
//   that spelling (or alias) are listed above the full-text results, each with its page (and
//   the line above them says so while the theme's own search is still loading);
// - the decoder page loads its script (assets/decoder/index.js) only when it is shown;
// - code blocks are coloured by highlight.js (assets/highlight.min.js), each once, by the
//   language its fence names; a block without one (a Mermaid diagram's source) is left alone;
// - an address of a code whose block moved to a page of its own (a split code set's page, whose
//   table row keeps the code's anchor and names where it went in data-moved) leads on to it,
//   as does one on another page of its set (p.bc-part links the set's page).
// - the matrix's providers are chosen with its checkboxes (shown only with this script), the
//   choice kept in the browser for the next visit.
// Text from the page or the index is only ever set as text, never as markup.
// A classic script (document.currentScript gives its address), strict, its names kept in a block.
"use strict";
{
  const script = document.currentScript;
  const root = new URL("..", script ? script.src : document.baseURI);
  let index = null;
  let loading = null;

  // The codes are looked up in the theme's own search index (search/search_index.json, which
  // its search fetches too, so the browser's cache serves it once): every code's block is a
  // section titled by its wire value in a code element, whose searched text is its aliases
  // ("Aliases" and a code element each) when it has any (site/build.py's searched); a page's
  // first section is titled by the page. Each entry here is [spelling, page title, address
  // with its anchor].
  function codes() {
    if (index !== null) return Promise.resolve(index);
    if (loading === null) {
      loading = fetch(new URL("search/search_index.json", root))
        .then(function (response) {
          return response.json();
        })
        .then(function (body) {
          index = entries(body && Array.isArray(body.docs) ? body.docs : []);
          return index;
        })
        .catch(function () {
          index = [];
          return index;
        });
    }
    return loading;
  }

  const CODE = /^<code>([^<]*)<\/code>$/;
  const ALIASES = /^Aliases((?:(?:, )?<code>[^<]*<\/code>)+)$/;

  function entries(docs) {
    const titles = {};
    const found = [];
    docs.forEach(function (doc) {
      if (doc === null || typeof doc !== "object") return;
      const { location, title, text } = doc;
      if (typeof location !== "string" || typeof title !== "string") return;
      const hash = location.indexOf("#");
      if (hash === -1) {
        titles[location] = plain(title);
        return;
      }
      const value = CODE.exec(title);
      if (value === null) return;
      const page = location.slice(0, hash);
      found.push([plain(value[1]), page, location]);
      const aliases = typeof text === "string" ? ALIASES.exec(text) : null;
      if (aliases === null) return;
      aliases[1].split(/<\/?code>/).forEach(function (alias) {
        if (alias !== "" && alias !== ", ") found.push([plain(alias), page, location]);
      });
    });
    return found.map(function (entry) {
      return [entry[0], titles[entry[1]] || entry[1], entry[2]];
    });
  }

  // The text of an index title: it holds HTML's escapes (&amp;), never markup here.
  function plain(html) {
    if (html.indexOf("&") === -1) return html; // nothing escaped: the text itself
    const parsed = new DOMParser().parseFromString(html, "text/html");
    return parsed.body.textContent || "";
  }

  function exactItems(query, entries) {
    const typed = query.trim();
    const wanted = typed.toLowerCase();
    if (wanted === "" || wanted.length > 200) return [];
    const found = entries.filter(function (entry) {
      return typeof entry[0] === "string" && entry[0].toLowerCase() === wanted;
    });
    // The spelling typed exactly comes before the same letters in another case.
    return found
      .filter(function (entry) {
        return entry[0] === typed;
      })
      .concat(
        found.filter(function (entry) {
          return entry[0] !== typed;
        }),
      );
  }

  function render(entries, note = " · exact code") {
    const list = document.createElement("ol");
    list.className = "md-search-result__list bankcodes-exact";
    list.setAttribute("aria-label", "Exact code matches");
    entries.forEach(function (entry) {
      const item = document.createElement("li");
      item.className = "md-search-result__item";
      const link = document.createElement("a");
      link.className = "md-search-result__link";
      link.href = new URL(entry[2], root).href;
      const article = document.createElement("article");
      article.className = "md-search-result__article md-typeset";
      const title = document.createElement("h1");
      title.textContent = entry[0];
      const where = document.createElement("p");
      where.textContent = entry[1] + note;
      article.appendChild(title);
      article.appendChild(where);
      link.appendChild(article);
      item.appendChild(link);
      list.appendChild(item);
    });
    return list;
  }

  // The theme's line above the results says "Initializing search" until its search has read
  // the index; the exact list may be shown before that. The line then says what is shown (the
  // theme rewrites it with its own count once its results come).
  const metaAtLoad = document.querySelector(".md-search-result__meta");
  const initializing = metaAtLoad === null ? null : metaAtLoad.textContent;

  function sayShown(meta, count) {
    if (meta === null || initializing === null || meta.textContent !== initializing) return;
    const codes = count === 1 ? "1 code" : count + " codes";
    meta.textContent = codes + " with this exact value; the full-text search is still loading";
  }

  function update(input) {
    const query = input.value;
    codes().then(function (entries) {
      if (input.value !== query) return;
      const result = document.querySelector(".md-search-result");
      if (result === null) return;
      offerTexts(result, query);
      const old = result.querySelector(".bankcodes-exact");
      // The list already shown for this query stays: a reader may be clicking one of its links.
      if (old instanceof HTMLElement && old.dataset.query === query) return;
      if (old !== null) old.remove();
      const found = exactItems(query, entries);
      if (found.length === 0) return;
      const meta = result.querySelector(".md-search-result__meta");
      const list = render(found);
      list.dataset.query = query;
      if (meta !== null && meta.nextSibling) result.insertBefore(list, meta.nextSibling);
      else result.insertBefore(list, result.firstChild);
      sayShown(meta, found.length);
    });
  }

  // The codes' texts, which the first search's index leaves out (site/build.py's searched, its
  // file search/texts.json: [address, text] each): fetched once, when a reader asks for them.
  let texts = null;

  function codeTexts() {
    if (texts === null) {
      texts = fetch(new URL("search/texts.json", root))
        .then(function (response) {
          return response.json();
        })
        .then(function (body) {
          return Array.isArray(body) ? body : [];
        })
        .catch(function () {
          return [];
        });
    }
    return texts;
  }

  // The most codes a search of the texts lists, and how much of each text it shows.
  const MOST_TEXTS = 20;
  const SHOWN = 160;

  // The codes whose text holds every word typed (in any case), in the catalog's order.
  function textItems(query, found, entries) {
    const words = query
      .toLowerCase()
      .split(/\s+/)
      .filter(function (word) {
        return word !== "";
      });
    const named = {};
    entries.forEach(function (entry) {
      if (!(entry[2] in named)) named[entry[2]] = entry;
    });
    return found
      .filter(function (pair) {
        const text = typeof pair[1] === "string" ? pair[1].toLowerCase() : "";
        return (
          words.length > 0 &&
          pair[0] in named &&
          words.every(function (word) {
            return text.indexOf(word) !== -1;
          })
        );
      })
      .map(function (pair) {
        const text = pair[1].length > SHOWN ? pair[1].slice(0, SHOWN) + "…" : pair[1];
        return [named[pair[0]][0], named[pair[0]][1] + " · " + text, pair[0]];
      });
  }

  // At the end of the results, a button that searches the codes' texts for the words typed,
  // then the codes it finds (their texts are not in the index the first search fetches).
  function offerTexts(result, query) {
    const old = result.querySelector(".bankcodes-texts");
    if (old instanceof HTMLElement && old.dataset.query === query) return;
    if (old !== null) old.remove();
    if (query.trim().length < 3) return;
    const part = document.createElement("div");
    part.className = "bankcodes-texts";
    part.dataset.query = query;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "md-button";
    button.textContent = "Search the codes' descriptions too";
    button.addEventListener("click", function () {
      button.disabled = true;
      Promise.all([codeTexts(), codes()]).then(function (both) {
        const found = textItems(query, both[0], both[1]);
        const said = document.createElement("p");
        said.className = "md-search-result__meta";
        const more = found.length > MOST_TEXTS ? " (the first " + MOST_TEXTS + " shown)" : "";
        said.textContent =
          found.length === 0
            ? "No code's description holds these words."
            : found.length === 1
              ? "1 code whose description holds these words"
              : found.length + " codes whose descriptions hold these words" + more;
        const list = render(found.slice(0, MOST_TEXTS), "");
        list.className = "md-search-result__list bankcodes-texts-list";
        list.setAttribute("aria-label", "Codes whose description holds the words");
        part.replaceChildren(said, list);
      });
    });
    part.appendChild(button);
    result.appendChild(part);
  }

  document.addEventListener("input", function (event) {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.classList.contains("md-search__input")) {
      update(target);
      // The theme redraws its results after each keystroke; keep the exact list on top.
      setTimeout(function () {
        update(target);
      }, 250);
    }
  });

  function decoder() {
    if (document.querySelector("[data-bankcodes-decoder]") === null) return;
    if (typeof window.bankcodesDecoder === "function") {
      window.bankcodesDecoder();
      return;
    }
    if (document.querySelector("script[data-bankcodes-decoder-script]") !== null) return;
    const tag = document.createElement("script");
    tag.type = "module";
    tag.src = new URL("assets/decoder/index.js", root).href;
    tag.setAttribute("data-bankcodes-decoder-script", "");
    document.body.appendChild(tag);
  }

  function highlight() {
    if (typeof window.hljs !== "object" || window.hljs === null) return;
    const blocks = document.querySelectorAll(
      'pre.highlight > code[class*="language-"]:not([data-highlighted])',
    );
    for (let i = 0; i < blocks.length; i++) window.hljs.highlightElement(blocks[i]);
  }

  // The element the address's anchor names, if any.
  function anchorTarget() {
    if (location.hash.length < 2) return null;
    try {
      return document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch (error) {
      return null; // an anchor that is no escaped text names nothing
    }
  }

  function moved() {
    const row = anchorTarget();
    const target = row === null ? null : row.getAttribute("data-moved");
    if (target !== null) location.replace(new URL(target, location.href).href);
    // A page of a split set that does not hold the code: its set's page leads on to it.
    const set = document.querySelector("p.bc-part a");
    if (row === null && location.hash.length > 1 && set !== null)
      location.replace(new URL(location.hash, set.href).href);
  }

  // A page the theme's instant navigation brings in at an anchor (a search result, with the
  // site's address set, as under make serve) is scrolled to it by the theme while the search
  // that was open on a phone still holds the page fixed (data-md-scrolllock), and the theme's
  // own work on the new content (its tables wrapped) then moves it further. For a second after
  // the hold is released, unless the reader scrolls, the anchor is brought back into view.
  function anchored() {
    const target = anchorTarget();
    if (target === null) return;
    let moved = false;
    function reader() {
      moved = true;
    }
    ["wheel", "touchstart", "keydown"].forEach(function (name) {
      window.addEventListener(name, reader, { once: true, passive: true });
    });
    const until = Date.now() + 2000;
    let left = 4;
    function check() {
      if (moved) return;
      if (document.body.hasAttribute("data-md-scrolllock") && Date.now() < until) {
        setTimeout(check, 50);
        return;
      }
      const box = target.getBoundingClientRect();
      if (box.top < 0 || box.top > window.innerHeight / 2) target.scrollIntoView();
      left -= 1;
      if (left > 0) setTimeout(check, 250);
    }
    setTimeout(check, 50);
  }

  const HIDDEN = "bankcodes.matrix.hidden";

  function matrix() {
    const chooser = document.querySelector(".bc-matrix-choose");
    if (chooser === null || !chooser.hidden) return;
    let hidden = [];
    try {
      hidden = JSON.parse(localStorage.getItem(HIDDEN) || "[]");
    } catch (error) {
      hidden = [];
    }
    if (!Array.isArray(hidden)) hidden = [];
    const boxes = chooser.querySelectorAll('input[type="checkbox"]');
    function show() {
      const off = [];
      boxes.forEach(function (box) {
        if (!box.checked) off.push(box.value);
      });
      document.querySelectorAll(".bc-matrix-table [data-provider]").forEach(function (cell) {
        cell.classList.toggle("bc-matrix-off", off.indexOf(cell.dataset.provider) !== -1);
      });
      try {
        localStorage.setItem(HIDDEN, JSON.stringify(off));
      } catch (error) {
        // A browser that keeps nothing still shows the choice.
      }
    }
    boxes.forEach(function (box) {
      box.checked = hidden.indexOf(box.value) === -1;
      box.addEventListener("change", show);
    });
    chooser.hidden = false;
    show();
  }

  // The theme's search dialog has no accessible name; give it one.
  const dialog = document.querySelector('.md-search[role="dialog"]');
  if (dialog !== null && !dialog.hasAttribute("aria-label"))
    dialog.setAttribute("aria-label", "Search");

  // The page's blocks are coloured at once, before the theme marks the words of a search in
  // them (a page opened from a search result's address); then each page instant navigation
  // shows.
  moved();
  window.addEventListener("hashchange", moved);
  highlight();
  matrix();
  if (typeof window.document$ === "object" && window.document$ !== null) {
    window.document$.subscribe(function () {
      moved();
      anchored();
      highlight();
      matrix();
      decoder();
    });
  } else {
    decoder();
  }
}
