import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocument } from "@aws-sdk/lib-dynamodb";
import { SNSClient, PublishCommand } from "@aws-sdk/client-sns";

const client = new DynamoDBClient({});
const documents = DynamoDBDocument.from(client);
const sns = new SNSClient({});

export const handler = async (event) => {
  const found = await client.send(new GetItemCommand({ TableName: process.env.TABLE, Key: { id: { S: event.id } } }));
  await documents.put({ TableName: process.env.TABLE, Item: event });
  await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC, Message: "saved" }));
  return found;
};
