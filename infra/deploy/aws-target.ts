/**
 * The preflight and smoke targets on AWS: the SDK clients of the project, in the context region
 * (credentials as the SDK finds them: AWS_PROFILE, SSO, environment).
 */
import {
  CloudFormationClient,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import {
  DescribeSecretCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import {
  GetAccountCommand,
  GetEmailIdentityCommand,
  SESv2Client,
} from '@aws-sdk/client-sesv2';
import { SFNClient } from '@aws-sdk/client-sfn';
import {
  ListSubscriptionsByTopicCommand,
  SNSClient,
} from '@aws-sdk/client-sns';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { PreflightTarget } from './preflight.ts';
import type { SmokeTarget } from './smoke.ts';

/** The CDK bootstrap stack's default name. */
const BOOTSTRAP_STACK = 'CDKToolkit';

const notFound = (error: unknown, ...names: string[]) =>
  error instanceof Error && names.includes(error.name);

async function stackOutputs(
  cfn: CloudFormationClient,
  stackName: string,
): Promise<Record<string, string> | undefined> {
  try {
    const out = await cfn.send(
      new DescribeStacksCommand({ StackName: stackName }),
    );
    const stack = out.Stacks?.[0];
    return Object.fromEntries(
      (stack?.Outputs ?? []).map((o) => [
        o.OutputKey ?? '',
        o.OutputValue ?? '',
      ]),
    );
  } catch (error) {
    // DescribeStacks answers ValidationError "Stack with id … does not exist".
    if (notFound(error, 'ValidationError')) return undefined;
    throw error;
  }
}

export function awsPreflightTarget(region: string): PreflightTarget {
  const sts = new STSClient({ region });
  const cfn = new CloudFormationClient({ region });
  const ses = new SESv2Client({ region });
  const secrets = new SecretsManagerClient({ region });
  return {
    kind: 'aws',
    async whoAmI() {
      const me = await sts.send(new GetCallerIdentityCommand({}));
      return { account: me.Account ?? '?', arn: me.Arn ?? '?' };
    },
    async bootstrapVersion() {
      const outputs = await stackOutputs(cfn, BOOTSTRAP_STACK);
      if (!outputs) return undefined;
      const version = Number(outputs.BootstrapVersion);
      return Number.isFinite(version) ? version : 0;
    },
    async mailIdentity(name) {
      try {
        const out = await ses.send(
          new GetEmailIdentityCommand({ EmailIdentity: name }),
        );
        return {
          verified: out.VerifiedForSendingStatus === true,
          dkim: out.DkimAttributes?.Status,
        };
      } catch (error) {
        if (notFound(error, 'NotFoundException')) return undefined;
        throw error;
      }
    },
    async mailAccount() {
      const out = await ses.send(new GetAccountCommand({}));
      return {
        production: out.ProductionAccessEnabled === true,
        sendingEnabled: out.SendingEnabled !== false,
        max24HourSend: out.SendQuota?.Max24HourSend ?? 0,
        maxSendRate: out.SendQuota?.MaxSendRate ?? 0,
        sentLast24Hours: out.SendQuota?.SentLast24Hours ?? 0,
      };
    },
    async secretExists(name) {
      try {
        await secrets.send(new DescribeSecretCommand({ SecretId: name }));
        return true;
      } catch (error) {
        if (notFound(error, 'ResourceNotFoundException')) return false;
        throw error;
      }
    },
  };
}

export class StackNotDeployedError extends Error {}

/** The smoke target of the deployed app stack `stackName`, from its outputs. */
export async function awsSmokeTarget(
  region: string,
  stackName: string,
  merchantId: string,
): Promise<SmokeTarget> {
  const outputs = await stackOutputs(
    new CloudFormationClient({ region }),
    stackName,
  );
  const need = (key: string) => {
    const value = outputs?.[key];
    if (!value)
      throw new StackNotDeployedError(
        outputs
          ? `Stack ${stackName} in ${region} has no output ${key}: deploy this version (npm run deploy)`
          : `Stack ${stackName} does not exist in ${region}: deploy first (npm run deploy), or pass -c stage=… -c region=…`,
      );
    return value;
  };
  const sns = new SNSClient({ region });
  const topicArn = need('AlarmTopicArn');
  return {
    kind: 'aws',
    apiUrl: need('ApiUrl'),
    stateMachineArn: need('DsrWorkflowStateMachineArn'),
    sfn: new SFNClient({ region }),
    merchantId,
    async alarmSubscribers() {
      let confirmed = 0;
      let pending = 0;
      let token: string | undefined;
      do {
        const out = await sns.send(
          new ListSubscriptionsByTopicCommand({
            TopicArn: topicArn,
            NextToken: token,
          }),
        );
        for (const s of out.Subscriptions ?? []) {
          if (s.SubscriptionArn?.startsWith('arn:')) confirmed++;
          else pending++;
        }
        token = out.NextToken;
      } while (token);
      return { confirmed, pending };
    },
  };
}
