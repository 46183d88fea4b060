// The site's own behaviour, on every page:
// - exact first: when the search box holds a code's wire value (in any case), the codes with
//   that spelling are listed above the full-text results, each with its provider and code set;
// - the decoder page loads its script (assets/decoder/index.js) only when it is shown;
// - code blocks are coloured by highlight.js (assets/highlight.min.js), each once, by the
//   language its fence names; a block without one (a Mermaid diagram's source) is left alone.
// Text from the page or the index is only ever set as text, never as markup.
// A classic script (document.currentScript gives its address), strict, its names kept in a block.
"use strict";
{
  const script = document.currentScript;
  const root = new URL("..", script ? script.src : document.baseURI);
  let index = null;
  let loading = null;

  function codes() {
    if (index !== null) return Promise.resolve(index);
    if (loading === null) {
      loading = fetch(new URL("reference/codes.json", root))
        .then(function (response) {
          return response.json();
        })
        .then(function (body) {
          index = Array.isArray(body && body.codes) ? body.codes : [];
          return index;
        })
        .catch(function () {
          index = [];
          return index;
        });
    }
    return loading;
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

  function render(entries) {
    const list = document.createElement("ol");
    list.className = "md-search-result__list bankcodes-exact";
    list.setAttribute("aria-label", "Exact code matches");
    entries.forEach(function (entry) {
      const item = document.createElement("li");
      item.className = "md-search-result__item";
      const link = document.createElement("a");
      link.className = "md-search-result__link";
      link.href = new URL(entry[5], root).href;
      const article = document.createElement("article");
      article.className = "md-search-result__article md-typeset";
      const title = document.createElement("h1");
      title.textContent = entry[0];
      const where = document.createElement("p");
      where.textContent = entry[2] + " · " + entry[4] + " · exact code";
      article.appendChild(title);
      article.appendChild(where);
      link.appendChild(article);
      item.appendChild(link);
      list.appendChild(item);
    });
    return list;
  }

  function update(input) {
    const query = input.value;
    codes().then(function (entries) {
      if (input.value !== query) return;
      const result = document.querySelector(".md-search-result");
      if (result === null) return;
      const old = result.querySelector(".bankcodes-exact");
      if (old !== null) old.remove();
      const found = exactItems(query, entries);
      if (found.length === 0) return;
      const meta = result.querySelector(".md-search-result__meta");
      const list = render(found);
      if (meta !== null && meta.nextSibling) result.insertBefore(list, meta.nextSibling);
      else result.insertBefore(list, result.firstChild);
    });
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

  // The theme's search dialog has no accessible name; give it one.
  const dialog = document.querySelector('.md-search[role="dialog"]');
  if (dialog !== null && !dialog.hasAttribute("aria-label"))
    dialog.setAttribute("aria-label", "Search");

  // The page's blocks are coloured at once, before the theme marks the words of a search in
  // them (a page opened from a search result's address); then each page instant navigation
  // shows.
  highlight();
  if (typeof window.document$ === "object" && window.document$ !== null) {
    window.document$.subscribe(function () {
      highlight();
      decoder();
    });
  } else {
    decoder();
  }
}
