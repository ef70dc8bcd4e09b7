/**
 * The embedded stack as a child process (tests/helpers/stack-process.ts starts it), so a test
 * can SIGKILL it mid-flight and start it again on the same data folder, as a crashed
 * `npm start` would be. Options arrive as JSON in `STACK_CHILD_OPTIONS`; the stack's URLs and
 * environment go to stdout as one `READY {…}` line.
 */
import {
  type EmbeddedStackOptions,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';

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
