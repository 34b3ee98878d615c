// family: xss 79 vuln
export class ChatPanel {
  constructor(private readonly log: HTMLElement) {}

  onMessage(message: { sender: string; text: string }): void {
    this.log.insertAdjacentHTML("beforeend", `<p><b>${message.sender}</b>: ${message.text}</p>`); // sink
  }
}
