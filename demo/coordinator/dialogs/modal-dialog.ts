// What the coordinator's dialog elements share: a native <dialog> in their shadow root, opened
// with showModal() (the page behind is inert; Escape closes it), and on closing the focus goes
// back to what had it when the dialog opened (the button that opened it), wherever that was,
// in the page or in another element's shadow root.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element that has the focus, looking into open shadow roots. */
export function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

export class ModalDialog implements ReactiveController {
  private opener: HTMLElement | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector('dialog');
  }

  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog once the host has rendered, then focuses `focus` (a selector) in it. */
  async show(focus?: string): Promise<void> {
    this.opener = deepActiveElement();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    if (focus) dialog.querySelector<HTMLElement>(focus)?.focus();
  }

  close(): void {
    this.dialog?.close();
  }

  /** For the dialog's `close` event: the focus back where it was before the dialog. */
  readonly closed = (): void => {
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
  };
}
