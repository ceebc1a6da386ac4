// How a mount tells the module's stylesheet applies to its root: bundled only, by a property only it sets.
import styles from './root.module.css';

declare const __webpack_require__: unknown;
/** Whether the module runs from its bundle (the tests run its sources, where no stylesheet loads). */
export const bundled = () => typeof __webpack_require__ === 'function';

/** The property only the module's stylesheet sets on its root (its name is made local by CSS Modules). */
const SHEET_PROPERTY = styles['active-sessions-sheet'] ?? '';
export const sheetApplies = (element: Element) =>
  getComputedStyle(element).getPropertyValue(SHEET_PROPERTY).trim() === 'applied';
