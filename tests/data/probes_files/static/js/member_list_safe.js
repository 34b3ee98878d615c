// family: xss 79 safe
import { escapeHtml } from "./util.js";

function renderMembers(list, members) {
  list.innerHTML = members.map((m) => `<li class="member">${escapeHtml(m.displayName)}</li>`).join("");
}
fetch("/api/team/members").then((r) => r.json()).then((members) => renderMembers(document.getElementById("members"), members));
