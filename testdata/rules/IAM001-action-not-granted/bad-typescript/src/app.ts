import { SQSClient, SendMessageCommand, DeleteMessageCommand } from "@aws-sdk/client-sqs";
import type { SQSEvent } from "aws-lambda";

const sqs = new SQSClient({});
const QUEUE_URL: string = process.env.QUEUE_URL ?? "";

export const handler = async (event: SQSEvent): Promise<void> => {
  for (const record of event.Records) {
    await sqs.send(new SendMessageCommand({ QueueUrl: QUEUE_URL, MessageBody: record.body }));
    await sqs.send(new DeleteMessageCommand({ QueueUrl: QUEUE_URL, ReceiptHandle: record.receiptHandle })); // expect: IAM001
  }
};
