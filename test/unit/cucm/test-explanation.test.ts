import { describe, expect, it } from 'vitest';
import { AxlFailure } from '../../../electron/services/cucm/axl-failure';
import { explainCucmFailure } from '../../../electron/services/cucm/test-explanation';

const context = { step: 'version' as const, host: 'cucm.example', address: '10.0.0.5', port: 8443, timeoutSeconds: 10, user: 'axl' };

describe('the CUCM test explains an HTTP answer by what it means', () => {
  it('calls a 503 (or 429) busy, not a missing AXL service', () => {
    for (const status of [503, 429]) {
      const problem = explainCucmFailure(new AxlFailure('httpStatus', { status }, { httpStatus: status }), context);
      expect(problem.code).toBe('busy');
      expect(problem.explanation.key).toBe('cucm.problem.busy');
    }
  });

  it('still points at the AXL service for another status', () => {
    expect(explainCucmFailure(new AxlFailure('httpStatus', { status: 404 }, { httpStatus: 404 }), context).code).toBe('httpStatus');
  });
});
