// The module's stylesheets stay in the document once the bundler has added them, switched off while
// no instance is mounted, so nothing of ours styles the host afterwards and a later mount re-applies
// them without fetching or parsing them again. Several instances (the application and parcels) share
// the same sheets, so they are switched off only when the last one leaves.

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

/** Counts the mounted instances of one module and switches its sheets on for the first, off after the last. */
export class StylesheetOwner {
  private readonly mounted = new Set<string>();

  constructor(private readonly marks: () => SheetMarks) {}

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
