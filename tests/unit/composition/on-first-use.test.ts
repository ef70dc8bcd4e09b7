/**
 * Ports whose AWS client loads on the first call (issue 18): the console's pages never load the
 * S3 or Step Functions client. The stand-in must load once, hand every call and its answer
 * through, and try again after a failed load.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { consoleExtras } from '#composition/aws/console.ts';
import { offboardingErasure } from '#composition/aws/offboarding-erasure.ts';
import {
  sfnExecutionsOnFirstUse,
  sfnWorkflowOnFirstUse,
} from '#composition/aws/sfn-on-first-use.ts';
import type { Config } from '#shared/config.ts';
import { onFirstUse } from '#shared/on-first-use.ts';

const loads = vi.hoisted(() => ({ count: 0, calls: [] as string[] }));

vi.mock('#composition/aws/sfn-executions.ts', () => ({
  sfnExecutions: (arn: string) => {
    loads.count++;
    return {
      forRequest: async (id: string, newest?: number) => {
        loads.calls.push(`forRequest ${arn} ${id} ${newest}`);
        return [];
      },
      history: async (executionArn: string) => {
        loads.calls.push(`history ${executionArn}`);
        return [{ at: 'a', kind: 'StateEntered', type: 'TaskStateEntered' }];
      },
      start: async (name: string) => {
        loads.calls.push(`start ${name}`);
        return { executionArn: `arn:${name}`, alreadyStarted: false };
      },
      stop: async (executionArn: string, error: string) => {
        loads.calls.push(`stop ${executionArn} ${error}`);
      },
    };
  },
}));

vi.mock('#composition/aws/sfn.ts', () => ({
  sfnWorkflow: (config: Config) => {
    loads.count++;
    return {
      workflow: {
        start: async (input: { requestId: string }) => {
          loads.calls.push(`workflow start ${input.requestId}`);
          return {
            executionArn: `${config.stateMachineArn}:${input.requestId}`,
            alreadyStarted: true,
          };
        },
        resume: async (token: string, output: unknown) => {
          loads.calls.push(`resume ${token} ${JSON.stringify(output)}`);
        },
      },
    };
  },
}));

vi.mock('#composition/aws/s3-attachments.ts', () => ({
  s3AttachmentDownloads: (bucket: string) => {
    loads.count++;
    return {
      presign: async (key: string, name: string, ttl: number) =>
        `https://${bucket}/${key}?name=${name}&ttl=${ttl}`,
    };
  },
}));

vi.mock('#composition/aws/s3-erasers.ts', () => ({
  s3ObjectErasers: (exportBucket: string, inboundBucket: string) => {
    loads.count++;
    const eraser = (bucket: string) => ({
      erasePrefix: async (prefix: string) => {
        loads.calls.push(`erasePrefix ${bucket} ${prefix}`);
        return 2;
      },
      eraseKeys: async (keys: string[]) => {
        loads.calls.push(`eraseKeys ${bucket} ${keys.join(',')}`);
        return keys.length;
      },
    });
    return {
      exportObjects: eraser(exportBucket),
      inboundObjects: eraser(inboundBucket),
    };
  },
}));

const ARN = 'arn:aws:states:eu-north-1:123456789012:stateMachine:dsr';
const config = { stateMachineArn: ARN, tableName: 't' } as Config;

beforeEach(() => {
  loads.count = 0;
  loads.calls = [];
});

describe('onFirstUse', () => {
  it('loads once, however many calls wait on it', async () => {
    let runs = 0;
    const load = onFirstUse(async () => ++runs);
    expect(runs).toBe(0);
    expect(await Promise.all([load(), load(), load()])).toEqual([1, 1, 1]);
    expect(runs).toBe(1);
  });

  it('tries again after a failed load', async () => {
    let runs = 0;
    const load = onFirstUse(async () => {
      runs++;
      if (runs === 1) throw new Error('no module');
      return 'loaded';
    });
    await expect(load()).rejects.toThrow('no module');
    expect(await load()).toBe('loaded');
    expect(await load()).toBe('loaded');
    expect(runs).toBe(2);
  });
});

describe('Step Functions on first use', () => {
  it('builds no client until an execution is asked for, then one, and hands every call through', async () => {
    const { executions } = sfnExecutionsOnFirstUse(ARN);
    expect(loads.count).toBe(0);
    expect(await executions.forRequest('r1', 2)).toEqual([]);
    expect(await executions.history('e1')).toEqual([
      { at: 'a', kind: 'StateEntered', type: 'TaskStateEntered' },
    ]);
    expect(
      await executions.start('r1-3', {
        requestId: 'r1',
        merchantId: 'm',
        type: 'access',
      }),
    ).toEqual({
      executionArn: 'arn:r1-3',
      alreadyStarted: false,
    });
    await executions.stop('e1', 'MerchantCancelled');
    expect(loads.calls).toEqual([
      `forRequest ${ARN} r1 2`,
      'history e1',
      'start r1-3',
      'stop e1 MerchantCancelled',
    ]);
    expect(loads.count).toBe(1);
    // Like the local engine's: no redrive from the console.
    expect(executions.redrive).toBeUndefined();
  });

  it('starts and resumes the workflow through the client it loads on the first call', async () => {
    const { workflow } = sfnWorkflowOnFirstUse(config);
    expect(loads.count).toBe(0);
    expect(
      await workflow.start({
        requestId: 'r2',
        merchantId: 'm',
        type: 'erasure',
      } as never),
    ).toEqual({ executionArn: `${ARN}:r2`, alreadyStarted: true });
    await workflow.resume('token', { decision: 'approve' });
    expect(loads.calls).toEqual([
      'workflow start r2',
      'resume token {"decision":"approve"}',
    ]);
    expect(loads.count).toBe(1);
  });

  it('still refuses a missing state machine at cold start, unless only task tokens are resumed', async () => {
    expect(() =>
      sfnWorkflowOnFirstUse({ ...config, stateMachineArn: '' }),
    ).toThrow('STATE_MACHINE_ARN');
    const { workflow } = sfnWorkflowOnFirstUse(
      { ...config, stateMachineArn: '' },
      false,
    );
    await workflow.resume('token', {});
    expect(loads.calls).toEqual(['resume token {}']);
  });
});

describe("the console's extras", () => {
  it('presign an attachment through the S3 client loaded on the first download', async () => {
    process.env.INBOUND_BUCKET = 'inbound';
    try {
      const { attachments, executions } = consoleExtras(config);
      expect(loads.count).toBe(0);
      expect(await attachments?.presign('attachments/k', 'a.pdf', 60)).toBe(
        'https://inbound/attachments/k?name=a.pdf&ttl=60',
      );
      expect(loads.count).toBe(1);
      await executions.forRequest('r3');
      expect(loads.count).toBe(2);
    } finally {
      delete process.env.INBOUND_BUCKET;
    }
  });

  it('have no attachments where there is no inbox', () => {
    delete process.env.INBOUND_BUCKET;
    expect(consoleExtras(config).attachments).toBeUndefined();
  });
});

describe("the offboarding erasure's buckets and executions", () => {
  it('load their clients when a shop is first erased, one S3 client for both buckets', async () => {
    process.env.INBOUND_BUCKET = 'inbound';
    try {
      const ports = offboardingErasure({ ...config, exportBucket: 'exports' });
      expect(loads.count).toBe(0);
      expect(await ports.exportObjects.erasePrefix('lastu/')).toBe(2);
      expect(await ports.inboundObjects.eraseKeys(['a', 'b'])).toBe(2);
      expect(loads.count).toBe(1);
      await ports.executions.stop('e1', 'MerchantOffboarded');
      expect(loads.count).toBe(2);
      expect(loads.calls).toEqual([
        'erasePrefix exports lastu/',
        'eraseKeys inbound a,b',
        'stop e1 MerchantOffboarded',
      ]);
    } finally {
      delete process.env.INBOUND_BUCKET;
    }
  });
});
