// htmx requests carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Behaviour that would otherwise sit in inline handlers or style attributes, which the
// Content-Security-Policy does not allow.
function gbApply(root) {
  var elements = root.querySelectorAll ? Array.prototype.slice.call(root.querySelectorAll('[data-gb-width]')) : [];
  if (root.matches && root.matches('[data-gb-width]')) {
    elements.push(root);
  }
  elements.forEach(function (element) {
    element.style.width = element.getAttribute('data-gb-width') + '%';
  });
}
document.addEventListener('DOMContentLoaded', function () { gbApply(document); });
document.addEventListener('htmx:load', function (event) { gbApply(event.detail.elt); });

document.addEventListener('click', function (event) {
  var tree = event.target.closest('[data-gb-tree]');
  if (tree) {
    var open = tree.getAttribute('data-gb-tree') === 'expand';
    document.querySelectorAll('.gb-tree details').forEach(function (details) { details.open = open; });
  }
  if (event.target.closest('[data-gb-back]')) {
    event.preventDefault();
    history.back();
  }
  // A submit button that sends its form to the form's address plus the code field.
  var byCode = event.target.closest('[data-gb-action-code]');
  if (byCode && byCode.form) {
    var form = byCode.form;
    form.action = form.action + '/' + encodeURIComponent(form.code.value) + byCode.getAttribute('data-gb-action-code');
  }
});

document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.hasAttribute && form.hasAttribute('data-gb-confirm') && !confirm(form.getAttribute('data-gb-confirm'))) {
    event.preventDefault();
  }
});
