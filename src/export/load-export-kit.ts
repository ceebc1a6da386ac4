// Fetches the export code and its words in the page's language, when an Export button is pressed. A
// fetch that fails is tried again (chunks/retried.ts); one that still fails is told by the caller, and
// the next press tries once more.
import { retried } from '../chunks/retried';
import { loadExportMessages } from '../i18n/languages';

export type ExportKit = typeof import('./export-kit');

let code: Promise<ExportKit> | null = null;

/** The export code, with its words in `language`. */
export function loadExportKit(language: string): Promise<ExportKit> {
  code ??= retried(() => import(/* webpackChunkName: "on-demand-export" */ './export-kit'))().catch(
    (error: unknown) => {
      code = null;
      throw error;
    },
  );
  return Promise.all([code, loadExportMessages(language)]).then(([kit]) => kit);
}
