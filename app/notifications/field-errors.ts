import type { z } from "zod";

/** A refusal the merchant can act on: which field, and what is wrong with it. */
export interface FieldError {
  field: string;
  message: string;
}

/** zod's issues as field errors; `whole` names an issue about the input as a whole. */
export function fieldErrors(error: z.ZodError, whole: string): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.join(".") || whole, message: issue.message }));
}
