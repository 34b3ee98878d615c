// family: xss 79 safe
import { escapeHtml } from "./escape";

export class ChatPanel {
  constructor(private readonly log: HTMLElement) {}

  onMessage(message: { sender: string; text: string }): void {
    this.log.insertAdjacentHTML("beforeend", `<p><b>${escapeHtml(message.sender)}</b>: ${escapeHtml(message.text)}</p>`);
  }
}
