import type { CucmTestStepId } from '@shared/channels/cucm';
import type { TestProblem } from '@shared/channels/connection-test';
import type { MessageKey, MessageParams } from '@shared/i18n/en';
import { StepTimeout, TestCancelled } from '../connection-test/step-errors';
import { AxlFailure, networkFailure } from './axl-failure';

/** What the explanation may mention about where the failure happened. */
export interface CucmTestContext {
  step: CucmTestStepId;
  host: string;
  address: string;
  port: number;
  timeoutSeconds: number;
  user: string;
}

/** A failure the test itself found (the end user's password refused). */
export class ExplainedCucmFailure extends Error {
  constructor(readonly problem: TestProblem) {
    super(problem.code);
  }
}

/** A problem from the catalog: explanation `cucm.problem.<code>`, advice `cucm.advice.<code>`. */
export function cucmProblem(code: string, params?: MessageParams, serverMessage?: string): TestProblem {
  const note = (key: string) => ({ key: key as MessageKey, ...(params ? { params } : {}) });
  return {
    code,
    explanation: note(`cucm.problem.${code}`),
    advice: note(`cucm.advice.${code}`),
    ...(serverMessage ? { serverMessage } : {}),
  };
}

/** Turns whatever a CUCM test step threw into words for the technician. */
export function explainCucmFailure(error: unknown, context: CucmTestContext): TestProblem {
  if (error instanceof ExplainedCucmFailure) return error.problem;
  if (error instanceof TestCancelled) return cucmProblem('cancelled');
  const { host, address, port, timeoutSeconds: seconds, user } = context;
  const where = { host, address, port, seconds, user };
  if (error instanceof StepTimeout) {
    return context.step === 'connect' || context.step === 'resolve' || context.step === 'tls'
      ? cucmProblem('connectTimeout', where)
      : cucmProblem('answerTimeout', where);
  }
  const failure = error instanceof AxlFailure ? error : networkFailure(error, host, port);
  if (failure.reason === 'cancelled') return cucmProblem('cancelled');
  const params: MessageParams = { ...where, ...failure.params };
  // 503 (or 429): CUCM is up and answering, only busy; the AXL service is activated, or it could not answer so.
  if (failure.reason === 'httpStatus' && (failure.details.httpStatus === 503 || failure.details.httpStatus === 429))
    return cucmProblem('busy', params);
  // A Node error that fits none of the reasons keeps its own words.
  if (!(error instanceof AxlFailure) && failure.details.serverMessage) return cucmProblem('unexpected', { reason: failure.details.serverMessage });
  return cucmProblem(failure.reason, params, failure.details.serverMessage);
}
