import { S3Client, GetObjectCommand, PutObjectCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import AWS from "aws-sdk";

const s3 = new S3Client({});
const docs = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const lambda = new AWS.Lambda();
const TABLE = process.env.TABLE_NAME;
const BUCKET = process.env.BUCKET;

export const handler = async (event) => {
  await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: event.key }));
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: event.key, Body: "x" })); // expect: IAM001
  await docs.send(new GetCommand({ TableName: TABLE, Key: { id: event.id } }));
  await docs.send(new PutCommand({ TableName: TABLE, Item: event })); // expect: IAM001
  await lambda.invoke({ FunctionName: process.env.WORKER, Payload: "{}" }).promise(); // expect: IAM001
};
