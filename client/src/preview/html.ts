import { randomBytes } from 'crypto';
import type { Uri, Webview } from 'vscode';

/**
 * The panel's page: no inline script or style, everything from media/ under a strict Content-Security-Policy
 * (scripts only with this page's nonce, styles only from the extension, nothing remote). The SVG arrives by
 * message and is parsed with DOMParser, never assigned as HTML.
 */
export function previewHtml(webview: Webview, media: Uri, nonce: string, joinPath: (base: Uri, ...parts: string[]) => Uri): string {
  const script = webview.asWebviewUri(joinPath(media, 'preview.js'));
  const style = webview.asWebviewUri(joinPath(media, 'preview.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Flow graph</title>
</head>
<body>
<div class="toolbar" role="toolbar" aria-label="Zoom">
  <button type="button" data-action="fit" title="Fit the whole flow (0)">Fit</button>
  <button type="button" data-action="zoom-out" title="Zoom out (-)" aria-label="Zoom out">−</button>
  <button type="button" data-action="zoom-in" title="Zoom in (+)" aria-label="Zoom in">+</button>
  <button type="button" data-action="actual" title="Actual size (1)">1:1</button>
  <button type="button" data-action="layout" title="Switch between the designer's block positions and an automatic layout (L)">Layout</button>
  <button type="button" data-action="simulate" title="Run the flow step by step: choose the customer's inputs and the results of Lambdas and other resources">Simulate</button>
  <span class="status" aria-live="polite"></span>
</div>
<div class="main">
<div id="stage" class="stage" tabindex="0" aria-label="Flow graph. Drag to pan, wheel to zoom; click a block to select its action in the editor."></div>
<aside id="changes" class="changes" aria-label="Changes" hidden></aside>
</div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

/** 32 random characters from [A-Za-z0-9] for the CSP nonce. */
export function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(32);
  return Array.from(bytes, (b) => chars[b % chars.length]).join('');
}
