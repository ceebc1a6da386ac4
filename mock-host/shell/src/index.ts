// The async boundary: shared modules (react, single-spa) are negotiated before any code that uses them runs.
import('./bootstrap');
