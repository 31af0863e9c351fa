/** Plural forms and simple templates, shared by the dictionaries and the browser islands. */
import { INTL_LOCALE, type Locale } from "./locales";

export interface PluralForms {
  one: string;
  other: string;
}

const rules = new Map<Locale, Intl.PluralRules>();

/** "{n} member state" / "{n} member states", chosen by the language's own plural rule. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(INTL_LOCALE[locale]);
    rules.set(locale, rule);
  }
  const form = rule.select(n) === "one" ? forms.one : forms.other;
  return fill(form, { n: formatNumber(locale, n) });
}

/** Replaces {name} placeholders; a missing value leaves the placeholder visible (a test catches it). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const numbers = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(locale: Locale, n: number): string {
  let f = numbers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale]);
    numbers.set(locale, f);
  }
  return f.format(n);
}

/** "A, B and C" in the language. */
export function joinList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: "long", type: "conjunction" }).format(items);
}
