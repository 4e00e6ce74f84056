/**
 * The one script: progressive enhancement that adds a native "Share…" button where the Web Share API exists.
 * Served from /static so the CSP can forbid inline script. Kept as a module so the compiled server carries it.
 */
export const SHARE_JS = `(function(){
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return;
  var bars = document.querySelectorAll('[data-share-url]');
  for (var i = 0; i < bars.length; i++) {
    (function(bar){
      var li = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Share\\u2026';
      button.addEventListener('click', function(){
        navigator.share({ title: bar.getAttribute('data-share-title') || document.title, url: bar.getAttribute('data-share-url') })
          .catch(function(){});
      });
      li.appendChild(button);
      bar.appendChild(li);
    })(bars[i]);
  }
})();
`;
