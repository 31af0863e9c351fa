/**
 * Matching names, once for the whole site: one folding rule and one index over names, used by the
 * country registry (resolving a record's "Swaziland"), the explorer's country picker, /countries/
 * and the site search. Browser code imports it too, so it has no dependencies.
 */

/** Case, accents, punctuation and a leading "the" do not distinguish two names. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[’'`´.,()/:;"“”«»]/g, " ")
    .replace(/[-–—]/g, " ")
    .replace(/^\s*(the|la|le|les|el|los|las|l)\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a query, folded. */
export function foldWords(text: string): string[] {
  return foldName(text).split(" ").filter(Boolean);
}

/** True when every word of the (folded) query occurs in the (folded) text. */
export function matchesAllWords(foldedText: string, queryWords: readonly string[]): boolean {
  return queryWords.every((word) => foldedText.includes(word));
}

/** How well a name matched: lower is better. */
export const MATCH_RANK = { exact: 0, prefix: 1, wordPrefix: 2, contains: 3 } as const;

export interface NameMatch {
  id: string;
  /** The name that matched (as written, not folded). */
  name: string;
  rank: number;
}

export interface NameIndex {
  /** Ids whose names include this one exactly (folded). */
  exact(name: string): string[];
  /** Ids whose names contain the query, best match first (one match per id). */
  search(query: string, limit?: number): NameMatch[];
  /** The id whose name is nearest to a misspelt one, if near enough to be a typo. */
  nearest(name: string): string | undefined;
}

export function buildNameIndex(entries: readonly { id: string; names: readonly string[] }[]): NameIndex {
  const byFolded = new Map<string, string[]>();
  const keyed: { id: string; name: string; key: string; spaced: string }[] = [];
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const name of entry.names) {
      const key = foldName(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const ids = byFolded.get(key);
      if (ids) {
        if (!ids.includes(entry.id)) ids.push(entry.id);
      } else byFolded.set(key, [entry.id]);
      keyed.push({ id: entry.id, name, key, spaced: ` ${key}` });
    }
  }

  return {
    exact: (name) => byFolded.get(foldName(name)) ?? [],
    search(query, limit = Infinity) {
      const q = foldName(query);
      if (!q) return [];
      const best = new Map<string, NameMatch>();
      for (const { id, name, key, spaced } of keyed) {
        const rank =
          key === q ? MATCH_RANK.exact : key.startsWith(q) ? MATCH_RANK.prefix : spaced.includes(` ${q}`) ? MATCH_RANK.wordPrefix : key.includes(q) ? MATCH_RANK.contains : -1;
        if (rank < 0) continue;
        const previous = best.get(id);
        if (!previous || rank < previous.rank) best.set(id, { id, name, rank });
      }
      return [...best.values()].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name)).slice(0, limit);
    },
    nearest(name) {
      const q = foldName(name);
      let bestId: string | undefined;
      let bestDistance = Math.max(2, Math.floor(q.length / 4)) + 1;
      for (const { id, key } of keyed) {
        if (Math.abs(key.length - q.length) >= bestDistance) continue;
        const d = editDistance(q, key);
        if (d < bestDistance) [bestId, bestDistance] = [id, d];
      }
      return bestId;
    },
  };
}

/** Levenshtein distance, two rows at a time. */
/** A name index built on its first use, not when it is declared: for indexes a page may never query. */
export function lazyNameIndex(entries: () => readonly { id: string; names: readonly string[] }[]): NameIndex {
  let built: NameIndex | undefined;
  const index = () => (built ??= buildNameIndex(entries()));
  return {
    exact: (name) => index().exact(name),
    search: (query, limit) => index().search(query, limit),
    nearest: (name) => index().nearest(name),
  };
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}

/** The letter a name is filed under in an A–Z list: accents folded ("Åland" → A), anything else "#". */
export function initialOf(name: string): string {
  const first = foldName(name).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : "#";
}
