// family: xss 79 safe
import { Component, Input, OnChanges } from "@angular/core";
import { Ticket } from "../models";

@Component({
  selector: "app-ticket-detail",
  template: `<h2>{{ ticket.subject }}</h2><div class="body" [innerHTML]="body"></div>`,
})
export class TicketDetailComponent implements OnChanges {
  @Input() ticket!: Ticket;
  body = "";

  ngOnChanges(): void {
    // Angular sanitizes what [innerHTML] binds
    this.body = this.ticket.bodyHtml;
  }
}
