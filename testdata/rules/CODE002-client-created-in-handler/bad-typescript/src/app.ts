import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from "aws-lambda";

export const lambdaHandler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const client: DynamoDBClient = new DynamoDBClient({}); // expect: CODE002
  const doc = DynamoDBDocumentClient.from(client); // expect: CODE002
  await doc.send(new PutCommand({ TableName: "orders", Item: { id: event.body as string } }));
  return { statusCode: 200, body: "ok" };
};
