/**
 * Zod issues → content problems. Messages come from the error catalogue: checks carry their own
 * (`fail()` in the schema), and the built-in issue codes are mapped here by code and input, never by
 * zod's English wording.
 */
import type { z } from "zod";
import { ERRORS, fail, suggestion } from "./errors";
import type { FieldPath, Locate, ProblemSink } from "./problems";
import { keysAt } from "./schemaKeys";

export function reportZodIssues(
  sink: ProblemSink,
  file: string,
  issues: readonly z.core.$ZodIssue[],
  locate: Locate,
  schema: z.ZodType,
  prefix: FieldPath = [],
): void {
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    if (issue.code === "unrecognized_keys") {
      const input = (issue as { input?: unknown }).input as Record<string, unknown> | undefined;
      for (const key of issue.keys) {
        // `{ note: One, two }` is read as note: One and a field "two" with no value: say what happened.
        if (/\s/.test(key) && input?.[key] === null) sink.report(file, path, fail(ERRORS.YamlCommaInValue, key), locate);
        else sink.report(file, [...path, key], fail(ERRORS.UnknownField, suggestion(key, keysAt(schema, path.slice(prefix.length)))), locate);
      }
      continue;
    }
    if (issue.code === "invalid_union" && issue.errors.length) {
      // A union reports why each branch failed; the first branch's issues are the most telling.
      reportZodIssues(sink, file, issue.errors[0], locate, schema, path);
      continue;
    }
    sink.report(file, path, messageOf(issue, path), locate);
  }
}

function messageOf(issue: z.core.$ZodIssue, path: FieldPath): string {
  if (issue.message.startsWith("\u241e")) return issue.message;
  const field = String(path.at(-1) ?? "");
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_value": {
      const options = issue.values.map(String);
      if (input === undefined) return fail(ERRORS.MissingField, field, options);
      return fail(ERRORS.NotInList, String(input), options, suggestion(String(input), options));
    }
    case "invalid_type":
      if (input === undefined) return fail(ERRORS.MissingField, field);
      return fail(ERRORS.WrongType, expected(issue.expected));
    case "too_small":
      return issue.origin === "array" ? fail(ERRORS.EmptyList) : fail(ERRORS.EmptyText);
    default:
      return fail(ERRORS.WrongType, "a valid value");
  }
}

function expected(type: string): string {
  return (
    { string: "text", number: "a number", array: "a list", object: "a set of fields (name: value)", boolean: "true or false" } as Record<string, string>
  )[type] ?? type;
}
