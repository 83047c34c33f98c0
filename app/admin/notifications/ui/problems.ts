import { useAdminI18n } from "../../i18n";
import type { ShownProblem } from "../template-problems";

/** A template problem in the admin's language; one the table does not know keeps the server's English. */
export function useProblemText() {
  const { t } = useAdminI18n();
  return (problem: ShownProblem) =>
    problem.code ? t(`notifications.templates.problems.${problem.code}`, problem.params) : problem.message;
}
