/**
 * The language-server layer: connection, document cache, sliced checking and one handler per feature.
 * The only entry into this layer from outside it (the server's process entry is server.ts, bundled to dist/server.js).
 */
export { startServer } from './server';
export { ModelCache, FLOW_LANGUAGE_ID, fsPathOf, isHandled } from './documents';
export { validateInSlices, SLICE_MS } from './slicedValidation';
export { featureCapabilities, registerFeatures, type FeatureContext } from './features';
