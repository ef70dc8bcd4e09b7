import {
  DescribeExecutionCommand,
  ExecutionDoesNotExist,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { SfnExecutions } from '#adapters/aws/sfn-executions.ts';

const MACHINE = 'arn:aws:states:eu-north-1:123456789012:stateMachine:Dsr';
const ID = '00000000-0000-4000-8000-000000000001';

/** DescribeExecution over the named executions; every other name does not exist. */
function fakeSfn(known: Record<string, 'RUNNING' | 'SUCCEEDED'>) {
  const asked: string[] = [];
  const client = {
    async send(command: unknown) {
      if (!(command instanceof DescribeExecutionCommand))
        throw new Error('unexpected command');
      const arn = command.input.executionArn ?? '';
      const name = arn.split(':').at(-1) ?? '';
      asked.push(name);
      const status = known[name];
      if (!status)
        throw new ExecutionDoesNotExist({
          message: 'Execution Does Not Exist',
          $metadata: {},
        });
      return { executionArn: arn, name, status, startDate: new Date(0) };
    },
  };
  return { client: client as unknown as SFNClient, asked };
}

describe('SfnExecutions.forRequest', () => {
  it('finds the executions Step Functions still knows from the newest the request recorded', async () => {
    // Prepare: execution 0 was forgotten (closed more than 90 days ago); 1 closed, 2 runs.
    const { client, asked } = fakeSfn({
      [`${ID}-1`]: 'SUCCEEDED',
      [`${ID}-2`]: 'RUNNING',
    });
    const executions = new SfnExecutions(client, MACHINE);

    // Act
    const fromNewest = await executions.forRequest(ID, 2);
    const fromLagging = await executions.forRequest(ID, 1);
    const fromFirst = await executions.forRequest(ID);

    // Assess: oldest first, from either record; without one the search stops at the first gap.
    expect(fromNewest.map((e) => [e.name, e.status])).toEqual([
      [`${ID}-1`, 'SUCCEEDED'],
      [`${ID}-2`, 'RUNNING'],
    ]);
    expect(fromLagging).toEqual(fromNewest);
    expect(fromFirst).toEqual([]);
    // One look-up per execution found, plus the two misses that end the search.
    expect(asked.slice(0, 4)).toEqual([`${ID}-2`, `${ID}-3`, `${ID}-1`, ID]);
  });
});
