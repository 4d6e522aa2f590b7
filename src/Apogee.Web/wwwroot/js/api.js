// The dashboard talks to the same REST API everyone else uses; errors arrive as problem+json.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export async function getJson(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!r.ok) {
    let detail = `${r.status} ${r.statusText}`;
    try {
      const p = await r.json();
      detail = p.detail ?? p.title ?? detail;
    } catch {
      // not JSON: keep the status line
    }
    throw new ApiError(r.status, detail);
  }
  return r.json();
}

/** Query string of the shared filters (the same names /api/events, /api/overview and /api/export read). */
export function filterQuery(filters, extra = {}) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) {
    if (v !== null && v !== undefined && v !== '') p.set(k, v);
  }
  return p.toString();
}
