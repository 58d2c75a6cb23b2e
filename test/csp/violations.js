/* global window, document */
// Records Content-Security-Policy violations and resource loads for test/browser/embedding.test.ts.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`);
});
