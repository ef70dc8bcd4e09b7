/**
 * The embedded stack as a child process (tests/helpers/stack-process.ts starts it), so a test
 * can SIGKILL it mid-flight and start it again on the same data folder, as a crashed
 * `npm start` would be. Options arrive as JSON in `STACK_CHILD_OPTIONS`; the stack's URLs and
 * environment go to stdout as one `READY {…}` line.
 */
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type EmbeddedStackOptions,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';

/**
 * `STACK_CHILD_DIE_AFTER_STATUS=<status>`: the process kills itself (SIGKILL) the moment a write
 * that moved a request to that status is stored, so a test crashes it exactly between a status
 * and what follows it (tests/integration/reconcile.test.ts).
 */
const dieAfter = process.env.STACK_CHILD_DIE_AFTER_STATUS;
if (dieAfter) {
  const send = DynamoDBDocumentClient.prototype.send;
  DynamoDBDocumentClient.prototype.send = async function (
    this: DynamoDBDocumentClient,
    command: unknown,
    ...rest: unknown[]
  ) {
    const out = await (send as (...a: unknown[]) => Promise<unknown>).call(
      this,
      command,
      ...rest,
    );
    if (
      command instanceof UpdateCommand &&
      command.input.ExpressionAttributeValues?.[':to'] === dieAfter
    )
      process.kill(process.pid, 'SIGKILL');
    return out;
  } as typeof send;
}

const options = JSON.parse(
  process.env.STACK_CHILD_OPTIONS ?? '{}',
) as EmbeddedStackOptions;
const stack = await startEmbeddedStack(options);
process.stdout.write(
  `READY ${JSON.stringify({
    apiUrl: stack.apiUrl,
    mailUrl: stack.mailUrl,
    sfnUrl: stack.sfnUrl,
    tableName: stack.tableName,
    stateMachineArn: stack.stateMachineArn,
    environment: stack.environment,
  })}\n`,
);
process.on('SIGTERM', () => {
  void stack.close().then(() => process.exit(0));
});
