import { SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";

const sfn = new SFNClient({});

export const handler = async (event) => {
  await sfn.send(new StartExecutionCommand({
    stateMachineArn: process.env.STATE_MACHINE,
    input: JSON.stringify(event),
  }));
};
