"use client";

import { useCallback, useSyncExternalStore } from "react";

const EVENT = "rcp:urlchange";

function subscribe(callback: () => void): () => void {
  window.addEventListener("popstate", callback);
  window.addEventListener(EVENT, callback);
  return () => {
    window.removeEventListener("popstate", callback);
    window.removeEventListener(EVENT, callback);
  };
}

/**
 * The page's query string as state: read from the address bar (empty during the static render and
 * hydration, so the first paint matches the HTML), written with one history entry per change, so
 * back and forward step through views and a copied address reproduces the view.
 */
export function useQueryString(): [string, (query: string, mode?: "push" | "replace") => void] {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search.replace(/^\?/, ""),
    () => "",
  );
  const navigate = useCallback((query: string, mode: "push" | "replace" = "push") => {
    const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
    if (`${window.location.pathname}${window.location.search}` === url) return;
    // The browser's own methods, not the ones Next's router wraps on `window.history`: a change of
    // view is not a router navigation, and the wrapped ones re-render the whole router (and copy
    // its tree into the entry) on every click. Entries with no state are left to us on back and
    // forward: Next's popstate handler ignores them.
    History.prototype[mode === "push" ? "pushState" : "replaceState"].call(window.history, null, "", url);
    window.dispatchEvent(new Event(EVENT));
  }, []);
  return [search, navigate];
}
