// Preloaded by protocol.test.ts: an error that no handler catches, thrown once the server is up (a timer), and a
// promise rejected with nobody waiting. The server must log both and keep serving.
'use strict';
setTimeout(() => {
  throw new Error('uncaught error from the robustness test');
}, 300);
setTimeout(() => void Promise.reject(new Error('unhandled rejection from the robustness test')), 300);
