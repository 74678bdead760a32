import { describeProblem, formatWait, toApiProblem, type ApiProblem } from '../api/problem';
import { useCountdown } from '../hooks/useCountdown';

function fieldLabel(field: string): string {
  const words = field.replace(/^\//, '').replace(/[_/]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Whether the service's detail only says again what the alert shows better: the field messages
 * strung together, or a wait in seconds that the countdown keeps current.
 */
function detailIsRepeated(problem: ApiProblem): boolean {
  if (problem.retryAfterSeconds !== undefined) return true;
  return (
    problem.fieldErrors.length > 0 && problem.fieldErrors.every((fieldError) => problem.detail?.includes(fieldError.message))
  );
}

/**
 * What went wrong, said plainly: the console's summary for the error code, the service's detail,
 * each field it named, how long to wait when it asked to, and the request id to quote for a 5xx.
 */
export function ProblemAlert({ error, action }: { error: unknown; action?: string }) {
  const problem = toApiProblem(error);
  const waitLeft = useCountdown(problem.retryAfterSeconds);
  if (problem.errorCode === 'CANCELED') return null;
  const summary = describeProblem(problem);
  const detail = problem.detail !== summary && !detailIsRepeated(problem) ? problem.detail : undefined;
  return (
    <div className="problem" role="alert">
      <p className="problem-summary">
        {action && <strong>{action}. </strong>}
        {summary}
      </p>
      {detail && <p className="problem-detail">{detail}</p>}
      {problem.fieldErrors.length > 0 && (
        <ul className="problem-fields">
          {problem.fieldErrors.map((fieldError) => (
            <li key={fieldError.field}>
              {fieldLabel(fieldError.field)}: {fieldError.message}
            </li>
          ))}
        </ul>
      )}
      {problem.retryAfterSeconds !== undefined && (
        <p className="problem-wait" aria-live="off">
          {waitLeft > 0 ? `You can try again in ${formatWait(waitLeft)}.` : 'You can try again now.'}
        </p>
      )}
      {problem.status >= 500 && problem.requestId && (
        <p className="problem-reference">
          If this keeps happening, quote reference <code>{problem.requestId}</code>.
        </p>
      )}
    </div>
  );
}
