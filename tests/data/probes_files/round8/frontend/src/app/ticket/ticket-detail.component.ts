// family: xss 79 vuln
import { Component, Input, OnChanges } from "@angular/core";
import { DomSanitizer, SafeHtml } from "@angular/platform-browser";
import { Ticket } from "../models";

@Component({
  selector: "app-ticket-detail",
  template: `<h2>{{ ticket.subject }}</h2><div class="body" [innerHTML]="body"></div>`,
})
export class TicketDetailComponent implements OnChanges {
  @Input() ticket!: Ticket;
  body: SafeHtml = "";

  constructor(private sanitizer: DomSanitizer) {}

  ngOnChanges(): void {
    this.body = this.sanitizer.bypassSecurityTrustHtml(this.ticket.bodyHtml); // sink
  }
}
