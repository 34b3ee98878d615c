// family: secret 798 259 vuln
export const settings = {
  apiBase: "/api/v2",
  mapsApiKey: "f3a9c1e7b5d2048c6e1a3f5b7d9c2e4a",  // sink
};
