// family: xss 79 vuln
function renderMembers(list, members) {
  list.innerHTML = members.map((m) => `<li class="member">${m.displayName}</li>`).join(""); // sink
}
fetch("/api/team/members").then((r) => r.json()).then((members) => renderMembers(document.getElementById("members"), members));
