import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const lambdaHandler = async (event: { id: string }): Promise<number> => {
  await doc.send(new PutCommand({ TableName: "orders", Item: { id: event.id } }));
  return 200;
};
