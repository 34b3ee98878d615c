// family: xss 79 338 safe
import DOMPurify from "dompurify";
import escapeHtml from "escape-html";

export function retryDelay(attempt) {
  const jitter = Math.random() * 250;
  return Math.min(30000, 500 * 2 ** attempt) + jitter;
}

export function sampleTelemetry() {
  return Math.random() < 0.05;
}

export function renderNotice(container, notice) {
  container.innerHTML = DOMPurify.sanitize(notice.html);
}

export function renderTitle(container, notice) {
  container.textContent = notice.title;
}

export function clearList(list) {
  list.innerHTML = "";
}

export function addPlaceholder(list) {
  list.insertAdjacentHTML("beforeend", '<li class="placeholder">No statements yet</li>');
}

export function renderMember(container, member) {
  container.innerHTML = `<span class="member">${escapeHtml(member.name)}</span>`;
}
