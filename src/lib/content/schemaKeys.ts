/** The field names a schema allows at a path: used to suggest the right name for a misspelt key. */
import type { z } from "zod";
import type { FieldPath } from "./problems";

type AnyDef = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };

function unwrap(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as unknown as AnyDef;
  if ((def.type === "default" || def.type === "optional" || def.type === "nullable") && def.innerType) return unwrap(def.innerType);
  if (def.type === "pipe" && def.out) return unwrap(def.out);
  return schema;
}

export function keysAt(schema: z.ZodType, path: FieldPath): string[] {
  let current = unwrap(schema);
  for (const segment of path) {
    const def = current._zod.def as unknown as AnyDef;
    if (def.type === "array" && def.element && typeof segment === "number") current = unwrap(def.element);
    else if (def.type === "object" && def.shape && typeof segment === "string" && def.shape[segment]) current = unwrap(def.shape[segment]);
    else return [];
  }
  const def = current._zod.def as unknown as AnyDef;
  return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
