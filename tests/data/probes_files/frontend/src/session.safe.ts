// family: random 338 safe
export function newInviteCode(): string {
  const inviteToken = crypto.randomUUID();
  return inviteToken;
}
