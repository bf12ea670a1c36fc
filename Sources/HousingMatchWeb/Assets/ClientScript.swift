/// The little script the pages use, served as a file so that the
/// Content-Security-Policy can forbid inline code. It refreshes a progress
/// section from its job's status and reloads the page when the answer is there.
enum ClientScript {
    static let javaScript = #"""
    "use strict";
    (function () {
      function watch(section) {
        var job = section.getAttribute("data-job");
        function poll() {
          fetch("/taak/" + encodeURIComponent(job), { credentials: "same-origin", cache: "no-store" })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (status) {
              if (!status) { return; }
              ["headline", "detail", "best", "gap"].forEach(function (name) {
                var field = section.querySelector("[data-field=" + name + "]");
                if (field) { field.textContent = status[name]; }
              });
              if (status.done && !status.failed) { window.location.reload(); return; }
              if (!status.done) { window.setTimeout(poll, 700); }
            })
            .catch(function () { window.setTimeout(poll, 2000); });
        }
        window.setTimeout(poll, 500);
      }
      document.addEventListener("DOMContentLoaded", function () {
        Array.prototype.forEach.call(document.querySelectorAll("[data-job]"), watch);
        Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
          button.hidden = false;
          button.addEventListener("click", function () { window.print(); });
        });
      });
    })();
    """#
}
