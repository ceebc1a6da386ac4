import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// waitFor and findBy* wait for a condition; their default bound of 1 s fails a correct test on a busy
// machine. A passing test never waits for the bound, so a longer one costs nothing.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no modal <dialog>; this stand-in keeps the open state and the close event, while the
// browser suite proves the real one (focus trap, Escape, top layer) in Chromium.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.show = HTMLDialogElement.prototype.showModal;
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement, value?: string) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    if (value !== undefined) this.returnValue = value;
    this.dispatchEvent(new Event('close'));
  };
}

// Every component test renders under StrictMode, as the module's development build does: effects run,
// clean up and run again, so a page that breaks on effect replay fails here.
configure({ reactStrictMode: true });

// A single-spa host puts its navigateToUrl here; the module's default `navigate` uses it.
if (typeof window !== 'undefined') {
  window.singleSpaNavigate = (url: string) => window.history.pushState(null, '', url);
}
