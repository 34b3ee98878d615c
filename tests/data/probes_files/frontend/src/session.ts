// family: random 338 vuln
export function newInviteCode(): string {
  const inviteToken = Math.random().toString(36).slice(2); // sink
  return inviteToken;
}
