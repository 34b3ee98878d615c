// family: secret 798 259 safe
export const settings = {
  apiBase: "/api/v2",
  mapsApiKey: import.meta.env.VITE_MAPS_API_KEY,
};
