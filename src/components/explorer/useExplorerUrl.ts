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
    window.history[mode === "push" ? "pushState" : "replaceState"](null, "", url);
    window.dispatchEvent(new Event(EVENT));
  }, []);
  return [search, navigate];
}
