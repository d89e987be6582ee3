import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import mysql from "mysql2/promise";

export async function handler(event) {
  const s3 = new S3Client({}); // expect: CODE002
  const db = await mysql.createConnection({ host: "db" }); // expect: CODE002
  const out = await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  await db.end();
  return out.ContentLength;
}
