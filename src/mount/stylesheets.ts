// The module's stylesheets stay in the document once the bundler has added them, switched off while
// no instance is mounted, so nothing of ours styles the host afterwards and a later mount re-applies
// them without fetching or parsing them again. Several instances (the application and parcels) share
// the same sheets, so they are switched off only when the last one leaves.
//
// A mount also makes sure the page's stylesheet applies. A host's federation runtime may add the
// page's <link> itself, and the bundler then takes any link to that file for a loaded one: a file
// that failed (a new release removed it, a 503 for a moment) left the page unstyled without a word.
// The page's root carries a property only the module's sheet sets; without it after a mount, the
// module's files are fetched again, and a page whose sheet still does not apply says so.
import { RETRY_DELAYS_MS, wait } from '../chunks/retried';
import { ValueStore } from '../store/store';

/** How the module's own stylesheets are told apart from every other one on the page. */
export interface SheetMarks {
  /** The bundler's uniqueName: rspack's CSS runtime marks the links it adds `data-rspack="<uniqueName>:…"`. */
  uniqueName: string;
  /**
   * Where the module's files are served from. The build names every CSS file `<uniqueName>.…css`, so a
   * link the federation runtime added for the module (it carries no mark) is known by its file name.
   */
  publicPath: string;
}

/**
 * The module's own `<link>`s: marked by its bundler runtime, or one of its CSS files by name. Never a
 * host's sheet, wherever the module is deployed (the host's origin, the root path).
 */
export function ownStylesheets({ uniqueName, publicPath }: SheetMarks, root: ParentNode = document) {
  const filePrefix = publicPath ? `${publicPath}${uniqueName}.` : null;
  return Array.from(root.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).filter(
    (link) =>
      link.getAttribute('data-rspack')?.startsWith(`${uniqueName}:`) ||
      (filePrefix !== null && link.href.startsWith(filePrefix)),
  );
}

function switchSheets(marks: SheetMarks, on: boolean): void {
  for (const link of ownStylesheets(marks)) {
    // The sheet object, not the element's `disabled` attribute: toggling the attribute may make the
    // browser fetch the file again, toggling the sheet never does.
    if (link.sheet) link.sheet.disabled = !on;
    else link.disabled = !on;
  }
}

/** Whether the module's sheet applies: not known yet, applies, or could not be fetched. */
export type SheetsState = 'unchecked' | 'applied' | 'failed';

/** Resolves once `link` has loaded or failed (a sheet on its way). */
const settled = (link: HTMLLinkElement) =>
  new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });

/**
 * Fetches `link`'s file again with a new <link> beside it: once it loads it takes the old one's place;
 * one that fails is taken out. Resolves either way.
 */
function fetchAgain(link: HTMLLinkElement): Promise<void> {
  const copy = link.cloneNode() as HTMLLinkElement;
  copy.removeAttribute('data-rspack-loading');
  return new Promise((resolve) => {
    copy.addEventListener(
      'load',
      () => {
        link.remove();
        resolve();
      },
      { once: true },
    );
    copy.addEventListener(
      'error',
      () => {
        copy.remove();
        resolve();
      },
      { once: true },
    );
    link.after(copy);
  });
}

/** Counts the mounted instances of one module and switches its sheets on for the first, off after the last. */
export class StylesheetOwner {
  private readonly mounted = new Set<string>();
  /** Whether the module's sheet applies, as the last mount found: the page tells the administrator when it fails. */
  readonly state = new ValueStore<SheetsState>('unchecked');

  constructor(
    private readonly marks: () => SheetMarks,
    private readonly delays: readonly number[] = RETRY_DELAYS_MS,
  ) {}

  /**
   * After a mount: whether the module's sheet applies to `root` (`applies` reads the property only the
   * sheet sets). A sheet still on its way (a host's runtime may have added it just now) is waited for,
   * up to the first delay; if the sheet does not apply then, its files are fetched again after each of
   * the delays, until it does. `state` says whether it applies or failed.
   */
  async verify(root: Element, applies: (element: Element) => boolean): Promise<void> {
    const check = () => {
      if (!applies(root)) return false;
      this.state.set('applied');
      return true;
    };
    if (check()) return;
    const pending = ownStylesheets(this.marks()).filter((link) => link.sheet === null);
    if (pending.length > 0) {
      await Promise.race([Promise.all(pending.map(settled)), wait(this.delays[0] ?? 0)]);
      if (check()) return;
    }
    for (const delay of this.delays) {
      await wait(delay);
      await Promise.all(ownStylesheets(this.marks()).map(fetchAgain));
      if (check()) return;
    }
    this.state.set('failed');
  }

  /** An instance (by its single-spa name) mounts; its sheets apply from now on. */
  claim(instance: string): void {
    this.mounted.add(instance);
    switchSheets(this.marks(), true);
  }

  /** An instance unmounted; the sheets go off only when no other instance is still mounted. */
  release(instance: string): void {
    this.mounted.delete(instance);
    if (this.mounted.size === 0) switchSheets(this.marks(), false);
  }
}
