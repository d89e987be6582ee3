import { S3Client, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, QueryCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { SNSClient, PublishCommand } from "@aws-sdk/client-sns";

const s3 = new S3Client({});
const docs = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const sns = new SNSClient({});
const TABLE = process.env.TABLE_NAME;

export const handler = async (event) => {
  await s3.send(new ListObjectsV2Command({ Bucket: process.env.BUCKET }));
  await s3.send(new HeadObjectCommand({ Bucket: process.env.BUCKET, Key: event.key }));
  await s3.send(new GetObjectCommand({ Bucket: process.env.BUCKET, Key: event.key }));
  await docs.send(new QueryCommand({ TableName: TABLE, KeyConditionExpression: "id = :id" }));
  await docs.send(new PutCommand({ TableName: TABLE, Item: event }));
  await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC, Message: "done" }));
};
