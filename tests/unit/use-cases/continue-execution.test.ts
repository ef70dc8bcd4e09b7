import { describe, expect, it } from 'vitest';
import { MemoryExecutions } from '#adapters/memory/memory-ops.ts';
import { continueExecution } from '#use-cases/continue-execution.ts';
import { seededMemoryPorts } from '../../helpers/builders.ts';

const ID = '00000000-0000-4000-8000-000000000001';
const NOW = '2026-03-20T10:00:00.000Z';

async function setup() {
  const { ports } = await seededMemoryPorts(new Date(NOW));
  await ports.requests.create({
    requestId: ID,
    merchantId: 'lastu',
    type: 'erasure',
    status: 'DEFERRED',
    email: 'aino.virtanen@example.com',
    subjectRef: 'ref',
    locale: 'en',
    receivedAt: NOW,
    dueDate: '2026-04-20',
    dueAt: '2026-04-20T20:59:59.999Z',
    updatedAt: NOW,
  });
  const executions = new MemoryExecutions(ports.clock);
  executions.add(ID, 'RUNNING');
  return { ports: { ...ports, executions }, executions };
}

const input = (execution: string) => ({
  requestId: ID,
  merchantId: 'lastu',
  type: 'erasure' as const,
  resumeAt: 'deferral' as const,
  round: 1,
  execution,
});

describe('continueExecution', () => {
  it('starts the request’s next execution where this one stops, audited and recorded once', async () => {
    // Prepare
    const { ports, executions } = await setup();

    // Act: the step, then a retry of it.
    const first = await continueExecution(input(ID), ports);
    const again = await continueExecution(input(ID), ports);

    // Assess: references only; one execution, one event, the number on the request.
    expect(first).toEqual({ execution: `${ID}-1` });
    expect(again).toEqual(first);
    expect(executions.executions.map((e) => [e.name, e.input])).toEqual([
      [ID, { requestId: ID }],
      [
        `${ID}-1`,
        {
          requestId: ID,
          merchantId: 'lastu',
          type: 'erasure',
          resumeAt: 'deferral',
          round: 1,
        },
      ],
    ]);
    expect(
      (await ports.audit.list(ID)).filter(
        (e) => e.type === 'ExecutionContinued',
      ),
    ).toEqual([
      expect.objectContaining({
        actor: 'system',
        key: `continued:${ID}-1`,
        details: {
          from: ID,
          execution: `${ID}-1`,
          resumeAt: 'deferral',
          round: 1,
        },
      }),
    ]);
    expect((await ports.requests.get(ID))?.executionNumber).toBe(1);
  });

  it('numbers after the execution it continues, and refuses one that is not this request’s', async () => {
    // Prepare
    const { ports } = await setup();

    // Act
    const next = await continueExecution(input(`${ID}-4`), ports);
    const foreign = continueExecution(
      input('00000000-0000-4000-8000-000000000002'),
      ports,
    );

    // Assess
    expect(next).toEqual({ execution: `${ID}-5` });
    await expect(foreign).rejects.toMatchObject({ name: 'ValidationError' });
  });
});
