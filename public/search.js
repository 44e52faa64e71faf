// Starts Pagefind's search box on /search/ (app/search/page.tsx): the only script of the site.
// Paths come from data attributes so the page works under any base path; ?q= searches at once.
(function () {
  var root = document.getElementById('search');
  if (!root || typeof PagefindUI === 'undefined') return;
  var ui = new PagefindUI({
    element: '#search',
    bundlePath: root.dataset.bundlePath,
    baseUrl: root.dataset.baseUrl,
    showSubResults: true,
    showImages: true,
    excerptLength: 30,
    autofocus: true,
    translations: { placeholder: 'Rechercher un talk, une ville…' },
  });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
