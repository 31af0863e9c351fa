"use client";

import { useEffect, useState } from "react";
import { decodeIndex, type ExplorerIndexJson, type ExplorerRow } from "@/lib/explorer/rows";
import { fileHref } from "@/lib/routes";

export interface LoadedIndex {
  rows: ExplorerRow[];
  countries: ExplorerIndexJson["countries"];
  organizations: ExplorerIndexJson["organizations"];
}

/** The compact index, fetched once after hydration (versioned URL, so the browser caches it). */
export function useExplorerIndex(version: string): { index?: LoadedIndex; failed: boolean } {
  const [state, setState] = useState<{ index?: LoadedIndex; failed: boolean }>({ failed: false });
  useEffect(() => {
    let cancelled = false;
    fetch(fileHref(`/data/explorer-index.json?v=${encodeURIComponent(version)}`))
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((json: ExplorerIndexJson) => {
        if (!cancelled) setState({ index: { rows: decodeIndex(json), countries: json.countries, organizations: json.organizations }, failed: false });
      })
      .catch(() => !cancelled && setState({ failed: true }));
    return () => {
      cancelled = true;
    };
  }, [version]);
  return state;
}
